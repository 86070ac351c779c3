package com.jewelry.logging.core;

/**
 * What kind of line this is, written as {@code event.category}. Together with the level it decides the
 * retention stream: {@link #ACCESS} lines are kept a year, WARN/ERROR lines a year, the rest six months.
 */
public enum EventCategory {
    /** One of the typed business events (order created, status changed, ...). */
    BUSINESS("business"),
    /** Any other application line: framework output, DEBUG detail, plain log calls. */
    TECHNICAL("technical"),
    /** One line per HTTP request served. */
    ACCESS("access"),
    /** The library reporting on itself (a missing field, a truncated value, a masking rule failure). */
    DIAGNOSTIC("diagnostic"),
    /** Security-relevant actions that must be traceable (who changed what). */
    AUDIT("audit");

    private final String jsonValue;

    EventCategory(String jsonValue) {
        this.jsonValue = jsonValue;
    }

    /** The value written to {@code event.category}. */
    public String jsonValue() {
        return jsonValue;
    }
}
