package com.jewelry.logging.analysis.stores;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * One JSON line as other stores take it in: a Splunk HTTP Event Collector event and a GELF 1.1 message (Graylog).
 * Lines in, JSON text out, so callers need no JSON library.
 */
public final class StoreFormats {

    /** The Splunk sourcetype of the lines (props.conf in ops/stores/splunk). */
    public static final String SPLUNK_SOURCETYPE = "jewelry:json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private StoreFormats() {
    }

    /**
     * The HEC envelope of a line: {@code time} (epoch seconds with milliseconds), {@code host}, {@code source},
     * {@code sourcetype} {@value #SPLUNK_SOURCETYPE}, {@code index} {@code jewelry_<system>_<stream>} from
     * {@code event.dataset}, and the line itself as {@code event}.
     */
    public static String splunkHecEvent(String line, String host, String source) {
        JsonNode parsed = JSON.readTree(line);
        ObjectNode hec = JSON.createObjectNode();
        hec.put("time", epochSeconds(parsed));
        hec.put("host", host);
        hec.put("source", source);
        hec.put("sourcetype", SPLUNK_SOURCETYPE);
        hec.put("index", splunkIndex(parsed.path("event").path("dataset").asString("")));
        hec.set("event", parsed);
        return JSON.writeValueAsString(hec);
    }

    /** {@code shop.error} → {@code jewelry_shop_error}; an unknown dataset goes to {@code jewelry_unrouted}. */
    static String splunkIndex(String dataset) {
        if (!dataset.matches("[a-z]+\\.(operational|error|access)")) {
            return "jewelry_unrouted";
        }
        return "jewelry_" + dataset.replace('.', '_');
    }

    /**
     * The GELF 1.1 message of a line: {@code short_message} from {@code message}, {@code full_message} from
     * {@code error.stack_trace}, {@code timestamp} in epoch seconds, {@code level} as the syslog number, and every
     * other field as an additional field: nested objects flattened with {@code _} ({@code order.number} →
     * {@code _order_number}), arrays as JSON text, booleans as text (GELF values are strings or numbers).
     */
    public static String gelfMessage(String line, String host) {
        JsonNode parsed = JSON.readTree(line);
        ObjectNode gelf = JSON.createObjectNode();
        gelf.put("version", "1.1");
        gelf.put("host", host);
        String message = parsed.path("message").asString("");
        gelf.put("short_message", message.isEmpty() ? "-" : message);
        JsonNode stack = parsed.path("error").path("stack_trace");
        if (stack.isString()) {
            gelf.put("full_message", stack.asString());
        }
        gelf.put("timestamp", epochSeconds(parsed));
        gelf.put("level", syslogLevel(parsed.path("log").path("level").asString("")));
        flatten(parsed, "", gelf);
        return JSON.writeValueAsString(gelf);
    }

    /** Syslog severity of a log level: ERROR 3, WARN 4, INFO 6, DEBUG and TRACE 7. */
    static int syslogLevel(String level) {
        return switch (level.toUpperCase(Locale.ROOT)) {
            case "ERROR" -> 3;
            case "WARN", "WARNING" -> 4;
            case "INFO" -> 6;
            default -> 7;
        };
    }

    private static void flatten(JsonNode node, String prefix, ObjectNode gelf) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            if (path.equals("message") || path.equals("@timestamp") || path.equals("error.stack_trace")) {
                continue; // already short_message, timestamp, full_message
            }
            if (value.isObject()) {
                flatten(value, path, gelf);
                continue;
            }
            String name = "_" + path.replaceAll("[^\\w-]", "_");
            if (name.equals("_id")) {
                name = "_id_"; // _id is reserved in GELF
            }
            if (value.isNumber()) {
                gelf.set(name, value);
            } else if (value.isString()) {
                gelf.put(name, value.asString());
            } else if (!value.isNull()) {
                gelf.put(name, value.isBoolean() ? value.asString() : JSON.writeValueAsString(value));
            }
        }
    }

    private static BigDecimal epochSeconds(JsonNode line) {
        Instant at = Instant.parse(line.path("@timestamp").asString());
        return BigDecimal.valueOf(at.toEpochMilli()).divide(THOUSAND).setScale(3);
    }
}
