package com.jewelry.logging.ops;

import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.internal.schema.EventSchemas;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The leaf fields the lines of a catalogue's events can carry: the envelope's and every event's, read from the JSON
 * Schemas generated from the event types (the same the core jar ships for its own events). What the index templates
 * must map.
 */
final class CatalogueFields {

    private CatalogueFields() {
    }

    static Set<String> leaves(EventCatalogue catalogue) {
        Set<String> written = new TreeSet<>();
        collect(EventSchemas.envelope(), "", written);
        for (EventType<?> type : catalogue.types()) {
            collect(EventSchemas.forType(type), "", written);
        }
        return written;
    }

    /** Leaf paths: objects with declared properties are walked (arrays through their items); the rest are leaves. */
    private static void collect(JsonNode schema, String prefix, Set<String> out) {
        JsonNode properties = schema.get("properties");
        if (properties == null || properties.isEmpty()) {
            JsonNode items = schema.get("items");
            if (items != null && items.has("properties")) {
                collect(items, prefix, out);
                return;
            }
            out.add(prefix.substring(0, prefix.length() - 1));
            return;
        }
        List<String> names = new ArrayList<>(properties.propertyNames());
        for (String name : names) {
            collect(properties.get(name), prefix + name + ".", out);
        }
    }
}
