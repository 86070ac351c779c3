package com.jewelry.logging.core.internal.json;

/** Turns any object into text without ever throwing. */
public final class SafeText {

    private SafeText() {
    }

    /** {@code String.valueOf(value)}, or a marker naming the type when {@code toString()} throws. */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        try {
            String text = value.toString();
            return text != null ? text : "null";
        } catch (RuntimeException | StackOverflowError e) {
            return "[unrenderable " + value.getClass().getName() + ": toString() threw " + e.getClass().getSimpleName() + "]";
        }
    }
}
