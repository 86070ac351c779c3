package com.jewelry.logging.core.event;

/** Why a customer was notified. */
public enum NotificationType {
    ORDER_CONFIRMED,
    STATUS_UPDATE,
    PAYMENT_REQUIRED,
    PAYMENT_RECEIVED,
    READY_FOR_PICKUP,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
