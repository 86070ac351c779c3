package com.jewelry.logging.test;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.CostCalculationCompleted;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CaptureLogs(system = SystemName.SHOP, serviceName = "shop-checkout")
class EventAssertionsTest {

    private final EventLogger events = TestData.events(EventAssertionsTest.class);

    private void checkout(String orderNumber) {
        events.orderCreated("C-10042", orderNumber,
                List.of(new OrderItem("RING-AU585-17", "Gold ring", 1, Money.rub("48900.00"))), Money.rub("48900.00"));
    }

    @Test
    void hasEventPassesWhenALineMeetsEveryCondition(CapturedLogs logs) {
        checkout("ORD-2026-000123");

        assertThat(logs).hasEvent("order.created")
                .withOrderNumber("ORD-2026-000123")
                .withCustomerId("C-10042")
                .withSystem(SystemName.SHOP)
                .withServiceName("shop-checkout")
                .withOutcome(EventOutcome.SUCCESS)
                .withLevel("INFO")
                .withField("order.total.amount", 48900)
                .withField("order.items[0].sku", "RING-AU585-17")
                .once();
        assertThat(logs).hasEvent(OrderCreated.TYPE).withOrderNumber("ORD-2026-000123");
    }

    @Test
    void hasEventFailsWhenNoLineHasTheEventAndListsTheCapturedLines(CapturedLogs logs) {
        events.orderStatusChanged("C-10042", "ORD-2026-000123", OrderStatus.NEW, OrderStatus.PAID);

        assertThatThrownBy(() -> assertThat(logs).hasEvent("order.created"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a line with event.action = \"order.created\"")
                .hasMessageContaining("none of the 1 captured lines has it")
                .hasMessageContaining("[0] {")
                .hasMessageContaining("\"action\":\"order.status_changed\"");
    }

    @Test
    void withOrderNumberFailsNamingTheConditionAndTheLinesOfTheEvent(CapturedLogs logs) {
        checkout("ORD-2026-000123");
        checkout("ORD-2026-000124");

        assertThatThrownBy(() -> assertThat(logs).hasEvent("order.created").withOrderNumber("X"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a line with event.action = \"order.created\", order.number = \"X\"")
                .hasMessageContaining("2 line(s) with event.action = \"order.created\": [line 0, line 1]")
                .hasMessageContaining("\"number\":\"ORD-2026-000124\"");
    }

    @Test
    void withSystemFailsWhenTheLineWasWrittenForAnotherSystem(CapturedLogs logs) {
        checkout("ORD-2026-000123");

        assertThatThrownBy(() -> assertThat(logs).hasEvent("order.created").withSystem(SystemName.CRM))
                .hasMessageContaining("system = \"CRM\"")
                .hasMessageContaining("\"system\":\"SHOP\"");
    }

    @Test
    void onceFailsWhenTheEventWasLoggedTwice(CapturedLogs logs) {
        checkout("ORD-2026-000123");
        checkout("ORD-2026-000123");

        assertThatThrownBy(() -> assertThat(logs).hasEvent("order.created").withOrderNumber("ORD-2026-000123").once())
                .hasMessageContaining("Expected 1 line(s) with event.action = \"order.created\", order.number = \"ORD-2026-000123\" but found 2 [line 0, line 1]");
    }

    @Test
    void withOutcomeTellsAFailedStepFromASuccessfulOne(CapturedLogs logs) {
        events.logFailure(new CostCalculationCompleted(TestData.NOW, "C-1", "ORD-5", Money.rub("1.00")),
                new IllegalStateException("no volume"));

        assertThat(logs).hasEvent("cost_calculation.completed").withOutcome(EventOutcome.FAILURE).withLevel("ERROR");
        assertThatThrownBy(() -> assertThat(logs).hasEvent("cost_calculation.completed").withOutcome(EventOutcome.SUCCESS))
                .hasMessageContaining("event.outcome = \"success\"");
    }

    @Test
    void hasNoEventFailsNamingTheLines(CapturedLogs logs) {
        checkout("ORD-2026-000123");

        assertThat(logs).hasNoEvent("order.updated");
        assertThatThrownBy(() -> assertThat(logs).hasNoEvent("order.created"))
                .hasMessageContaining("Expected no line with event.action \"order.created\" but found 1 ([line 0])");
    }

    @Test
    void hasLineCountCountsEveryLine(CapturedLogs logs) {
        checkout("ORD-2026-000123");
        LoggerFactory.getLogger(EventAssertionsTest.class).warn("slow");

        assertThat(logs).hasLineCount(2);
        assertThatThrownBy(() -> assertThat(logs).hasLineCount(1)).hasMessageContaining("Expected 1 captured lines but there are 2");
    }

    @Test
    void hasNoInvalidEventsFailsWithTheFlaggedField(CapturedLogs logs) {
        events.orderStatusChanged(null, "ORD-1", OrderStatus.NEW, OrderStatus.PAID);

        assertThatThrownBy(() -> assertThat(logs).hasNoInvalidEvents())
                .hasMessageContaining("line ")
                .hasMessageContaining("(order.status_changed)")
                .hasMessageContaining("customer.id");
    }

    @Test
    void failureMessagesShowLinesMaskedEvenWhenAValueSlippedThroughTheEncoder() {
        // a line from elsewhere, built at run time, whose message holds an unmasked e-mail
        ObjectNode line = JsonMapper.builder().build().createObjectNode();
        line.put("message", "call back " + TestData.email());
        line.putObject("event").put("action", "order.updated");
        CapturedLogs logs = CapturedLogs.ofLines(List.of(line.toString()));

        assertThatThrownBy(() -> assertThat(logs).hasEvent("order.created"))
                .hasMessageContaining("call back a***@example.org")
                .hasMessageNotContaining(TestData.email());
        assertThat(logs.lines().get(0).toString()).doesNotContain(TestData.email());
    }

    @Test
    void singleEventFailsWhenThereIsNone(CapturedLogs logs) {
        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);

        assertThatThrownBy(() -> logs.singleEvent(OrderCreated.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected exactly one order.created event but found 0")
                .hasMessageContaining("order.status_changed");
    }

    @Test
    void anAssertionsDescriptionIsKept(CapturedLogs logs) {
        assertThatThrownBy(() -> assertThat(logs).as("checkout").hasEvent("order.created"))
                .hasMessageContaining("[checkout]");
    }
}
