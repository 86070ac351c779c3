package com.jewelry.examples.plain;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.test.CaptureLogs;
import com.jewelry.logging.test.CapturedLogs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a service team tests its own logging with the test kit: the three common checks on the lines a piece of
 * service code writes through the application's Logback set-up (src/test/resources/logback-test.xml).
 */
@CaptureLogs(strict = true)
class CheckoutLoggingTest {

    /** Stands for the service's own code: it logs through SLF4J's logger factory, as production code does. */
    static final class Checkout {
        private final EventLogger events = EventLogger.forClass(Checkout.class);

        void placeOrder(String customerId, String orderNumber, String contactEmail, String contactPhone) {
            events.orderCreated(customerId, orderNumber,
                    List.of(new OrderItem("RING-AU585-17", "Gold ring 585, size 17", 1, Money.rub("48900.00"))),
                    Money.rub("48900.00"));
            events.orderUpdated(customerId, orderNumber, List.of(
                    new FieldChange("contactEmail", null, contactEmail),
                    new FieldChange("comment", null, "call " + contactPhone + " before delivery")));
        }
    }

    // built at run time: no source file holds something that looks like a real contact
    private final String email = String.join("@", "anna.petrova", "example.org");
    private final String phone = "+7 916 " + 412 + "-" + 34 + "-" + 56;

    @Test
    void checkoutLogsTheNewOrderWithItsNumber(CapturedLogs logs) {
        new Checkout().placeOrder("C-10042", "ORD-2026-000123", email, phone);

        assertThat(logs).hasEvent("order.created").withOrderNumber("ORD-2026-000123").withSystem(SystemName.SHOP).once();
    }

    @Test
    void noContactOfTheCustomerReachesAnyLine(CapturedLogs logs) {
        new Checkout().placeOrder("C-10042", "ORD-2026-000123", email, phone);

        assertThat(logs).containsNoPersonalData().doesNotContainAnyOf(email, phone);
    }

    @Test
    void theOrderReadsBackAsTheTypedEvent(CapturedLogs logs) {
        new Checkout().placeOrder("C-10042", "ORD-2026-000123", email, phone);

        OrderCreated order = logs.singleEvent(OrderCreated.class);
        assertThat(order.total()).isEqualTo(Money.rub("48900.00"));
        assertThat(order.items()).hasSize(1);
        assertThat(logs).allLinesMatchSchemas(); // strict = true checks this after every test as well
    }
}
