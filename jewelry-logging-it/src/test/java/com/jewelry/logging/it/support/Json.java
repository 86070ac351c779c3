package com.jewelry.logging.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON lines, parsed: these tests never compare raw JSON text. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    /** Every line of the file parsed; an unparsable line fails with its number. */
    public static List<JsonNode> lines(Path file) {
        List<JsonNode> parsed = new ArrayList<>();
        if (!Files.exists(file)) {
            return parsed;
        }
        try {
            List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < raw.size(); i++) {
                try {
                    parsed.add(parse(raw.get(i)));
                } catch (RuntimeException e) {
                    throw new AssertionError(file + " line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
                }
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each line of the file parsed, streamed (files of a flood hold millions of lines). */
    public static long forEachLine(Path file, Consumer<JsonNode> action) {
        if (!Files.exists(file)) {
            return 0;
        }
        long n = 0;
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String raw;
            while ((raw = reader.readLine()) != null) {
                n++;
                try {
                    action.accept(parse(raw));
                } catch (tools.jackson.core.JacksonException e) {
                    throw new AssertionError(file + " line " + n + " is not JSON: " + e.getMessage(), e);
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string value anywhere in the tree (keys excluded). */
    public static void forEachString(JsonNode node, Consumer<String> action) {
        if (node.isString()) {
            action.accept(node.asString());
        } else if (node.isContainer()) {
            for (JsonNode child : node) {
                forEachString(child, action);
            }
        }
    }

    /** The whole document as text of its values, for "does this raw value occur anywhere" checks. */
    public static List<String> allStrings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        forEachString(node, strings::add);
        return strings;
    }

    public static String quote(String value) {
        return MAPPER.writeValueAsString(value);
    }
}
