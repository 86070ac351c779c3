package com.jewelry.logging.core.internal.schema;

import com.jewelry.logging.core.EventCategory;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.TimedEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;

/**
 * Builds the JSON Schemas (draft 2020-12) of the envelope and of each typed event from the same definitions the
 * writer uses, so the published contract cannot drift from the lines.
 */
public final class EventSchemas {

    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    public static final String RESOURCE_DIR = "com/jewelry/logging/schema/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    /** The resource name of an event's schema inside the core jar. */
    public static String resourceName(EventType<?> type) {
        return type.schemaResource();
    }

    /** The resource name of the envelope schema inside the core jar. */
    public static String envelopeResourceName() {
        return RESOURCE_DIR + "envelope.schema.json";
    }

    /** The schema every line satisfies, whatever it carries. */
    public static ObjectNode envelope() {
        ObjectNode schema = root("urn:jewelry-logging:envelope", "jewelry-logging envelope",
                "Fields every jewelry-logging line carries.");
        ObjectNode properties = schema.putObject("properties");
        envelopeProperties(properties);
        ArrayNode required = schema.putArray("required");
        required.add("@timestamp").add("log").add("process").add("message").add("system").add("service").add("event");
        return schema;
    }

    private static void envelopeProperties(ObjectNode properties) {
        properties.set("@timestamp", string("When the line was written, ISO-8601 UTC.").put("format", "date-time")
                .put("pattern", ".*Z$"));
        ObjectNode log = object("Where the line comes from.", "level", "logger");
        log.withObject("properties").set("level", enumOf("The log level.", List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR")));
        log.withObject("properties").set("logger", string("The logger's name."));
        properties.set("log", log);
        ObjectNode thread = object("The thread that wrote the line.", "name");
        thread.withObject("properties").set("name", string("The thread's name."));
        ObjectNode process = object("The process.", "thread");
        process.withObject("properties").set("thread", thread);
        properties.set("process", process);
        properties.set("message", string("A short human message; masked like every value."));
        properties.set("system", enumOf("The business system.", names(SystemName.values())));
        ObjectNode service = object("The service that wrote the line.", "name", "environment");
        service.withObject("properties").set("name", string("The service's name."));
        service.withObject("properties").set("environment", string("Where it runs, e.g. prod."));
        properties.set("service", service);
        properties.set("trace", idObject("The distributed trace the line belongs to."));
        properties.set("span", idObject("The span within the trace."));
        properties.set("request", idObject("The request id (X-Request-Id)."));
        ObjectNode labels = NODES.objectNode().put("type", "object").put("description", "Other MDC entries and key-value pairs.");
        labels.putObject("additionalProperties").put("type", "string");
        properties.set("labels", labels);
        properties.set("detail", NODES.objectNode().put("type", "object").put("description", "DEBUG detail: method inputs, internal state."));
        ObjectNode error = object("The exception the line reports.", "type");
        error.withObject("properties").set("type", string("The exception's class."));
        error.withObject("properties").set("message", string("The exception's message, masked."));
        error.withObject("properties").set("stack_trace", string("The shortened stack trace, root cause first, masked."));
        properties.set("error", error);
        properties.set("event", eventObject(null));
    }

    private static ObjectNode eventObject(EventType<?> type) {
        ObjectNode event = type == null
                ? object("What the line is.", "category", "dataset")
                : object("What the line is.", "action", "version", "category", "dataset", "outcome", "occurred_at");
        ObjectNode p = event.withObject("properties");
        if (type == null) {
            p.set("action", string("The typed event's name.").put("pattern", "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"));
            p.set("version", NODES.objectNode().put("type", "integer").put("minimum", 1).put("description", "The event's schema version."));
            p.set("category", enumOf("The kind of line.", Arrays.stream(EventCategory.values()).map(EventCategory::jsonValue).toList()));
            p.set("duration_ms", NODES.objectNode().put("type", "integer").put("minimum", 0).put("description", "How long the step took."));
            p.set("invalid", NODES.objectNode().put("type", "array").put("description", "Fields that were missing, unreadable or cut.")
                    .set("items", NODES.objectNode().put("type", "string")));
        } else {
            p.set("action", NODES.objectNode().put("const", type.name()).put("description", type.title()));
            p.set("version", NODES.objectNode().put("const", type.version()));
            p.set("category", NODES.objectNode().put("const", type.category().jsonValue()));
            if (TimedEvent.class.isAssignableFrom(type.recordType())) {
                p.set("duration_ms", NODES.objectNode().put("type", "integer").put("minimum", 0).put("description", "How long the step took."));
            }
            event.put("additionalProperties", false);
        }
        p.set("dataset", string("Routing key <system>.<stream>: the index family jewelry-<system>-<stream>.")
                .put("pattern", "^(mes|crm|api|shop|unknown)\\.(operational|error|access)$"));
        p.set("outcome", enumOf("Whether the step succeeded.", Arrays.stream(EventOutcome.values()).map(EventOutcome::jsonValue).toList()));
        p.set("occurred_at", string("When the business fact happened, ISO-8601 UTC.").put("format", "date-time"));
        return event;
    }

    /** The schema of a line carrying one complete event of this type. */
    public static ObjectNode forType(EventType<?> type) {
        ObjectNode schema = root("urn:jewelry-logging:event:" + type.name() + ":" + type.version(),
                type.title(), type.description());
        ObjectNode properties = schema.putObject("properties");
        envelopeProperties(properties);
        properties.set("event", eventObject(type));
        schema.put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        required.add("@timestamp").add("log").add("process").add("message").add("system").add("service").add("event");
        for (EventField<?> field : type.fields()) {
            addField(schema, field.segments(), 0, field);
        }
        return schema;
    }

    private static void addField(ObjectNode parent, String[] segments, int index, EventField<?> field) {
        ObjectNode properties = parent.withObject("properties");
        String name = segments[index];
        if (index == segments.length - 1) {
            properties.set(name, valueSchema(field));
            if (field.isRequired()) {
                addRequired(parent, name);
            }
            return;
        }
        ObjectNode child = properties.has(name) ? (ObjectNode) properties.get(name)
                : NODES.objectNode().put("type", "object").put("additionalProperties", false);
        properties.set(name, child);
        if (field.isRequired()) {
            addRequired(parent, name);
        }
        addField(child, segments, index + 1, field);
    }

    private static void addRequired(ObjectNode parent, String name) {
        ArrayNode required = parent.has("required") ? (ArrayNode) parent.get("required") : parent.putArray("required");
        for (var existing : required) {
            if (existing.asString().equals(name)) {
                return;
            }
        }
        required.add(name);
    }

    private static ObjectNode valueSchema(EventField<?> field) {
        ObjectNode node = switch (field.kind()) {
            case KEYWORD -> field.allowedValues().isEmpty()
                    ? NODES.objectNode().put("type", "string").put("minLength", 1)
                    : enumOf(null, field.allowedValues());
            case INTEGER -> NODES.objectNode().put("type", "integer");
            case DURATION_MS -> NODES.objectNode().put("type", "integer").put("minimum", 0);
            case TIMESTAMP -> NODES.objectNode().put("type", "string").put("format", "date-time");
            case MONEY -> money();
            case KEYWORD_LIST -> {
                ObjectNode list = NODES.objectNode().put("type", "array");
                list.putObject("items").put("type", "string");
                yield list;
            }
            case OBJECT_LIST -> {
                ObjectNode list = NODES.objectNode().put("type", "array");
                ObjectNode item = list.putObject("items").put("type", "object").put("additionalProperties", false);
                for (EventField<?> element : field.elementFields()) {
                    addField(item, element.segments(), 0, element);
                }
                yield list;
            }
            case CHANGES -> {
                ObjectNode changes = NODES.objectNode().put("type", "object");
                ObjectNode change = changes.putObject("additionalProperties").put("type", "object").put("additionalProperties", false);
                change.putObject("properties").set("old", NODES.objectNode().put("type", "string"));
                change.withObject("properties").set("new", NODES.objectNode().put("type", "string"));
                yield changes;
            }
        };
        node.put("description", field.description());
        return node;
    }

    private static ObjectNode money() {
        ObjectNode money = object(null, "amount", "currency");
        money.put("additionalProperties", false);
        money.withObject("properties").set("amount", NODES.objectNode().put("type", "number"));
        money.withObject("properties").set("currency", NODES.objectNode().put("type", "string").put("pattern", "^[A-Z]{3}$"));
        return money;
    }

    private static ObjectNode root(String id, String title, String description) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DRAFT);
        schema.put("$id", id);
        schema.put("title", title);
        schema.put("description", description);
        schema.put("type", "object");
        return schema;
    }

    private static ObjectNode object(String description, String... required) {
        ObjectNode node = NODES.objectNode().put("type", "object");
        if (description != null) {
            node.put("description", description);
        }
        node.putObject("properties");
        ArrayNode req = node.putArray("required");
        for (String name : required) {
            req.add(name);
        }
        return node;
    }

    private static ObjectNode idObject(String description) {
        ObjectNode node = object(description, "id");
        node.withObject("properties").set("id", string("The id."));
        return node;
    }

    private static ObjectNode string(String description) {
        return NODES.objectNode().put("type", "string").put("description", description);
    }

    private static ObjectNode enumOf(String description, List<String> values) {
        ObjectNode node = NODES.objectNode().put("type", "string");
        if (description != null) {
            node.put("description", description);
        }
        ArrayNode array = node.putArray("enum");
        values.forEach(array::add);
        return node;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Pretty JSON text of a schema. */
    public static String toJson(ObjectNode schema) {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }
}
