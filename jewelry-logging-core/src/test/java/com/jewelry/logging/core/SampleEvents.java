package com.jewelry.logging.core;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.AnomalyKind;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic example of each typed event, with the system that logs it. */
final class SampleEvents {

    static final Instant T = Instant.parse("2026-11-25T09:00:00.125Z");

    /** Event type name → (system, example). */
    static final Map<String, Map.Entry<SystemName, BusinessEvent>> BY_NAME = Map.of(
            "order.status_changed", Map.entry(SystemName.SHOP,
                    new OrderStatusChanged(T, "C-10042", "ORD-2026-000123", OrderStatus.PAID, OrderStatus.AWAITING_PAYMENT)),
            "order.created", Map.entry(SystemName.SHOP, new OrderCreated(T, "C-10042", "ORD-2026-000123", List.of(
                    new OrderItem("RING-AU585-17", "Gold ring 585, size 17", 1, Money.rub("48900.00")),
                    new OrderItem("EARR-AG925-02", "Silver earrings", 2, Money.rub("3450.50"))), Money.rub("55801.00"))),
            "order.updated", Map.entry(SystemName.CRM, new OrderUpdated(T, "C-10042", "ORD-2026-000123", List.of(
                    new FieldChange("engraving", null, "Forever yours"),
                    new FieldChange("deliverySlot", "2026-12-01 10:00-14:00", "2026-12-02 10:00-14:00")))),
            "cost_calculation.requested", Map.entry(SystemName.MES,
                    new CostCalculationRequested(T, "C-10042", "ORD-2026-000123", "MODEL-3D-7781", Duration.ofMillis(1834))),
            "cost_calculation.completed", Map.entry(SystemName.MES,
                    new CostCalculationCompleted(T, "C-10042", "ORD-2026-000123", Money.rub("52100.00"))),
            "partner_order.received", Map.entry(SystemName.API,
                    new PartnerOrderReceived(T, "P-77", "ORD-2026-000124", ProcessingStatus.ACCEPTED)),
            "notification.sent", Map.entry(SystemName.SHOP,
                    new NotificationSent(T, "C-10042", "ORD-2026-000123", NotificationType.READY_FOR_PICKUP, NotificationChannel.SMS)),
            "http.access", Map.entry(SystemName.API, new HttpAccess(T, "POST", "/partner/orders", "/partner/orders", 201,
                    Duration.ofMillis(37), "P-77", "203.0.113.7", "partner-client/2.1")),
            "anomaly.detected", Map.entry(SystemName.API, new AnomalyDetected(T, AnomalyKind.POSSIBLE_DDOS, "API",
                    "http.access", "client.id", "P-77", 1840, 12, 9, 60)));

    private SampleEvents() {
    }
}
