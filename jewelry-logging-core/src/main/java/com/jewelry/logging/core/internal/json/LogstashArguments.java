package com.jewelry.logging.core.internal.json;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads logstash-logback-encoder's structured arguments ({@code kv("fullName", dto)}, {@code value(..)},
 * {@code entries(map)}, {@code fields(dto)}, {@code raw(..)}) passed as message arguments, so the envelope writer
 * writes their values through the masking writer as objects instead of by their {@code toString()}. LLE keeps the
 * values in non-public members; they are read once per class by reflection, and an argument that cannot be read
 * is given as an unrenderable marker, never by its text.
 */
public final class LogstashArguments {

    /** How a structured argument's value is written. */
    public enum Shape {
        /** A value under its key: a label when scalar, else a {@code detail} object. */
        VALUE,
        /** JSON text under its key, written as the tree it holds. */
        RAW_JSON,
        /** An object whose properties are written as {@code detail} properties of their own. */
        FIELDS
    }

    /** One key and value taken from a structured argument. */
    public record Pair(String key, Object value, Shape shape) {
    }

    private static final Readers READERS = Readers.load();

    private LogstashArguments() {
    }

    /** Whether {@code argument} is one of LLE's structured arguments. */
    public static boolean isStructured(Object argument) {
        return READERS != null && READERS.structuredArgument.isInstance(argument);
    }

    /** The pairs the structured arguments among {@code arguments} hold, in order. */
    public static List<Pair> pairs(Object[] arguments) {
        List<Pair> pairs = new ArrayList<>(2);
        for (Object argument : arguments) {
            if (isStructured(argument)) {
                READERS.read(argument, pairs);
            }
        }
        return pairs;
    }

    /** LLE's classes and the members holding the values, or null when LLE is not on the class path. */
    private record Readers(Class<?> structuredArgument, Class<?> singleField, Method singleFieldName,
                           Method singleFieldValue, Class<?> rawJson, Class<?> mapEntries, Field map,
                           Class<?> objectFields, Field object) {

        static Readers load() {
            try {
                ClassLoader loader = LogstashArguments.class.getClassLoader();
                Class<?> structured = Class.forName("net.logstash.logback.argument.StructuredArgument", false, loader);
                Class<?> single = Class.forName("net.logstash.logback.marker.SingleFieldAppendingMarker", false, loader);
                Class<?> raw = Class.forName("net.logstash.logback.marker.RawJsonAppendingMarker", false, loader);
                Class<?> entries = Class.forName("net.logstash.logback.marker.MapEntriesAppendingMarker", false, loader);
                Class<?> fields = Class.forName("net.logstash.logback.marker.ObjectFieldsAppendingMarker", false, loader);
                Method value = single.getDeclaredMethod("getFieldValue");
                Field map = entries.getDeclaredField("map");
                Field object = fields.getDeclaredField("object");
                boolean accessible = value.trySetAccessible() & map.trySetAccessible() & object.trySetAccessible();
                return new Readers(structured, single, single.getMethod("getFieldName"), accessible ? value : null,
                        raw, entries, accessible ? map : null, fields, accessible ? object : null);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                return null;
            }
        }

        void read(Object argument, List<Pair> pairs) {
            try {
                if (singleField.isInstance(argument)) {
                    String key = (String) singleFieldName.invoke(argument);
                    Object value = singleFieldValue == null ? unreadable(argument) : singleFieldValue.invoke(argument);
                    pairs.add(new Pair(key, value, rawJson.isInstance(argument) ? Shape.RAW_JSON : Shape.VALUE));
                } else if (mapEntries.isInstance(argument) && map != null) {
                    Object entries = map.get(argument);
                    if (entries instanceof Map<?, ?> m) {
                        for (Map.Entry<?, ?> entry : m.entrySet()) {
                            if (entry.getKey() != null) {
                                pairs.add(new Pair(SafeText.of(entry.getKey()), entry.getValue(), Shape.VALUE));
                            }
                        }
                    }
                } else if (objectFields.isInstance(argument) && object != null) {
                    pairs.add(new Pair(null, object.get(argument), Shape.FIELDS));
                } else {
                    pairs.add(new Pair(null, unreadable(argument), Shape.FIELDS));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                pairs.add(new Pair(null, unreadable(argument), Shape.FIELDS));
            }
        }

        private static String unreadable(Object argument) {
            return "[unrenderable " + argument.getClass().getName() + "]";
        }
    }
}
