package com.jewelry.logging.core.event;

/** What an anomaly looks like to the people who get the alert. */
public enum AnomalyKind {
    /** A whole event rate of a system (orders created, partner receipts, errors, requests) far above its usual level. */
    RATE_SPIKE,
    /** One client id or one address sending far more requests than clients usually do: a possible DDoS or a runaway client. */
    POSSIBLE_DDOS,
    /** A whole rate far below its usual level, down to zero while it is usually active: often an outage. */
    RATE_DROP,
    /** A lasting move of a rate or a response time away from its usual level at this hour (up or down, or a daily shape that changed). */
    LEVEL_SHIFT
}
