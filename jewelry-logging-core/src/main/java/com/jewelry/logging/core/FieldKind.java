package com.jewelry.logging.core;

/** How an event field is written and mapped in the index. */
public enum FieldKind {
    /** An exact value to filter and aggregate on: ids, numbers of orders, statuses. */
    KEYWORD,
    /** A whole number. */
    INTEGER,
    /** An amount of money: {@code {"amount": 1234.50, "currency": "RUB"}}; never a double. */
    MONEY,
    /** A duration written as whole milliseconds. */
    DURATION_MS,
    /** An instant written as ISO-8601 UTC. */
    TIMESTAMP,
    /** A list of exact values. */
    KEYWORD_LIST,
    /** A list of objects whose fields are described by {@link EventField#elementFields()}. */
    OBJECT_LIST,
    /**
     * Changed fields of an entity: an object keyed by the field's name, each value {@code {"old": .., "new": ..}}.
     * The field's name is part of the path, so masking rules for e.g. {@code deliveryAddress} apply to its values.
     */
    CHANGES
}
