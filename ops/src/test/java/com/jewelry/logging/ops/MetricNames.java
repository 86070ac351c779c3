package com.jewelry.logging.ops;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The metric names the services expose (expected-metrics.txt) and the ones an expression uses. */
final class MetricNames {

    // metric names of the pack start like this; recording rules (with colons) and label names do not
    private static final Pattern METRIC = Pattern.compile("(?<![\\w:\"])((?:jewelry|http_server)_[a-z0-9_]+)(?![\\w:\"])");

    private MetricNames() {
    }

    static Set<String> known() {
        return OpsPack.lines(OpsPack.file("src/test/resources/expected-metrics.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(String::trim)
                .collect(Collectors.toSet());
    }

    static Set<String> usedIn(List<String> expressions) {
        Set<String> used = new TreeSet<>();
        for (String expr : expressions) {
            Matcher m = METRIC.matcher(expr);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    static Set<String> unknownIn(List<String> expressions) {
        Set<String> unknown = usedIn(expressions);
        unknown.removeAll(known());
        return unknown;
    }
}
