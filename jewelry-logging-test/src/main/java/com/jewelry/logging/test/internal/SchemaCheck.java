package com.jewelry.logging.test.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.internal.schema.EventSchemas;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates lines against the JSON Schemas the core jar publishes: every line against the envelope schema, and a
 * line of a typed event against that event's schema too. The validator reads JSON with Jackson 2, which stays here.
 */
public final class SchemaCheck {

    /** Where the core jar publishes its schemas, and how an event's schema is named: {@code <name>.v<version>.schema.json}. */
    public static final String SCHEMA_DIRECTORY = "com/jewelry/logging/schema/";
    public static final String ENVELOPE_SCHEMA = "envelope.schema.json";

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** The file name of an event version's schema. */
    public static String schemaFileName(String eventName, int version) {
        return eventName + ".v" + version + ".schema.json";
    }

    /** The file name of an event type's schema. */
    public static String schemaFileName(EventType<?> type) {
        return schemaFileName(type.name(), type.version());
    }

    /**
     * Every way the lines break the published schemas, one sentence each, naming the line, the schema and the
     * place in the line; empty when all lines conform. An event of the catalogue without a published schema (a
     * service's own) is checked against the schema generated from its type; any other event against the envelope only.
     */
    public static List<String> problems(List<LineStore.Entry> lines, EventCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineStore.Entry line = lines.get(i);
            if (!line.isJson()) {
                problems.add("line " + i + " is " + line.parseProblem());
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode tree;
            try {
                tree = JACKSON2.readTree(line.text());
            } catch (IOException e) {
                problems.add("line " + i + " could not be read for validation (" + e.getClass().getSimpleName() + ")");
                continue;
            }
            String label = Lines.label(i, line.json());
            validate(ENVELOPE_SCHEMA, tree, label, problems);
            String action = textAt(line.json(), LogFields.EVENT_ACTION);
            JsonNode version = Json.atFieldPath(line.json(), LogFields.EVENT_VERSION);
            if (action != null) {
                if (version == null || !version.isIntegralNumber()) {
                    problems.add(label + ": event.version is missing, so no event schema applies");
                    continue;
                }
                String file = schemaFileName(action, version.intValue());
                Optional<EventType<?>> type = catalogue.find(action).filter(t -> t.version() == version.intValue());
                if (schema(file).isPresent()) {
                    validate(file, tree, label, problems);
                } else if (type.isPresent()) {
                    validate(generated(type.get()), file, tree, label, problems);
                } else if (EventCatalogue.builtIn().contains(action)) {
                    problems.add(label + ": no schema is published for " + action + " v" + version.intValue());
                }
            }
        }
        return problems;
    }

    private static void validate(String file, com.fasterxml.jackson.databind.JsonNode tree, String label, List<String> problems) {
        JsonSchema schema = schema(file).orElseThrow(() -> new IllegalStateException(
                "the core jar publishes no " + SCHEMA_DIRECTORY + file + "; is jewelry-logging-core on the test class path?"));
        validate(schema, file, tree, label, problems);
    }

    /** The schema of a service's own event, generated from its type as the core's build generates the library's. */
    private static JsonSchema generated(EventType<?> type) {
        try {
            return FACTORY.getSchema(JACKSON2.readTree(EventSchemas.toJson(EventSchemas.forType(type))), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generated schema of " + type, e);
        }
    }

    private static void validate(JsonSchema schema, String file, com.fasterxml.jackson.databind.JsonNode tree, String label,
                                 List<String> problems) {
        Set<ValidationMessage> messages = schema.validate(tree);
        messages.stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .forEach(message -> problems.add(label + " breaks " + file + ": " + message.getMessage()));
    }

    private static Optional<JsonSchema> schema(String file) {
        return SCHEMAS.computeIfAbsent(file, SchemaCheck::load);
    }

    private static Optional<JsonSchema> load(String file) {
        ClassLoader loader = SchemaCheck.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SCHEMA_DIRECTORY + file)) {
            return in == null ? Optional.empty() : Optional.of(FACTORY.getSchema(in, CONFIG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_DIRECTORY + file, e);
        }
    }

    private static String textAt(JsonNode line, String path) {
        JsonNode node = Json.atFieldPath(line, path);
        return node == null || !node.isString() ? null : node.stringValue();
    }
}
