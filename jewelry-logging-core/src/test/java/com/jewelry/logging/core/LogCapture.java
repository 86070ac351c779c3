package com.jewelry.logging.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** A real Logback context with the real encoder writing into memory; lines come back parsed. */
final class LogCapture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final LoggerContext context = new LoggerContext();
    final JewelryJsonEncoder encoder = new JewelryJsonEncoder();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    LogCapture(String system) {
        this(system, encoder -> { });
    }

    /** {@code configure} sets encoder properties (limits, masking) before it starts. */
    LogCapture(String system, java.util.function.Consumer<JewelryJsonEncoder> configure) {
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.setName("test");
        encoder.setContext(context);
        encoder.setSystem(system);
        encoder.setServiceName("test-service");
        encoder.setEnvironment("test");
        configure.accept(encoder);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("memory");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
    }

    EventLogger events(String name) {
        return EventLogger.create(context, name, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    void level(String logger, Level level) {
        context.getLogger(logger).setLevel(level);
    }

    String raw() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The text lines written, without the encoder's own reports (see {@link #lines()}). */
    List<String> rawLines() {
        String raw = raw();
        List<String> all = raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\n", -1)).subList(0, raw.split("\n", -1).length - 1);
        return all.stream().filter(line -> !isEncoderReport(line)).toList();
    }

    /**
     * The lines written, without the encoder's own reports ("jewelry-logging: ..." on the diagnostics logger): those
     * are logged on Logback's executor, a moment after the line that raised them, so a test cannot count on them.
     */
    List<JsonNode> lines() {
        return rawLines().stream().map(JSON::readTree).toList();
    }

    private static boolean isEncoderReport(String text) {
        if (!text.contains(LogFields.DIAGNOSTICS_LOGGER)) {
            return false;
        }
        JsonNode line = JSON.readTree(text);
        return LogFields.DIAGNOSTICS_LOGGER.equals(line.at("/log/logger").asString())
                && line.path("message").asString().startsWith("jewelry-logging: ");
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
