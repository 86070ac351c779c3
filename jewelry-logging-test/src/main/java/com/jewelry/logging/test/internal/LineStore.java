package com.jewelry.logging.test.internal;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The lines of one capture, in the order they were written; safe to add to from any thread. */
public final class LineStore {

    /**
     * One line: its text as the encoder wrote it (without the line break) and the parsed JSON, or null with the
     * reason when the text is not a JSON object.
     */
    public record Entry(String text, JsonNode json, String parseProblem) {
        public boolean isJson() {
            return json != null;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public void add(String line) {
        String text = stripLineBreak(line);
        Entry entry;
        try {
            JsonNode node = Json.parse(text);
            entry = node != null && node.isObject() ? new Entry(text, node, null)
                    : new Entry(text, null, "not a JSON object");
        } catch (RuntimeException e) {
            // the reason names the parser's complaint, never the text
            entry = new Entry(text, null, "not JSON (" + e.getClass().getSimpleName() + ")");
        }
        synchronized (entries) {
            entries.add(entry);
        }
    }

    public List<Entry> snapshot() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private static String stripLineBreak(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** Reads lines from elsewhere (a file): blank lines are skipped. */
    public static LineStore of(List<String> lines) {
        LineStore store = new LineStore();
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                store.add(line);
            }
        }
        return store;
    }
}
