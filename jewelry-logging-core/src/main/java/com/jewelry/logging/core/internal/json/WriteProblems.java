package com.jewelry.logging.core.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects what was wrong with one line's values while it is written: missing, unrenderable or cut values. It
 * also tracks where the writer is ({@link #enter}, {@link #enterIndex}, {@link #leave}), so a problem can name its
 * path; the path is rendered only when a problem is added, and tracking it allocates nothing.
 */
public final class WriteProblems {

    private List<String> problems;
    private String[] names = new String[8];
    private int[] indices = new int[8];
    private int depth;

    public void add(String path, String problem) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        if (problems.size() < 32) {
            problems.add(path + ": " + problem);
        }
    }

    /** Adds a problem of {@code leaf} (null: of the current position itself) under the current path. */
    public void addHere(String leaf, String problem) {
        add(path(leaf), problem);
    }

    /** The writer went into the property {@code name}. */
    public void enter(String name) {
        push(name, -1);
    }

    /** The writer went into element {@code index} of the current list. */
    public void enterIndex(int index) {
        push(null, index);
    }

    public void leave() {
        if (depth > 0) {
            depth--;
        }
    }

    private void push(String name, int index) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
        names[depth] = name;
        indices[depth] = index;
        depth++;
    }

    /** The current path with {@code leaf} appended: {@code order.items[2].sku}. */
    public String path(String leaf) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (names[i] != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(names[i]);
            } else {
                out.append('[').append(indices[i]).append(']');
            }
        }
        if (leaf != null) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(leaf);
        }
        return out.toString();
    }

    /** Forgets the previous line's problems and position. */
    public void reset() {
        problems = null;
        depth = 0;
    }

    public boolean isEmpty() {
        return problems == null;
    }

    public List<String> list() {
        return problems == null ? List.of() : problems;
    }
}
