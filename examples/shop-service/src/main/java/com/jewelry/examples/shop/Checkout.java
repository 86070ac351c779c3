package com.jewelry.examples.shop;

import com.jewelry.logging.core.event.NotificationType;
import com.jewelry.logging.core.event.OrderStatus;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;

/** The shop's order flow: checkout (order, payment, confirmation) and the later status changes. */
@Service
public class Checkout {

    /** Which status changes the customer hears about. */
    private static final Map<OrderStatus, NotificationType> NOTIFIED = Map.of(
            OrderStatus.READY_FOR_PICKUP, NotificationType.READY_FOR_PICKUP,
            OrderStatus.SHIPPED, NotificationType.SHIPPED,
            OrderStatus.DELIVERED, NotificationType.DELIVERED,
            OrderStatus.CANCELLED, NotificationType.CANCELLED);

    private final OrderBook orders;
    private final PaymentGateway payments;
    private final Notifier notifier;

    public Checkout(OrderBook orders, PaymentGateway payments, Notifier notifier) {
        this.orders = orders;
        this.payments = payments;
        this.notifier = notifier;
    }

    /** Places the order, charges the card and confirms the payment to the customer. */
    public Order checkout(CheckoutRequest request) {
        Order order = orders.place(request);
        payments.charge(order.number(), request.card(), order.total());
        Order paid = orders.move(order.number(), OrderStatus.PAID).order();
        notifier.notify(paid, NotificationType.PAYMENT_RECEIVED);
        return paid;
    }

    /** Moves the order on (production and delivery report back) and tells the customer when it matters to them. */
    public Order changeStatus(String number, OrderStatus status) {
        Order moved = orders.move(number, status).order();
        Optional.ofNullable(NOTIFIED.get(status)).ifPresent(type -> notifier.notify(moved, type));
        return moved;
    }
}
