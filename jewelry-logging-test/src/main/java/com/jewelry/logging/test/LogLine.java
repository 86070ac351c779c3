package com.jewelry.logging.test;

import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.test.internal.Json;
import com.jewelry.logging.test.internal.Lines;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One captured line, read as JSON. Values are found by their dotted path as the docs name them
 * ({@code order.number}, {@code event.action}, {@code order.items[0].sku}). The line holds what the encoder wrote,
 * so sensitive values are masked as in production; {@link #toString()} masks once more, so printing a line in a
 * failure message never shows a value that slipped through.
 */
public final class LogLine {

    private final int index;
    private final JsonNode json;

    LogLine(int index, JsonNode json) {
        this.index = index;
        this.json = json;
    }

    /** The line's position among the test's captured lines, from 0. */
    public int index() {
        return index;
    }

    /** The typed event's name ({@code event.action}, e.g. {@code order.created}); null for a plain log line. */
    public String eventName() {
        return text(LogFields.EVENT_ACTION);
    }

    /** The typed event's schema version ({@code event.version}); null for a plain log line. */
    public Integer eventVersion() {
        JsonNode node = Json.at(json, LogFields.EVENT_VERSION);
        return node != null && node.isIntegralNumber() ? node.intValue() : null;
    }

    /** The log level: TRACE, DEBUG, INFO, WARN or ERROR. */
    public String level() {
        return text(LogFields.LOG_LEVEL);
    }

    /** The system the line was written for (MES, CRM, API, SHOP). */
    public String system() {
        return text(LogFields.SYSTEM);
    }

    /** The service's name. */
    public String serviceName() {
        return text(LogFields.SERVICE_NAME);
    }

    /** The short human message. */
    public String message() {
        return text(LogFields.MESSAGE);
    }

    /** The name of the logger that wrote the line. */
    public String loggerName() {
        return text(LogFields.LOG_LOGGER);
    }

    /** Whether the line has a value (anything but JSON null) at the path. */
    public boolean has(String path) {
        JsonNode node = Json.at(json, path);
        return node != null && !node.isNull();
    }

    /**
     * The value at the path as text: a string as it is, a number's digits ({@code 48900.00}), {@code true} or
     * {@code false}; null when absent or when the value is an object or a list.
     */
    public String text(String path) {
        return Json.scalarText(Json.at(json, path));
    }

    /**
     * The value at the path as plain Java: {@link String}, {@link Long} or {@link BigDecimal} for numbers,
     * {@link Boolean}, {@code List} for arrays and {@code Map} for objects (unmodifiable); null when absent.
     */
    public Object value(String path) {
        return toJava(Json.at(json, path));
    }

    /** The whole line as nested unmodifiable maps and lists (see {@link #value(String)}). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        return (Map<String, Object>) toJava(json);
    }

    JsonNode json() {
        return json;
    }

    private static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                map.put(property.getKey(), toJava(property.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(toJava(element));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : new BigDecimal(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asString();
    }

    /** The line as JSON, masked once more. */
    @Override
    public String toString() {
        return Lines.masked(json);
    }
}
