package com.jewelry.logging.core.internal.json;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.masking.json.MaskingJsonWriter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the fields of a typed event as nested JSON objects, following the event type's field definitions.
 * Every value is read and rendered before its name is written, so a failing accessor or {@code toString()} flags
 * that one field and never leaves a half-written line.
 */
public final class EventPayloadWriter {

    private final WriteLimits limits;
    private final Map<EventType<?>, List<Node>> plans = new ConcurrentHashMap<>();

    public EventPayloadWriter(WriteLimits limits) {
        this.limits = limits;
    }

    /** Writes the event's fields into the object the writer is in. */
    public void write(MaskingJsonWriter gen, BusinessEvent event, WriteProblems problems) {
        EventType<?> type = event.type();
        List<Node> plan = plans.get(type);
        if (plan == null) {
            plan = plans.computeIfAbsent(type, EventPayloadWriter::plan);
        }
        writeNodes(gen, plan, event, problems);
    }

    private void writeNodes(MaskingJsonWriter gen, List<Node> nodes, Object source, WriteProblems problems) {
        for (int i = 0, n = nodes.size(); i < n; i++) {
            Node node = nodes.get(i);
            if (node.field != null) {
                writeField(gen, node.name, node.field, source, problems);
            } else if (!hasValue(node.children, source)) {
                // no empty {"order":{}} when every field under it is missing (e.g. a failed call); gaps of
                // required fields are still flagged
                flagMissing(node, source, problems);
            } else {
                gen.writeName(node.name);
                gen.writeStartObject();
                problems.enter(node.name);
                writeNodes(gen, node.children, source, problems);
                problems.leave();
                gen.writeEndObject();
            }
        }
    }

    /** Whether any field under these nodes has a value; usually answered by the first one. */
    private static boolean hasValue(List<Node> nodes, Object source) {
        for (int i = 0, n = nodes.size(); i < n; i++) {
            Node node = nodes.get(i);
            if (node.field == null) {
                if (hasValue(node.children, source)) {
                    return true;
                }
            } else {
                try {
                    if (node.field.valueOf(source) != null) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    return true; // written, and flagged unreadable, by writeField
                }
            }
        }
        return false;
    }

    private static void flagMissing(Node branch, Object source, WriteProblems problems) {
        problems.enter(branch.name);
        for (Node node : branch.children) {
            if (node.field == null) {
                flagMissing(node, source, problems);
            } else if (node.field.isRequired()) {
                problems.addHere(node.name, "missing");
            }
        }
        problems.leave();
    }

    private void writeField(MaskingJsonWriter gen, String name, EventField<?> field, Object source,
                            WriteProblems problems) {
        Object value;
        try {
            value = field.valueOf(source);
        } catch (RuntimeException e) {
            problems.addHere(name, "unreadable (" + e.getClass().getSimpleName() + ")");
            return;
        }
        if (value == null) {
            if (field.isRequired()) {
                problems.addHere(name, "missing");
            }
            return;
        }
        FieldKind kind = field.kind();
        switch (kind) {
            case KEYWORD -> {
                gen.writeName(name);
                writeText(gen, SafeText.of(value), name, problems);
            }
            case INTEGER -> {
                if (value instanceof Number n) {
                    gen.writeName(name);
                    gen.writeNumber(n.longValue());
                } else {
                    problems.addHere(name, "not a number");
                }
            }
            case DURATION_MS -> {
                if (value instanceof Duration d) {
                    gen.writeName(name);
                    gen.writeNumber(d.toMillis());
                } else {
                    problems.addHere(name, "not a duration");
                }
            }
            case TIMESTAMP -> {
                gen.writeName(name);
                gen.writeString(value instanceof Instant i ? i.toString() : SafeText.of(value));
            }
            case MONEY -> writeMoney(gen, name, value, problems);
            case KEYWORD_LIST -> writeKeywordList(gen, name, value, problems);
            case OBJECT_LIST -> writeObjectList(gen, name, field, value, problems);
            case CHANGES -> writeChanges(gen, name, value, problems);
        }
    }

    private void writeText(MaskingJsonWriter gen, String text, String name, WriteProblems problems) {
        if (limits.exceeds(text)) {
            problems.addHere(name, "truncated");
        }
        gen.writeString(limits.bound(gen.masker(), text));
    }

    private void writeMoney(MaskingJsonWriter gen, String name, Object value, WriteProblems problems) {
        if (!(value instanceof Money money)) {
            problems.addHere(name, "not money");
            return;
        }
        gen.writeName(name);
        gen.writeStartObject();
        problems.enter(name);
        BigDecimal amount = money.amount();
        if (amount != null) {
            gen.writeName("amount");
            gen.writeNumber(amount);
        } else {
            problems.addHere("amount", "missing");
        }
        if (money.currency() != null) {
            gen.writeName("currency");
            writeText(gen, money.currency(), "currency", problems);
        } else {
            problems.addHere("currency", "missing");
        }
        problems.leave();
        gen.writeEndObject();
    }

    private void writeKeywordList(MaskingJsonWriter gen, String name, Object value, WriteProblems problems) {
        if (!(value instanceof Collection<?> items)) {
            problems.addHere(name, "not a list");
            return;
        }
        gen.writeName(name);
        gen.writeStartArray();
        int written = 0;
        for (Object item : items) {
            if (written == limits.maxListItems()) {
                problems.addHere(name, "truncated after " + written + " of " + items.size() + " items");
                break;
            }
            if (item != null) {
                writeText(gen, SafeText.of(item), name, problems);
                written++;
            }
        }
        gen.writeEndArray();
    }

    private void writeObjectList(MaskingJsonWriter gen, String name, EventField<?> field, Object value,
                                 WriteProblems problems) {
        if (!(value instanceof Collection<?> items)) {
            problems.addHere(name, "not a list");
            return;
        }
        gen.writeName(name);
        gen.writeStartArray();
        problems.enter(name);
        List<EventField<?>> elementFields = field.elementFields();
        int index = 0;
        for (Object item : items) {
            if (index == limits.maxListItems()) {
                problems.addHere(null, "truncated after " + index + " of " + items.size() + " items");
                break;
            }
            problems.enterIndex(index);
            if (item == null) {
                problems.addHere(null, "missing");
            } else {
                gen.writeStartObject();
                for (int f = 0, n = elementFields.size(); f < n; f++) {
                    EventField<?> elementField = elementFields.get(f);
                    writeField(gen, elementField.path(), elementField, item, problems);
                }
                gen.writeEndObject();
            }
            problems.leave();
            index++;
        }
        problems.leave();
        gen.writeEndArray();
    }

    private void writeChanges(MaskingJsonWriter gen, String name, Object value, WriteProblems problems) {
        if (!(value instanceof Collection<?> changes)) {
            problems.addHere(name, "not a list");
            return;
        }
        gen.writeName(name);
        gen.writeStartObject();
        problems.enter(name);
        int written = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object item : changes) {
            if (written == limits.maxListItems()) {
                problems.addHere(null, "truncated after " + written + " of " + changes.size() + " changes");
                break;
            }
            if (!(item instanceof FieldChange change) || change.field() == null || change.field().isEmpty()) {
                problems.addHere(null, "a change without a field name");
                continue;
            }
            String field = limits.bound(gen.masker(), change.field());
            if (!seen.add(field)) {
                problems.addHere(field, "changed twice; first kept");
                continue;
            }
            gen.writeName(field);
            gen.writeStartObject();
            problems.enter(field);
            if (change.oldValue() != null) {
                gen.writeName("old");
                writeText(gen, change.oldValue(), "old", problems);
            }
            if (change.newValue() != null) {
                gen.writeName("new");
                writeText(gen, change.newValue(), "new", problems);
            }
            problems.leave();
            gen.writeEndObject();
            written++;
        }
        problems.leave();
        gen.writeEndObject();
    }

    /** Groups the dotted paths of a type's fields into a tree of nested objects, in definition order. */
    private static List<Node> plan(EventType<?> type) {
        Map<String, Node> roots = new LinkedHashMap<>();
        for (EventField<?> field : type.fields()) {
            String[] segments = field.segments();
            Map<String, Node> level = roots;
            for (int i = 0; i < segments.length - 1; i++) {
                Node branch = level.computeIfAbsent(segments[i], n -> new Node(n, null));
                if (branch.field != null) {
                    throw new IllegalStateException(type + ": " + field.path() + " nests inside a value field");
                }
                level = branch.childMap;
            }
            String leaf = segments[segments.length - 1];
            if (level.putIfAbsent(leaf, new Node(leaf, field)) != null) {
                throw new IllegalStateException(type + ": " + field.path() + " collides with another field");
            }
        }
        return freeze(roots);
    }

    private static List<Node> freeze(Map<String, Node> level) {
        List<Node> nodes = new ArrayList<>(level.size());
        for (Node node : level.values()) {
            node.children = freeze(node.childMap);
            nodes.add(node);
        }
        return List.copyOf(nodes);
    }

    private static final class Node {
        final String name;
        final EventField<?> field;
        final Map<String, Node> childMap = new LinkedHashMap<>();
        List<Node> children = List.of();

        Node(String name, EventField<?> field) {
            this.name = name;
            this.field = field;
        }
    }
}
