package com.jewelry.logging.core.event;

/** How a customer was notified. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    PUSH,
    MESSENGER
}
