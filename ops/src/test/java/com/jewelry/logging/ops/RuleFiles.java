package com.jewelry.logging.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Every Prometheus rule file of the pack ({@code prometheus/*.rules.yml}) and the alerts they define. */
final class RuleFiles {

    private RuleFiles() {
    }

    static List<Path> all() {
        return OpsPack.filesUnder("prometheus", ".rules.yml");
    }

    static List<JsonNode> rules(Path file) {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode group : OpsPack.readYaml(file).path("groups")) {
            group.path("rules").forEach(rules::add);
        }
        return rules;
    }

    static List<JsonNode> alerts(Path file) {
        return rules(file).stream().filter(r -> r.has("alert")).toList();
    }

    /** The alerts of every rule file. */
    static List<JsonNode> allAlerts() {
        return all().stream().flatMap(f -> alerts(f).stream()).toList();
    }

    static String name(JsonNode alert) {
        return alert.path("alert").asString();
    }
}
