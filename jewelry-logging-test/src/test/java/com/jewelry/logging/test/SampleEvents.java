package com.jewelry.logging.test;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.event.CostCalculationCompleted;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.HttpAccess;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.NotificationType;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.OrderUpdated;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import com.jewelry.logging.core.event.ProcessingStatus;

import java.time.Duration;
import java.util.List;

import static com.jewelry.logging.test.TestData.NOW;

/** One event of each type, with values that survive masking unchanged, so they read back equal. */
final class SampleEvents {

    private SampleEvents() {
    }

    static List<BusinessEvent> oneOfEach() {
        return List.of(
                new OrderStatusChanged(NOW, "C-1", "ORD-1", OrderStatus.PAID, OrderStatus.NEW),
                new OrderStatusChanged(NOW, "C-1", "ORD-1", OrderStatus.NEW, null),
                new OrderCreated(NOW, "C-1", "ORD-2", List.of(
                        new OrderItem("RING-1", "Ring", 1, Money.rub("100.00")),
                        new OrderItem("EARR-2", null, 2, Money.of("50.50", "EUR"))), Money.rub("201.00")),
                new OrderUpdated(NOW, "C-1", "ORD-3", List.of(new FieldChange("engraving", "a", "b"), new FieldChange("slot", null, "10-14"))),
                new CostCalculationRequested(NOW, "C-1", "ORD-4", "MODEL-1", Duration.ofMillis(250)),
                new CostCalculationCompleted(NOW, "C-1", "ORD-5", Money.of("990.10", "RUB")),
                new PartnerOrderReceived(NOW, "P-1", "ORD-6", ProcessingStatus.REJECTED),
                new NotificationSent(NOW, "C-1", "ORD-7", NotificationType.PAYMENT_REQUIRED, NotificationChannel.EMAIL),
                new NotificationSent(NOW, "C-1", "ORD-7", NotificationType.SHIPPED, null),
                new HttpAccess(NOW, "GET", "/orders/{number}", "/orders/ORD-1", 200, Duration.ofMillis(12), "P-1", null, "curl/8"));
    }
}
