package com.jewelry.examples.shop;

import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.test.CaptureLogs;
import com.jewelry.logging.test.CapturedLogs;
import com.jewelry.logging.test.LogLine;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CaptureLogs
@SpringBootTest(properties = {
        "jewelry.logging.file.dir=target/test-logs", "jewelry.logging.console.enabled=false",
        "logging.level.com.jewelry.examples.shop.PaymentGateway=DEBUG"})
class CheckoutLoggingTest {

    @Autowired
    private Checkout checkout;

    private final SampleCustomer customer = SampleCustomer.create();

    @Test
    void checkoutLogsTheNewOrderWithItsNumberItemsAndTotal(CapturedLogs logs) {
        Order order = checkout.checkout(customer.basket("RING-AU585-17", 1, "EARR-AG925-02", 2));

        assertThat(logs).hasEvent("order.created").withOrderNumber(order.number()).withCustomerId(customer.id())
                .withSystem(SystemName.SHOP).withServiceName("shop-service").withField("order.total.amount", 55801)
                .once();
        OrderCreated created = logs.singleEvent(OrderCreated.class);
        assertThat(created.items()).extracting(item -> item.sku()).containsExactly("RING-AU585-17", "EARR-AG925-02");
        assertThat(created.total().amount()).isEqualByComparingTo(Money.rub("55801.00").amount());
    }

    @Test
    void thePaidOrderMovesFromNewToPaidAndTheCustomerHearsByTheirPhone(CapturedLogs logs) {
        Order order = checkout.checkout(customer.basket("CHAIN-AG925-45", 1));

        assertThat(logs).hasEvent("order.status_changed").withOrderNumber(order.number())
                .withField("order.previous_status", OrderStatus.NEW).withField("order.status", OrderStatus.PAID).once();
        assertThat(logs).hasEvent("notification.sent").withOrderNumber(order.number())
                .withField("notification.type", "PAYMENT_RECEIVED")
                .withField("notification.channel", NotificationChannel.SMS).once();
    }

    @Test
    void readyForPickupIsLoggedAndTheCustomerIsNotified(CapturedLogs logs) {
        Order order = checkout.checkout(customer.basket("PEND-AU750-05", 1));
        logs.clear();

        checkout.changeStatus(order.number(), OrderStatus.READY_FOR_PICKUP);

        assertThat(logs).hasEvent("order.status_changed").withOrderNumber(order.number())
                .withField("order.previous_status", OrderStatus.PAID).once();
        assertThat(logs).hasEvent("notification.sent").withField("notification.type", "READY_FOR_PICKUP").once();
        assertThat(logs).hasLineCount(2);
    }

    @Test
    @CaptureLogs(level = Level.DEBUG)
    void thePaymentsDebugLineShowsTheCardOnlyMasked(CapturedLogs logs) {
        checkout.checkout(customer.basket("RING-AU585-17", 1));

        List<LogLine> debug = logs.lines().stream().filter(line -> "DEBUG".equals(line.level()))
                .filter(line -> line.loggerName().equals(PaymentGateway.class.getName())).toList();
        assertThat(debug).singleElement().satisfies(line -> {
            // the card's @Sensitive kind decides: a card mask (full marker, or stars and the last four digits)
            assertThat(line.text("detail.payment.number")).matches("\\[masked:card]|[* ]+" + customer.cardLastFour());
            assertThat(line.text("detail.payment.holder")).isEqualTo("[masked:name]");
            assertThat(line.text("detail.payment.securityCode")).isEqualTo("[masked:secret]");
            assertThat(line.text("detail.payment.expiry")).isEqualTo("12/29");
        });
        assertThat(logs).containsNoPersonalData().doesNotContainAnyOf(customer.rawValues());
    }

    @Test
    void noContactOrCardOfTheCustomerReachesAnyLineAndEveryLineMatchesTheSchemas(CapturedLogs logs) {
        Order order = checkout.checkout(customer.basket("RING-AU585-17", 1));
        checkout.changeStatus(order.number(), OrderStatus.READY_FOR_PICKUP);

        assertThat(logs).containsNoPersonalData().doesNotContainAnyOf(customer.rawValues()).allLinesMatchSchemas()
                .hasNoInvalidEvents();
    }

    @Test
    void aDeclinedCardLogsTheOrderButNoPaymentAndTheCallerSeesTheDecline(CapturedLogs logs) {
        assertThatThrownBy(() -> checkout.checkout(customer.basketPaidWithABadCard("RING-AU585-17", 1)))
                .isInstanceOf(PaymentGateway.PaymentDeclinedException.class);

        assertThat(logs).hasEvent("order.created").once();
        assertThat(logs).hasNoEvent("order.status_changed").hasNoEvent("notification.sent");
    }
}
