package com.jewelry.logging.spring.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.function.Predicate;

/** Captured output read as JSON lines; dotted paths walk nested objects ({@code log.level}). */
public final class JsonLines {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonLines() {
    }

    /** Every non-blank line of the text, parsed; a line that is not a JSON object fails the test. */
    public static List<JsonNode> parse(String text) {
        return text.lines().filter(line -> !line.isBlank()).map(JsonLines::parseLine).toList();
    }

    public static JsonNode parseLine(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !node.isObject()) {
                throw new AssertionError("not a JSON object: " + line);
            }
            return node;
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** The text at a dotted path, or null when absent. */
    public static String text(JsonNode line, String dottedPath) {
        JsonNode node = at(line, dottedPath);
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    public static JsonNode at(JsonNode line, String dottedPath) {
        JsonNode node = line;
        for (String segment : dottedPath.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.get(segment);
        }
        return node;
    }

    public static Predicate<JsonNode> hasText(String dottedPath, String value) {
        return line -> value.equals(text(line, dottedPath));
    }
}
