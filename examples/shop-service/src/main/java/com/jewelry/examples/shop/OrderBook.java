package com.jewelry.examples.shop;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The shop's orders (in memory: the example has no database). */
@Service
public class OrderBook {

    private final Catalogue catalogue;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(122);

    public OrderBook(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Turns the basket into a new order with the next order number and today's prices. */
    @LogEvent(type = OrderCreated.class, fields = {
            @Bind(name = "customerId", value = "#request.customerId"),
            @Bind(name = "orderNumber", value = "#result.number"),
            @Bind(name = "items", value = "#result.items"),
            @Bind(name = "total", value = "#result.total")})
    public Order place(CheckoutRequest request) {
        List<OrderItem> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CheckoutRequest.Line line : request.lines()) {
            OrderItem item = catalogue.line(line.sku(), line.quantity());
            items.add(item);
            total = total.add(item.unitPrice().amount().multiply(BigDecimal.valueOf(item.quantity())));
        }
        String number = String.format("ORD-2026-%06d", sequence.incrementAndGet());
        Order order = new Order(number, request.customerId(),
                new CustomerContact(request.contactEmail(), request.contactPhone()), List.copyOf(items),
                Money.rub(total.toPlainString()), OrderStatus.NEW);
        orders.put(number, order);
        return order;
    }

    /** Moves the order to {@code status}; the event names both statuses. */
    @LogEvent(type = OrderStatusChanged.class, fields = {
            @Bind(name = "customerId", value = "#result.order.customerId"),
            @Bind(name = "orderNumber", value = "#number"),
            @Bind(name = "newStatus", value = "#result.order.status"),
            @Bind(name = "oldStatus", value = "#result.previous")})
    public StatusChange move(String number, OrderStatus status) {
        Order order = find(number);
        Order moved = order.withStatus(status);
        orders.put(number, moved);
        return new StatusChange(moved, order.status());
    }

    /** An order after a status change, and the status it had before. */
    public record StatusChange(Order order, OrderStatus previous) {
    }

    public Order find(String number) {
        Order order = orders.get(number);
        if (order == null) {
            throw new NoSuchElementException("no order " + number);
        }
        return order;
    }
}
