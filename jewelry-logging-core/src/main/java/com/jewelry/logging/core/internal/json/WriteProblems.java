package com.jewelry.logging.core.internal.json;

import java.util.ArrayList;
import java.util.List;

/** Collects what was wrong with one line's values while it is written: missing, unrenderable or cut values. */
public final class WriteProblems {

    private List<String> problems;

    public void add(String path, String problem) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        if (problems.size() < 32) {
            problems.add(path + ": " + problem);
        }
    }

    public boolean isEmpty() {
        return problems == null;
    }

    public List<String> list() {
        return problems == null ? List.of() : problems;
    }
}
