package com.jewelry.logging.core.event;

/** What an anomaly looks like to the people who get the alert. */
public enum AnomalyKind {
    /** A whole event rate of a system (orders created, partner receipts, errors, requests) far above its usual level. */
    RATE_SPIKE,
    /** One client id or one address sending far more requests than clients usually do: a possible DDoS or a runaway client. */
    POSSIBLE_DDOS
}
