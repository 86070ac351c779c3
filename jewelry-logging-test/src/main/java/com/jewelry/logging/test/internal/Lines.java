package com.jewelry.logging.test.internal;

import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** How lines appear in failure messages: labelled, and masked once more so a value that slipped through never shows. */
public final class Lines {

    /** At most this many lines are listed in one failure message. */
    public static final int MAX_LISTED = 50;

    private static final Masker MASKER = Masker.of(MaskingPolicy.defaults());

    private Lines() {
    }

    /** {@code line 3 (order.created)}, or {@code line 3 (INFO com.example.Checkout)} for a line without event. */
    public static String label(int index, JsonNode line) {
        if (line == null) {
            return "line " + index;
        }
        JsonNode action = Json.atFieldPath(line, LogFields.EVENT_ACTION);
        if (action != null && action.isString()) {
            return "line " + index + " (" + action.stringValue() + ")";
        }
        JsonNode level = Json.atFieldPath(line, LogFields.LOG_LEVEL);
        JsonNode logger = Json.atFieldPath(line, LogFields.LOG_LOGGER);
        return "line " + index + " (" + (level == null ? "?" : level.asString()) + " "
                + (logger == null ? "?" : logger.asString()) + ")";
    }

    /** The line as JSON with every string value and name passed through the masking module's value detectors again. */
    public static String masked(JsonNode line) {
        return Json.write(maskCopy(line));
    }

    /** The lines for a failure message, one per row, masked; a text that is not JSON is never shown. */
    public static String listing(List<LineStore.Entry> lines) {
        if (lines.isEmpty()) {
            return "  (no lines were captured)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size() && i < MAX_LISTED; i++) {
            LineStore.Entry line = lines.get(i);
            out.append("  [").append(i).append("] ")
                    .append(line.isJson() ? masked(line.json()) : "(" + line.parseProblem() + "; not shown)")
                    .append('\n');
        }
        if (lines.size() > MAX_LISTED) {
            out.append("  ... and ").append(lines.size() - MAX_LISTED).append(" more\n");
        }
        return out.toString();
    }

    private static JsonNode maskCopy(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = Json.mapper().createObjectNode();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                copy.set(MASKER.maskText(property.getKey()), maskCopy(property.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.mapper().createArrayNode();
            for (JsonNode element : node) {
                copy.add(maskCopy(element));
            }
            return copy;
        }
        if (node.isString()) {
            return Json.mapper().getNodeFactory().stringNode(MASKER.maskText(node.stringValue()));
        }
        if (node.isIntegralNumber()) {
            String digits = node.bigIntegerValue().toString();
            String masked = MASKER.maskText(digits);
            return masked.equals(digits) ? node : Json.mapper().getNodeFactory().stringNode(masked);
        }
        return node;
    }
}
