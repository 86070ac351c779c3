package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;

import java.time.Instant;

/**
 * An order moved from one status to another (event 1 of the business).
 *
 * @param time        when the status changed
 * @param customerId  the customer's id
 * @param orderNumber the order number
 * @param newStatus   the status the order has now
 * @param oldStatus   the status it had before; null for a brand-new order
 */
public record OrderStatusChanged(Instant time, String customerId, String orderNumber,
                                 OrderStatus newStatus, OrderStatus oldStatus) implements BusinessEvent {

    public static final EventType<OrderStatusChanged> TYPE = EventType
            .builder(OrderStatusChanged.class, "order.status_changed", 1)
            .title("Order status changed")
            .description("An order moved from one status to another, in any system.")
            .message(e -> "Order " + e.orderNumber() + " status changed from " + e.oldStatus() + " to " + e.newStatus())
            .field(CommonFields.customerId(OrderStatusChanged::customerId))
            .field(CommonFields.orderNumber(OrderStatusChanged::orderNumber))
            .field(EventField.requiredEnum("order.status", OrderStatus.class, "The new status.", OrderStatusChanged::newStatus))
            .field(EventField.optionalEnum("order.previous_status", OrderStatus.class,
                    "The status before the change; absent for a new order.", OrderStatusChanged::oldStatus))
            .build();

    @Override
    public EventType<OrderStatusChanged> type() {
        return TYPE;
    }
}
