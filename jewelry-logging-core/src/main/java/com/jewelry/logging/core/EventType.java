package com.jewelry.logging.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The stable identity of a typed event: its name ({@code event.action}, e.g. {@code order.created}), the version of
 * its schema ({@code event.version}, raised whenever a field changes meaning or is removed), its category, the
 * short human message of its lines, and its fields.
 *
 * @param <E> the record type of the event
 */
public final class EventType<E extends BusinessEvent> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    private final String name;
    private final int version;
    private final EventCategory category;
    private final String title;
    private final String description;
    private final Class<E> recordType;
    private final Function<? super E, String> message;
    private final List<EventField<E>> fields;

    private EventType(Builder<E> builder) {
        this.name = builder.name;
        this.version = builder.version;
        this.category = builder.category;
        this.title = Objects.requireNonNull(builder.title, "title");
        this.description = Objects.requireNonNull(builder.description, "description");
        this.recordType = builder.recordType;
        this.message = Objects.requireNonNull(builder.message, "message");
        this.fields = List.copyOf(builder.fields);
    }

    /** Starts the definition of an event type. */
    public static <E extends BusinessEvent> Builder<E> builder(Class<E> recordType, String name, int version) {
        return new Builder<>(recordType, name, version);
    }

    /**
     * The type of an event record, read from its {@code public static final EventType<R> TYPE} field: how a service's
     * own event joins the catalogue, {@code @LogEvent} and the test kit without being listed anywhere else.
     *
     * @throws IllegalArgumentException when the class has no such field or it describes another record
     */
    @SuppressWarnings("unchecked")
    public static <R extends BusinessEvent> EventType<R> of(Class<R> recordType) {
        java.lang.reflect.Field field;
        try {
            field = recordType.getDeclaredField("TYPE");
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(recordType.getName() + " has no EventType: declare it as "
                    + "public static final EventType<" + recordType.getSimpleName() + "> TYPE", e);
        }
        Object value;
        try {
            // a record nested in a test class is often not public: read its TYPE all the same
            field.trySetAccessible();
            value = java.lang.reflect.Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException(recordType.getName() + ".TYPE cannot be read", e);
        }
        if (!(value instanceof EventType<?> type) || type.recordType() != recordType) {
            throw new IllegalArgumentException(recordType.getName() + ".TYPE must be a static EventType built for "
                    + recordType.getSimpleName() + " (EventType.builder(" + recordType.getSimpleName() + ".class, ...))");
        }
        return (EventType<R>) type;
    }

    /** The event name written as {@code event.action}, e.g. {@code order.status_changed}. */
    public String name() {
        return name;
    }

    /** The schema version written as {@code event.version}. */
    public int version() {
        return version;
    }

    public EventCategory category() {
        return category;
    }

    /** A few words naming the event for people, e.g. "Order status changed". */
    public String title() {
        return title;
    }

    /** What the event means to the business and when it is logged. */
    public String description() {
        return description;
    }

    public Class<E> recordType() {
        return recordType;
    }

    /**
     * Where this event's JSON Schema (draft 2020-12) ships in the core jar:
     * {@code com/jewelry/logging/schema/<name>.v<version>.schema.json}.
     */
    public String schemaResource() {
        return "com/jewelry/logging/schema/" + name + ".v" + version + ".schema.json";
    }

    /** The fields, in the order they are written. */
    public List<EventField<E>> fields() {
        return fields;
    }

    /**
     * The short human message of a line for this event. Never throws: a failing message function gives the title.
     */
    public String messageFor(BusinessEvent event) {
        try {
            String text = message.apply(recordType.cast(event));
            return text == null ? title : text;
        } catch (RuntimeException e) {
            return title;
        }
    }

    /** The paths of required fields whose value is null; an empty list when the event is complete. */
    public List<String> missingRequiredFields(BusinessEvent event) {
        List<String> missing = null;
        for (EventField<E> field : fields) {
            if (field.isRequired() && safeValue(field, event) == null) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(field.path());
            }
        }
        if (event.time() == null) {
            if (missing == null) {
                missing = new ArrayList<>(1);
            }
            missing.add("event.occurred_at");
        }
        return missing == null ? List.of() : missing;
    }

    private static Object safeValue(EventField<?> field, Object event) {
        try {
            return field.valueOf(event);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }

    /** Builds an {@link EventType}; see the event records in {@code com.jewelry.logging.core.event} for examples. */
    public static final class Builder<E extends BusinessEvent> {
        private final Class<E> recordType;
        private final String name;
        private final int version;
        private EventCategory category = EventCategory.BUSINESS;
        private String title;
        private String description;
        private Function<? super E, String> message;
        private final List<EventField<E>> fields = new ArrayList<>();

        private Builder(Class<E> recordType, String name, int version) {
            this.recordType = Objects.requireNonNull(recordType, "recordType");
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("event name must be lower-case dotted words, e.g. order.created: " + name);
            }
            if (version < 1) {
                throw new IllegalArgumentException("event version starts at 1: " + version);
            }
            this.name = name;
            this.version = version;
        }

        public Builder<E> category(EventCategory category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        public Builder<E> title(String title) {
            this.title = title;
            return this;
        }

        public Builder<E> description(String description) {
            this.description = description;
            return this;
        }

        /** The short human {@code message} of the line; it should name the order, never personal data. */
        public Builder<E> message(Function<? super E, String> message) {
            this.message = message;
            return this;
        }

        public Builder<E> field(EventField<E> field) {
            for (EventField<E> existing : fields) {
                if (existing.path().equals(field.path())) {
                    throw new IllegalArgumentException("field defined twice: " + field.path());
                }
            }
            if (field.path().equals("event") || field.path().startsWith("event.")) {
                throw new IllegalArgumentException("event.* belongs to the envelope: " + field.path());
            }
            fields.add(field);
            return this;
        }

        public EventType<E> build() {
            return new EventType<>(this);
        }
    }
}
