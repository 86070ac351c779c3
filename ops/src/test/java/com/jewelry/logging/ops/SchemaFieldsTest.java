package com.jewelry.logging.ops;

import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.event.BusinessEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fact, one place: the field list the index templates are checked against (expected-fields.tsv) must be
 * exactly the leaf fields of the JSON Schemas the core publishes for the envelope and every event.
 */
class SchemaFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyFieldTheLibraryWritesIsMappedAndEveryMappedFieldIsWritten() throws Exception {
        Set<String> written = new TreeSet<>();
        collect(schema("com/jewelry/logging/schema/envelope.schema.json"), "", written);
        for (EventType<?> type : BusinessEvents.ALL) {
            collect(schema("com/jewelry/logging/schema/" + type.name() + ".v" + type.version() + ".schema.json"), "", written);
        }
        Map<String, ExpectedFields> mapped = ExpectedFields.load().stream()
                .collect(Collectors.toMap(ExpectedFields::path, f -> f));
        Set<String> mappedLeaves = new TreeSet<>();
        for (ExpectedFields field : mapped.values()) {
            if (!field.opensearchType().equals("object") || field.options().containsKey("dynamic")) {
                mappedLeaves.add(field.path());
            }
        }

        assertThat(mappedLeaves).as("fields written by the library but missing from the templates")
                .containsAll(written);
        assertThat(written).as("fields mapped by the templates but never written by the library")
                .containsAll(mappedLeaves);
    }

    private static JsonNode schema(String resource) throws Exception {
        try (InputStream in = SchemaFieldsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
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
