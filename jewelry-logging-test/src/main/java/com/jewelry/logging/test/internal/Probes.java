package com.jewelry.logging.test.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values that tell record components apart: each component of a probe record holds a value no other one holds. */
final class Probes {

    private Probes() {
    }

    static Object[] distinct(RecordComponent[] components) {
        Object[] probes = new Object[components.length];
        Map<Class<?>, Integer> sameType = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            int seen = sameType.merge(type, 1, Integer::sum) - 1;
            probes[i] = probe(type, i, seen);
        }
        return probes;
    }

    private static Object probe(Class<?> type, int index, int seen) {
        long unique = 1_000_003L + index;
        if (type == String.class || type == CharSequence.class) {
            return new String("probe-" + index);
        }
        if (type == int.class || type == Integer.class) {
            return (int) unique;
        }
        if (type == long.class || type == Long.class) {
            return unique;
        }
        if (type == short.class || type == Short.class) {
            return (short) (1000 + index);
        }
        if (type == double.class || type == Double.class) {
            return (double) unique;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(unique);
        }
        if (type == BigInteger.class) {
            return BigInteger.valueOf(unique);
        }
        if (type == Instant.class) {
            return Instant.ofEpochSecond(unique);
        }
        if (type == Duration.class) {
            return Duration.ofMillis(unique);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            // two components of one enum type need two constants; with too few the second cannot be told apart
            return seen < constants.length ? constants[seen] : null;
        }
        if (type == List.class || type == java.util.Collection.class || type == Iterable.class) {
            return new ArrayList<>();
        }
        if (type.isRecord()) {
            return emptyRecord(type);
        }
        if (type.isPrimitive()) {
            return defaultValue(type);
        }
        return null;
    }

    /** Whether equal values count as the same component (for identity-less values such as numbers and strings). */
    static boolean isValueType(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type == String.class || type == Integer.class || type == Long.class
                || type == Short.class || type == Double.class || type == BigDecimal.class || type == BigInteger.class
                || type == Instant.class || type == Duration.class;
    }

    static Object defaultValue(Class<?> type) {
        // the zero of a primitive type, as the JVM gives a new array; null for every reference type
        return type.isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0) : null;
    }

    /** A fresh record instance (its identity is the probe), or null when its constructor refuses empty values. */
    private static Object emptyRecord(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = defaultValue(types[i]);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
