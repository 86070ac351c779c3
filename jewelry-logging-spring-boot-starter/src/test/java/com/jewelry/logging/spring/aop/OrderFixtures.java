package com.jewelry.logging.spring.aop;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.spring.annotation.EventKind;
import com.jewelry.logging.spring.annotation.LogDebug;
import com.jewelry.logging.spring.annotation.LogEvent;

/** A small order service annotated the way a service would be. */
public final class OrderFixtures {

    private OrderFixtures() {
    }

    public record Customer(String id) {
    }

    public record Order(String number, Customer customer, OrderStatus status) {
    }

    public static class OrderService {

        @LogEvent(value = EventKind.ORDER_STATUS_CHANGED, customerId = "#order.customer.id", orderNumber = "#order.number",
                status = "#result.status", previousStatus = "#order.status")
        public Order confirm(Order order) {
            if ("FAIL".equals(order.number())) {
                throw new IllegalStateException("stock reservation failed");
            }
            return new Order(order.number(), order.customer(), OrderStatus.CONFIRMED);
        }

        @LogEvent(value = EventKind.COST_CALCULATION_REQUESTED, customerId = "#p0", orderNumber = "#p1", modelId = "#modelId")
        public Money calculate(String customerId, String orderNumber, String modelId) throws InterruptedException {
            Thread.sleep(40);
            return Money.rub("48900.00");
        }

        @LogEvent(value = EventKind.PARTNER_ORDER_RECEIVED, partnerId = "#partnerId", orderNumber = "#partnerOrderNumber",
                processingStatus = "'ACCEPTED'")
        public String accept(String partnerId, String partnerOrderNumber) {
            return "ORD-" + partnerOrderNumber;
        }

        @LogDebug
        public String engrave(String orderNumber, @Sensitive(kind = SensitiveKind.PHONE) String contactPhone) {
            return "engraved " + orderNumber;
        }
    }

    /** An expression with a typo in the property name. */
    public static class MisspelledService {
        @LogEvent(value = EventKind.ORDER_STATUS_CHANGED, customerId = "#order.custmer.id", orderNumber = "#order.number",
                status = "#order.status")
        public void change(Order order) {
        }
    }

    /** An attribute the event does not have. */
    public static class WrongFieldService {
        @LogEvent(value = EventKind.NOTIFICATION_SENT, customerId = "#order.customer.id", orderNumber = "#order.number",
                notificationType = "'SHIPPED'", cost = "#order.number")
        public void notify(Order order) {
        }
    }

    /** An expression that does not parse. */
    public static class BrokenSyntaxService {
        @LogEvent(value = EventKind.ORDER_CREATED, customerId = "#order.customer.id)", orderNumber = "#order.number",
                items = "{}", total = "null")
        public void create(Order order) {
        }
    }
}
