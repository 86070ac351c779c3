package com.jewelry.logging.masking.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.logstash.logback.encoder.LogstashEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real Logback context with a real LLE encoder and the masking decorators, writing to memory. */
final class LogCapture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final LoggerContext context = new LoggerContext();
    final JewelryMaskingDecorator decorator;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    LogCapture(JewelryMaskingDecorator decorator) {
        this.decorator = decorator;
        context.setMDCAdapter(new LogbackMDCAdapter());
        decorator.setContext(context);
        decorator.start();
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.addDecorator(decorator);
        encoder.addDecorator(new SensitiveAnnotationDecorator<>());
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
    }

    LogCapture() {
        this(new JewelryMaskingDecorator());
    }

    Logger logger() {
        return context.getLogger("com.jewelry.shop.OrderService");
    }

    List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    /** The bytes written, as text: for asserting how a character was escaped. */
    String raw() {
        return out.toString(StandardCharsets.UTF_8);
    }

    JsonNode single() {
        List<JsonNode> lines = lines();
        if (lines.size() != 1) {
            throw new AssertionError("expected one log line, got " + lines.size());
        }
        return lines.get(0);
    }

    List<String> warnings() {
        return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() >= Status.WARN).map(Status::getMessage).toList();
    }

    /** Every string in the line (values and names), to assert that a raw value appears nowhere. */
    static List<String> allStrings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        collect(node, strings);
        return strings;
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isString()) {
            strings.add(node.stringValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                strings.add(e.getKey());
                collect(e.getValue(), strings);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, strings);
            }
        } else if (node.isNumber()) {
            strings.add(node.asString());
        }
    }
}
