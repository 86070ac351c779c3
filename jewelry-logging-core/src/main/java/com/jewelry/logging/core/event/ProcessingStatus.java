package com.jewelry.logging.core.event;

/** What the partner API did with an order a partner sent. */
public enum ProcessingStatus {
    /** Valid and taken into the CRM. */
    ACCEPTED,
    /** Valid but refused by a business rule (unknown SKU, partner blocked, limit exceeded). */
    REJECTED,
    /** The same partner order number was received before; nothing new was created. */
    DUPLICATE,
    /** The payload could not be read or failed validation. */
    INVALID
}
