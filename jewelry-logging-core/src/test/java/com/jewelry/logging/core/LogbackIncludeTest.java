package com.jewelry.logging.core;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import com.jewelry.logging.core.event.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three-line logback.xml of the quick start, configured by real Joran, writes the system's JSON file. */
class LogbackIncludeTest {

    private static final String THREE_LINES = """
            <configuration>
              <include resource="com/jewelry/logging/logback/jewelry-defaults.xml"/>
            </configuration>
            """;

    @Test
    void threeLineConfigurationWritesTheSystemsRollingJsonFile(@TempDir Path dir) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("JEWELRY_SYSTEM", "MES");
        context.putProperty("JEWELRY_SERVICE_NAME", "mes-costing");
        context.putProperty("JEWELRY_ENVIRONMENT", "staging");
        context.putProperty("JEWELRY_LOG_DIR", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream(THREE_LINES.getBytes(StandardCharsets.UTF_8)));

        List<Status> problems = context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() >= Status.WARN).toList();
        assertThat(problems).isEmpty();

        EventLogger events = EventLogger.create(context, "com.example.mes.Costing", Clock.systemUTC());
        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.PAID, OrderStatus.IN_PRODUCTION);
        context.getLogger("com.example.mes.Costing").debug("not written: root is INFO");
        context.stop();

        Path file = dir.resolve("jewelry-mes.json");
        assertThat(file).exists();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(line.get("system").asString()).isEqualTo("MES");
        assertThat(line.at("/service/name").asString()).isEqualTo("mes-costing");
        assertThat(line.at("/service/environment").asString()).isEqualTo("staging");
        assertThat(line.at("/event/action").asString()).isEqualTo("order.status_changed");
        assertThat(line.at("/event/dataset").asString()).isEqualTo("mes.operational");
    }

    @Test
    void aConfigurationThatIncludesOnlyTheFileGetsNoWarningAndTheCountedAsynchronousFile(@TempDir Path dir) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("JEWELRY_SYSTEM", "SHOP");
        context.putProperty("JEWELRY_LOG_DIR", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream("""
                <configuration>
                  <include resource="com/jewelry/logging/logback/jewelry-file.xml"/>
                  <root level="INFO"><appender-ref ref="JEWELRY_ASYNC_FILE"/></root>
                </configuration>
                """.getBytes(StandardCharsets.UTF_8)));

        // no "Appender named [JEWELRY_JSON_CONSOLE] not referenced": the console is not defined at all
        assertThat(context.getStatusManager().getCopyOfStatusList()).noneMatch(s -> s.getLevel() >= Status.WARN);
        EventLogger.create(context, "com.example.shop.Checkout", Clock.systemUTC())
                .orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
        com.jewelry.logging.core.pipeline.PipelineStatsSource file = (com.jewelry.logging.core.pipeline.PipelineStatsSource)
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("JEWELRY_ASYNC_FILE");
        context.stop();
        assertThat(file.pipelineStats().written()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("jewelry-shop.json"))).hasSize(1);
    }

    @Test
    void unknownSystemIsReportedAtStartAndWrittenAsGiven(@TempDir Path dir) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("JEWELRY_SYSTEM", "WAREHOUSE");
        context.putProperty("JEWELRY_LOG_DIR", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream(THREE_LINES.getBytes(StandardCharsets.UTF_8)));

        // kept in the status list at INFO (Spring Boot prints WARN and above as plain text on standard error); the
        // JSON line on the diagnostics logger follows with the first line written
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .anyMatch(s -> s.getLevel() == Status.INFO && s.getMessage().contains("unknown system 'WAREHOUSE'"));
        assertThat(context.getStatusManager().getCopyOfStatusList()).noneMatch(s -> s.getLevel() >= Status.WARN);
        context.stop();
    }
}
