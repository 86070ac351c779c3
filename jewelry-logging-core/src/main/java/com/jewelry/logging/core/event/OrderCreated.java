package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;

import java.time.Instant;
import java.util.List;

/**
 * A new order was placed (event 2 of the business).
 *
 * @param time        when the order was created
 * @param customerId  the customer's id
 * @param orderNumber the new order's number
 * @param items       the lines of the order
 * @param total       the total cost of the order
 */
public record OrderCreated(Instant time, String customerId, String orderNumber,
                           List<OrderItem> items, Money total) implements BusinessEvent {

    public static final EventType<OrderCreated> TYPE = EventType
            .builder(OrderCreated.class, "order.created", 1)
            .title("Order created")
            .description("A customer (in the shop or through a manager in the CRM) placed a new order.")
            .message(e -> "Order " + e.orderNumber() + " created")
            .field(CommonFields.customerId(OrderCreated::customerId))
            .field(CommonFields.orderNumber(OrderCreated::orderNumber))
            .field(EventField.requiredList("order.items", "The lines of the order.", OrderCreated::items,
                    OrderItem.SKU, OrderItem.NAME, OrderItem.QUANTITY, OrderItem.UNIT_PRICE))
            .field(EventField.required("order.total", FieldKind.MONEY, "The total cost of the order.", OrderCreated::total))
            .build();

    @Override
    public EventType<OrderCreated> type() {
        return TYPE;
    }
}
