package com.jewelry.logging.core;

/** Whether the business step an event reports succeeded, written as {@code event.outcome}. */
public enum EventOutcome {
    SUCCESS("success"),
    FAILURE("failure");

    private final String jsonValue;

    EventOutcome(String jsonValue) {
        this.jsonValue = jsonValue;
    }

    /** The value written to {@code event.outcome}. */
    public String jsonValue() {
        return jsonValue;
    }
}
