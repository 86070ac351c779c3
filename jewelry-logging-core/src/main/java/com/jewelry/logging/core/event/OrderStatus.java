package com.jewelry.logging.core.event;

/** The life of an order, shared by the shop, the CRM and the MES so dashboards count the same things. */
public enum OrderStatus {
    /** Placed by the customer or a partner, not yet confirmed. */
    NEW,
    /** Confirmed by a manager; price and terms agreed. */
    CONFIRMED,
    /** Waiting for the customer's payment. */
    AWAITING_PAYMENT,
    /** Paid. */
    PAID,
    /** In production at the MES (casting, setting, polishing). */
    IN_PRODUCTION,
    /** Quality control of the finished piece. */
    QUALITY_CHECK,
    /** Finished and waiting in the boutique. */
    READY_FOR_PICKUP,
    /** Handed to the courier. */
    SHIPPED,
    /** Received by the customer. */
    DELIVERED,
    /** Cancelled by the customer or the business. */
    CANCELLED,
    /** Returned by the customer after delivery. */
    RETURNED
}
