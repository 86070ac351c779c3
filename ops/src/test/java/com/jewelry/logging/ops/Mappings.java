package com.jewelry.logging.ops;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Walks an index mapping by dotted field path. */
final class Mappings {

    private Mappings() {
    }

    /** The mapping of a dotted path such as {@code order.items.unit_price.amount}, or a missing node. */
    static JsonNode field(JsonNode mappings, String path) {
        JsonNode node = mappings;
        for (String part : path.split("\\.")) {
            node = node.path("properties").path(part);
            if (node.isMissingNode()) {
                return node;
            }
        }
        return node;
    }

    /** The type of a mapped field; objects with sub-properties and no explicit type are objects. */
    static String type(JsonNode field) {
        if (field.has("type")) {
            return field.get("type").asString();
        }
        return field.has("properties") ? "object" : "";
    }

    /** Every leaf field (dotted path) the mapping declares. */
    static List<String> leaves(JsonNode mappings) {
        List<String> leaves = new ArrayList<>();
        collect(mappings, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String prefix, List<String> into) {
        for (var entry : node.path("properties").properties()) {
            String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            if (entry.getValue().has("properties")) {
                collect(entry.getValue(), path, into);
            } else {
                into.add(path);
            }
        }
    }
}
