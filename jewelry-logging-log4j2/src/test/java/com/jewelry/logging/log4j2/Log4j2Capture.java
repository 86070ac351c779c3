package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.slf4j.Log4jLogger;
import org.apache.logging.slf4j.Log4jMarkerFactory;
import org.slf4j.ILoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A real Log4j2 {@link LoggerContext} of its own, configured from XML that names the layout as a user would, writing
 * into a temporary file; lines come back parsed. SLF4J loggers are the real log4j-slf4j2-impl ones over this context.
 */
final class Log4j2Capture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    final LoggerContext context;
    private final Path file;
    private final Log4jMarkerFactory markers = new Log4jMarkerFactory();

    /** {@code layoutChildren}: XML inside the layout element, e.g. a {@code <JewelryMasking>} element, or "". */
    Log4j2Capture(Path directory, String system, String layoutChildren) {
        this(directory, system, "", layoutChildren);
    }

    /** {@code layoutAttributes}: more attributes of the layout element, e.g. {@code maxStringLength="64"}, or "". */
    Log4j2Capture(Path directory, String system, String layoutAttributes, String layoutChildren) {
        this.file = directory.resolve("capture-" + System.nanoTime() + ".json");
        String xml = """
                <Configuration status="ERROR" name="capture">
                  <Appenders>
                    <File name="capture" fileName="%s" immediateFlush="true" append="false">
                      <JewelryJsonLayout system="%s" serviceName="test-service" environment="test" %s>%s</JewelryJsonLayout>
                    </File>
                  </Appenders>
                  <Loggers>
                    <Root level="INFO"><AppenderRef ref="capture"/></Root>
                  </Loggers>
                </Configuration>
                """.formatted(file, system, layoutAttributes, layoutChildren);
        context = new LoggerContext("capture-" + System.nanoTime());
        try {
            ConfigurationSource source = new ConfigurationSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            context.start(new XmlConfiguration(context, source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SLF4J loggers of this context, as log4j-slf4j2-impl hands them to a service. */
    ILoggerFactory slf4j() {
        return name -> new Log4jLogger(markers, context.getLogger(name), name);
    }

    EventLogger events(String name) {
        return EventLogger.create(slf4j(), name, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    void level(String logger, Level level) {
        Configuration configuration = context.getConfiguration();
        LoggerConfig config = configuration.getLoggerConfig(logger);
        if (config.getName().equals(logger)) {
            config.setLevel(level);
        } else {
            configuration.addLogger(logger, new LoggerConfig(logger, level, true));
        }
        context.updateLoggers();
    }

    JewelryJsonLayout layout() {
        return (JewelryJsonLayout) context.getConfiguration().getAppender("capture").getLayout();
    }

    String raw() {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> lines() {
        return raw().lines().map(JSON::readTree).toList();
    }

    JsonNode single() {
        List<JsonNode> lines = lines();
        if (lines.size() != 1) {
            throw new AssertionError("expected one line, got " + lines.size() + ":\n" + raw());
        }
        return lines.get(0);
    }

    @Override
    public void close() {
        context.stop();
    }
}
