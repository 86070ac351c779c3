package com.jewelry.logging.spring.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Records what the real JSON encoder writes for the root logger, to parse it line by line. */
public final class JsonLineRecorder implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root;

    public JsonLineRecorder(String system) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        encoder.setSystem(system);
        encoder.setServiceName("test-service");
        encoder.setEnvironment("test");
        encoder.start();
        appender.setContext(context);
        appender.setName("RECORDER");
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
    }

    public synchronized List<JsonNode> lines() {
        return JsonLines.parse(bytes.toString(StandardCharsets.UTF_8));
    }

    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public List<JsonNode> event(String action) {
        return lines().stream().filter(JsonLines.hasText("event.action", action)).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
