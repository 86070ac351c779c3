package com.jewelry.examples.mes;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.OrderStatus;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each order is in the workshop. An order reaches the MES once it is paid; it then goes through production and
 * quality control to pickup, one step at a time.
 */
@Service
public class ProductionBoard {

    private static final List<OrderStatus> ROUTE = List.of(OrderStatus.PAID, OrderStatus.IN_PRODUCTION,
            OrderStatus.QUALITY_CHECK, OrderStatus.READY_FOR_PICKUP);

    private final EventLogger events;
    private final Map<String, OrderStatus> statuses = new ConcurrentHashMap<>();

    public ProductionBoard(EventLogger events) {
        this.events = events;
    }

    /** Moves the order one step on; a skipped or backward step is refused. */
    public OrderStatus move(String customerId, String orderNumber, OrderStatus next) {
        OrderStatus previous = statuses.getOrDefault(orderNumber, OrderStatus.PAID);
        if (ROUTE.indexOf(next) != ROUTE.indexOf(previous) + 1) {
            throw new IllegalStateException("order " + orderNumber + " cannot go from " + previous + " to " + next);
        }
        statuses.put(orderNumber, next);
        events.orderStatusChanged(customerId, orderNumber, previous, next);
        return next;
    }
}
