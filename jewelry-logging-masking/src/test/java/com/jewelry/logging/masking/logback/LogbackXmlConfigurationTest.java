package com.jewelry.logging.masking.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.Level;
import ch.qos.logback.core.status.Status;
import com.jewelry.logging.masking.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rules added and switched off in logback.xml only, through Joran, as an operator would. */
class LogbackXmlConfigurationTest {

    private static final String XML = """
            <configuration>
              <conversionRule conversionWord="maskedMsg"
                              class="com.jewelry.logging.masking.logback.MaskedMessageConverter"/>
              <appender name="JSON" class="ch.qos.logback.core.FileAppender">
                <file>${jsonFile}</file>
                <encoder class="net.logstash.logback.encoder.LogstashEncoder">
                  <decorator class="com.jewelry.logging.masking.logback.JewelryMaskingDecorator">
                    <disable>phone</disable>
                    <fieldRule>loyaltyCard=card</fieldRule>
                    <fieldRule>userName=none</fieldRule>
                    <valueRule>loyalty-number|LC-\\d{8}|other</valueRule>
                    <pseudonymisationKey>${MASKING_KEY}</pseudonymisationKey>
                    <pseudonymise>email</pseudonymise>
                    <fieldRule>broken-without-kind</fieldRule>
                  </decorator>
                  <decorator class="com.jewelry.logging.masking.logback.SensitiveAnnotationDecorator"/>
                </encoder>
              </appender>
              <appender name="TEXT" class="ch.qos.logback.core.FileAppender">
                <file>${textFile}</file>
                <encoder><pattern>%level %maskedMsg%n</pattern></encoder>
              </appender>
              <root level="INFO"><appender-ref ref="JSON"/><appender-ref ref="TEXT"/></root>
            </configuration>
            """;

    @Test
    void appliesRulesAddedAndSwitchedOffInLogbackXml(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("app.json");
        Path text = dir.resolve("app.log");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("jsonFile", json.toString());
        context.putProperty("textFile", text.toString());
        context.putProperty("MASKING_KEY", "test-key-0123456789-abcdef");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));

        Logger logger = context.getLogger("com.jewelry.shop.LoyaltyService");
        logger.info("Card LC-12345678 issued to {}; call {}\nFORGED LINE", Fixtures.email(), Fixtures.phonePlus(),
                net.logstash.logback.argument.StructuredArguments.kv("loyaltyCard", "LC-12345678"),
                net.logstash.logback.argument.StructuredArguments.kv("userName", "shop-admin"));
        context.stop();

        JsonNode line = JsonMapper.builder().build().readTree(Files.readAllLines(json).get(0));
        String message = line.get("message").stringValue();
        Fixtures.assertNoLeak(message, Fixtures.email());
        assertThat(message).doesNotContain("LC-12345678")
                .contains("[masked:other]")
                .containsPattern("\\[email:hmac:[0-9a-f]{16}]")
                .contains(Fixtures.phonePlus()); // phone switched off
        assertThat(line.get("loyaltyCard").stringValue()).isEqualTo("[masked:card]");
        assertThat(line.get("userName").stringValue()).isEqualTo("shop-admin");

        List<String> textLines = Files.readAllLines(text);
        assertThat(textLines).hasSize(1);
        Fixtures.assertNoLeak(textLines.get(0), Fixtures.email());
        assertThat(textLines.get(0)).startsWith("INFO Card ")
                .contains("\\nFORGED LINE");

        assertThat(context.getStatusManager().getCopyOfStatusList()).filteredOn(s -> s.getLevel() == Status.ERROR)
                .extracting(Status::getMessage)
                .anySatisfy(m -> assertThat(m).contains("broken-without-kind"))
                .allSatisfy(m -> assertThat(m).doesNotContain("test-key-0123456789"));
    }

    @Test
    void escapesLineBreaksAndMasksInThePlainTextConverter() {
        LoggerContext context = new LoggerContext();
        MaskedMessageConverter converter = new MaskedMessageConverter();
        converter.setContext(context);
        converter.start();
        LoggingEvent event = new LoggingEvent("fqcn", context.getLogger("x"), Level.INFO,
                "user input: {}", null, new Object[] {"ok\r\nINFO forged " + Fixtures.email()});

        String out = converter.convert(event);

        assertThat(out).isEqualTo("user input: ok\\r\\nINFO forged i***@example.ru");
    }
}
