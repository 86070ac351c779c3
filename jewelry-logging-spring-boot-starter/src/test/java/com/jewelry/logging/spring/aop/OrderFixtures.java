package com.jewelry.logging.spring.aop;

import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.spring.annotation.Bind;
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

        @LogEvent(type = OrderStatusChanged.class, fields = {
                @Bind(name = "customerId", value = "#order.customer.id"),
                @Bind(name = "orderNumber", value = "#order.number"),
                @Bind(name = "newStatus", value = "#result.status"),
                @Bind(name = "oldStatus", value = "#order.status")})
        public Order confirm(Order order) {
            if ("FAIL".equals(order.number())) {
                throw new IllegalStateException("stock reservation failed");
            }
            return new Order(order.number(), order.customer(), OrderStatus.CONFIRMED);
        }

        @LogEvent(type = CostCalculationRequested.class, fields = {
                @Bind(name = "customerId", value = "#p0"),
                @Bind(name = "orderNumber", value = "#p1"),
                @Bind(name = "modelId", value = "#modelId")})
        public Money calculate(String customerId, String orderNumber, String modelId) throws InterruptedException {
            Thread.sleep(40);
            return Money.rub("48900.00");
        }

        @LogEvent(type = PartnerOrderReceived.class, fields = {
                @Bind(name = "partnerId", value = "#partnerId"),
                @Bind(name = "orderNumber", value = "#partnerOrderNumber"),
                @Bind(name = "processingStatus", value = "'ACCEPTED'")})
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
        @LogEvent(type = OrderStatusChanged.class, fields = {
                @Bind(name = "customerId", value = "#order.custmer.id"),
                @Bind(name = "orderNumber", value = "#order.number"),
                @Bind(name = "newStatus", value = "#order.status")})
        public void change(Order order) {
        }
    }

    /** An attribute the event does not have. */
    public static class WrongFieldService {
        @LogEvent(type = NotificationSent.class, fields = {
                @Bind(name = "customerId", value = "#order.customer.id"),
                @Bind(name = "orderNumber", value = "#order.number"),
                @Bind(name = "notificationType", value = "'SHIPPED'"),
                @Bind(name = "cost", value = "#order.number")})
        public void notify(Order order) {
        }
    }

    /** An expression that does not parse. */
    public static class BrokenSyntaxService {
        @LogEvent(type = OrderCreated.class, fields = {
                @Bind(name = "customerId", value = "#order.customer.id)"),
                @Bind(name = "orderNumber", value = "#order.number"),
                @Bind(name = "items", value = "{}"),
                @Bind(name = "total", value = "null")})
        public void create(Order order) {
        }
    }

    /** A line of the service's own basket: not the event's {@code OrderItem}. */
    public record BasketLine(String sku, int quantity) {
    }

    /** An order the service placed, with the lines as the event wants them. */
    public record PlacedOrder(String number, java.util.List<OrderItem> items, Money total, java.util.List<BasketLine> basket) {
    }

    /** Places orders; a basket of "FAIL" fails after the customer is known and before the order exists. */
    public static class CheckoutService {
        @LogEvent(type = OrderCreated.class, fields = {
                @Bind(name = "customerId", value = "#customerId"),
                @Bind(name = "orderNumber", value = "#result.number"),
                @Bind(name = "items", value = "#result.items"),
                @Bind(name = "total", value = "#result.total")})
        public PlacedOrder place(String customerId, String basket) {
            if ("FAIL".equals(basket)) {
                throw new IllegalStateException("payment declined");
            }
            return new PlacedOrder("ORD-1", java.util.List.of(new OrderItem("RING-1", "Ring", 1, Money.rub("100.00"))),
                    Money.rub("100.00"), java.util.List.of());
        }
    }

    /** Binds the service's own lines where the event expects OrderItem. */
    public static class WrongTypeService {
        @LogEvent(type = OrderCreated.class, fields = {
                @Bind(name = "customerId", value = "#customerId"),
                @Bind(name = "orderNumber", value = "#result.number"),
                @Bind(name = "items", value = "#result.basket"),
                @Bind(name = "total", value = "#result.total")})
        public PlacedOrder place(String customerId) {
            return null;
        }
    }

    /** Leaves out the order number, which order.created requires. */
    public static class UnboundRequiredService {
        @LogEvent(type = OrderCreated.class, fields = {
                @Bind(name = "customerId", value = "#customerId"),
                @Bind(name = "items", value = "#result.items"),
                @Bind(name = "total", value = "#result.total")})
        public PlacedOrder place(String customerId) {
            return null;
        }
    }
}
