package com.jewelry.logging.spring.annotation;

/** The business events a method can announce with {@link LogEvent}; each names the attributes it reads. */
public enum EventKind {
    /** {@code order.status_changed}: customerId, orderNumber, status, previousStatus (optional). */
    ORDER_STATUS_CHANGED,
    /** {@code order.created}: customerId, orderNumber, items, total. */
    ORDER_CREATED,
    /** {@code order.updated}: customerId, orderNumber, changes. */
    ORDER_UPDATED,
    /** {@code cost_calculation.requested}: customerId, orderNumber, modelId; the time spent is measured. */
    COST_CALCULATION_REQUESTED,
    /** {@code cost_calculation.completed}: customerId, orderNumber, cost. */
    COST_CALCULATION_COMPLETED,
    /** {@code partner_order.received}: partnerId, orderNumber, processingStatus. */
    PARTNER_ORDER_RECEIVED,
    /** {@code notification.sent}: customerId, orderNumber, notificationType, channel (optional). */
    NOTIFICATION_SENT
}
