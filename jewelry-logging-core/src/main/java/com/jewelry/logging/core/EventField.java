package com.jewelry.logging.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a typed event: where it goes in the JSON line ({@link #path()}, dotted, e.g. {@code order.number}),
 * what it holds, whether the business needs it, and how to read it from the event. The writer, the JSON Schema,
 * the index templates' tests and the docs are all derived from these definitions.
 *
 * @param <E> the event (or list element) type the field is read from
 */
public final class EventField<E> {

    private final String path;
    private final String[] segments;
    private final FieldKind kind;
    private final boolean required;
    private final String description;
    private final List<String> allowedValues;
    private final Function<? super E, ?> accessor;
    private final List<EventField<?>> elementFields;

    private EventField(String path, FieldKind kind, boolean required, String description,
                       List<String> allowedValues, Function<? super E, ?> accessor, List<EventField<?>> elementFields) {
        this.path = Objects.requireNonNull(path, "path");
        this.segments = path.split("\\.");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.required = required;
        this.description = Objects.requireNonNull(description, "description");
        this.allowedValues = List.copyOf(allowedValues);
        this.accessor = Objects.requireNonNull(accessor, "accessor");
        this.elementFields = List.copyOf(elementFields);
    }

    /** A required field. */
    public static <E> EventField<E> required(String path, FieldKind kind, String description, Function<? super E, ?> accessor) {
        return new EventField<>(path, kind, true, description, List.of(), accessor, List.of());
    }

    /** An optional field: left out of the line when its value is null. */
    public static <E> EventField<E> optional(String path, FieldKind kind, String description, Function<? super E, ?> accessor) {
        return new EventField<>(path, kind, false, description, List.of(), accessor, List.of());
    }

    /** A required keyword whose values are the constants of an enum. */
    public static <E, V extends Enum<V>> EventField<E> requiredEnum(String path, Class<V> values, String description,
                                                                     Function<? super E, V> accessor) {
        return new EventField<>(path, FieldKind.KEYWORD, true, description, names(values), accessor, List.of());
    }

    /** An optional keyword whose values are the constants of an enum. */
    public static <E, V extends Enum<V>> EventField<E> optionalEnum(String path, Class<V> values, String description,
                                                                     Function<? super E, V> accessor) {
        return new EventField<>(path, FieldKind.KEYWORD, false, description, names(values), accessor, List.of());
    }

    /** A required list of objects, each element described by {@code elementFields}. */
    @SafeVarargs
    public static <E, T> EventField<E> requiredList(String path, String description, Function<? super E, ? extends List<T>> accessor,
                                                     EventField<T>... elementFields) {
        return new EventField<>(path, FieldKind.OBJECT_LIST, true, description, List.of(), accessor, Arrays.asList(elementFields));
    }

    private static <V extends Enum<V>> List<String> names(Class<V> values) {
        return Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    }

    /** Dotted path of the field in the JSON line, e.g. {@code order.total}. */
    public String path() {
        return path;
    }

    /** The path split at dots; do not modify. */
    public String[] segments() {
        return segments.clone();
    }

    String segment(int index) {
        return segments[index];
    }

    int depth() {
        return segments.length;
    }

    public FieldKind kind() {
        return kind;
    }

    /** Whether a line without this field is flagged as invalid. */
    public boolean isRequired() {
        return required;
    }

    /** What the field means to the business. */
    public String description() {
        return description;
    }

    /** The only values a keyword may take, when it is an enumeration; empty otherwise. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /** The fields of each element, for {@link FieldKind#OBJECT_LIST}; empty otherwise. */
    public List<EventField<?>> elementFields() {
        return elementFields;
    }

    /** Reads this field's value from an event or element; may return null. */
    @SuppressWarnings("unchecked")
    public Object valueOf(Object source) {
        return ((Function<Object, ?>) accessor).apply(source);
    }

    @Override
    public String toString() {
        return path + ":" + kind;
    }
}
