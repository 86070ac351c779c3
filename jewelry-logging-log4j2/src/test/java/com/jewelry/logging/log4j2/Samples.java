package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.HttpAccess;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.NotificationType;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.ProcessingStatus;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

import java.time.Duration;
import java.util.List;

/**
 * The lines every back end must write the same way. Personal values are built at run time so none sits in a test
 * name or fixture file; tests assert they are absent from the output.
 */
final class Samples {

    static final String ORDER = "ORD-2026-000123";
    static final String CUSTOMER = "C-10042";
    static final String EMAIL = "anna.petrova" + "@" + "example.ru";
    static final String PHONE = "+7 916 " + "123-45-67";
    static final String CARD = luhnCard("427638001234567");
    static final String ADDRESS = "Moscow, Tverskaya st. " + 7 + ", apt. " + 12;
    static final String PASSWORD = "Tr0ub4dor" + "&3-horse";

    private Samples() {
    }

    /** The seven business events, an access line, and a failure with a cause, through the typed API. */
    static void businessEvents(EventLogger events) {
        events.orderStatusChanged(CUSTOMER, ORDER, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID);
        events.orderCreated(CUSTOMER, ORDER, List.of(
                new OrderItem("RING-AU585-17", "Gold ring 585, size 17", 1, Money.rub("48900.00")),
                new OrderItem("EARR-AG925-02", "Silver earrings", 2, Money.rub("3450.50"))), Money.rub("55801.00"));
        events.orderUpdated(CUSTOMER, ORDER, List.of(
                new FieldChange("deliveryAddress", "Old street 1", ADDRESS),
                new FieldChange("email", null, EMAIL),
                new FieldChange("engraving", null, "Forever yours")));
        events.costCalculationRequested(CUSTOMER, ORDER, "MODEL-3D-7781", Duration.ofMillis(1834));
        events.costCalculationCompleted(CUSTOMER, ORDER, Money.rub("52100.00"));
        events.partnerOrderReceived("P-77", "ORD-2026-000124", ProcessingStatus.ACCEPTED);
        events.notificationSent(CUSTOMER, ORDER, NotificationType.READY_FOR_PICKUP, NotificationChannel.SMS);
        events.log(new HttpAccess(Log4j2Capture.NOW, "POST", "/partner/orders", "/partner/orders", 201,
                Duration.ofMillis(37), "P-77", "203.0.113.7", "partner-client/2.1"));
    }

    static void failure(EventLogger events) {
        IllegalStateException root = new IllegalStateException("gateway refused card " + CARD + " for " + EMAIL);
        RuntimeException wrapper = new RuntimeException("payment failed", root);
        wrapper.addSuppressed(new IllegalArgumentException("retry budget spent"));
        events.logFailure(new OrderStatusChanged(Log4j2Capture.NOW, CUSTOMER, ORDER, OrderStatus.PAID,
                OrderStatus.AWAITING_PAYMENT), wrapper);
    }

    static void debugDetail(EventLogger events) {
        events.debug("customer loaded", "customer", new CustomerDto(CUSTOMER, "Anna Petrova", EMAIL), "attempt", 2);
    }

    /** A customer as a service's DTO: the name and contact are marked sensitive. */
    public record CustomerDto(String id, @Sensitive(kind = SensitiveKind.NAME) String fullName,
            @Sensitive(kind = SensitiveKind.EMAIL) String contact) {
    }

    static String luhnCard(String first15) {
        int sum = 0;
        for (int i = 0; i < first15.length(); i++) {
            int digit = first15.charAt(first15.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return first15 + ((10 - sum % 10) % 10);
    }
}
