package com.jewelry.examples.shop;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;

import java.util.List;

/**
 * An order as the shop keeps it: the customer's id and how to reach them (never logged as such), the lines and the
 * status.
 */
public record Order(String number, String customerId, CustomerContact contact, List<OrderItem> items, Money total,
                    OrderStatus status) {

    Order withStatus(OrderStatus next) {
        return new Order(number, customerId, contact, items, total, next);
    }
}
