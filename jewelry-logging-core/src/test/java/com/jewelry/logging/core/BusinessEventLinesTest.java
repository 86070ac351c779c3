package com.jewelry.logging.core;

import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.NotificationType;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.ProcessingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessEventLinesTest {

    private final LogCapture capture = new LogCapture("SHOP");
    private final EventLogger events = capture.events("com.example.shop.Checkout");

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void writesTheEnvelopeOnEveryEventLine() {
        events.orderStatusChanged("C-10042", "ORD-2026-000123", OrderStatus.NEW, OrderStatus.PAID);

        JsonNode line = capture.single();
        assertThat(line.get("@timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3,9}Z");
        assertThat(line.at("/log/level").asString()).isEqualTo("INFO");
        assertThat(line.at("/log/logger").asString()).isEqualTo("com.example.shop.Checkout");
        assertThat(line.at("/process/thread/name").asString()).isEqualTo(Thread.currentThread().getName());
        assertThat(line.get("system").asString()).isEqualTo("SHOP");
        assertThat(line.at("/service/name").asString()).isEqualTo("test-service");
        assertThat(line.at("/service/environment").asString()).isEqualTo("test");
        assertThat(line.at("/event/action").asString()).isEqualTo("order.status_changed");
        assertThat(line.at("/event/version").asInt()).isEqualTo(1);
        assertThat(line.at("/event/category").asString()).isEqualTo("business");
        assertThat(line.at("/event/dataset").asString()).isEqualTo("shop.operational");
        assertThat(line.at("/event/outcome").asString()).isEqualTo("success");
        assertThat(line.at("/event/occurred_at").asString()).isEqualTo("2026-11-25T10:15:30.123Z");
        assertThat(line.at("/event/invalid").isMissingNode()).isTrue();
        assertThat(line.get("message").asString()).isEqualTo("Order ORD-2026-000123 status changed from NEW to PAID");
    }

    @Test
    void orderStatusChangedCarriesOldAndNewStatus() {
        events.orderStatusChanged("C-10042", "ORD-1", OrderStatus.IN_PRODUCTION, OrderStatus.READY_FOR_PICKUP);

        JsonNode line = capture.single();
        assertThat(line.at("/customer/id").asString()).isEqualTo("C-10042");
        assertThat(line.at("/order/number").asString()).isEqualTo("ORD-1");
        assertThat(line.at("/order/status").asString()).isEqualTo("READY_FOR_PICKUP");
        assertThat(line.at("/order/previous_status").asString()).isEqualTo("IN_PRODUCTION");
    }

    @Test
    void orderCreatedCarriesItemsAndTotalAsExactMoney() {
        events.orderCreated("C-10042", "ORD-2", List.of(
                new OrderItem("RING-AU585-17", "Gold ring 585", 1, Money.rub("48900.00")),
                new OrderItem("CHAIN-AG925-50", "Silver chain", 2, Money.rub("3450.50"))), Money.rub("55801.00"));

        JsonNode line = capture.single();
        assertThat(line.at("/event/action").asString()).isEqualTo("order.created");
        assertThat(line.at("/order/items")).hasSize(2);
        assertThat(line.at("/order/items/1/sku").asString()).isEqualTo("CHAIN-AG925-50");
        assertThat(line.at("/order/items/1/name").asString()).isEqualTo("Silver chain");
        assertThat(line.at("/order/items/1/quantity").asInt()).isEqualTo(2);
        assertThat(line.at("/order/items/1/unit_price/amount").decimalValue()).isEqualByComparingTo("3450.50");
        assertThat(line.at("/order/items/1/unit_price/amount").isBigDecimal() || line.at("/order/items/1/unit_price/amount").isDouble()).isTrue();
        assertThat(capture.raw()).contains("\"amount\":3450.50");
        assertThat(line.at("/order/total/amount").decimalValue()).isEqualByComparingTo("55801.00");
        assertThat(line.at("/order/total/currency").asString()).isEqualTo("RUB");
    }

    @Test
    void orderUpdatedKeysEachChangeByItsFieldName() {
        events.orderUpdated("C-10042", "ORD-3", List.of(
                new FieldChange("engraving", "Anna", "Forever"),
                new FieldChange("deliverySlot", null, "2026-12-01 10:00-14:00")));

        JsonNode line = capture.single();
        assertThat(line.at("/order/changed_fields")).extracting(JsonNode::asString).containsExactly("engraving", "deliverySlot");
        assertThat(line.at("/order/changes/engraving/new").asString()).isEqualTo("Forever");
        assertThat(line.at("/order/changes/deliverySlot/old").isMissingNode()).isTrue();
        assertThat(line.at("/order/changes/deliverySlot/new").asString()).isEqualTo("2026-12-01 10:00-14:00");
    }

    @Test
    void costCalculationRequestedCarriesModelAndTimeSpent() {
        events.costCalculationRequested("C-10042", "ORD-4", "MODEL-3D-7781", Duration.ofMillis(1834));

        JsonNode line = capture.single();
        assertThat(line.at("/event/action").asString()).isEqualTo("cost_calculation.requested");
        assertThat(line.at("/cost_calculation/model_id").asString()).isEqualTo("MODEL-3D-7781");
        assertThat(line.at("/cost_calculation/duration_ms").asLong()).isEqualTo(1834);
    }

    @Test
    void costCalculationCompletedCarriesTheCost() {
        events.costCalculationCompleted("C-10042", "ORD-5", Money.of("120500.00", "RUB"));

        JsonNode line = capture.single();
        assertThat(line.at("/event/action").asString()).isEqualTo("cost_calculation.completed");
        assertThat(line.at("/cost_calculation/cost/amount").decimalValue()).isEqualByComparingTo("120500.00");
        assertThat(line.at("/cost_calculation/cost/currency").asString()).isEqualTo("RUB");
    }

    @Test
    void partnerOrderReceivedCarriesPartnerAndProcessingStatus() {
        events.partnerOrderReceived("P-77", "ORD-6", ProcessingStatus.ACCEPTED);

        JsonNode line = capture.single();
        assertThat(line.at("/event/action").asString()).isEqualTo("partner_order.received");
        assertThat(line.at("/partner/id").asString()).isEqualTo("P-77");
        assertThat(line.at("/customer").isMissingNode()).isTrue();
        assertThat(line.at("/order/processing_status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void notificationSentCarriesTypeAndChannel() {
        events.notificationSent("C-10042", "ORD-7", NotificationType.READY_FOR_PICKUP, NotificationChannel.SMS);

        JsonNode line = capture.single();
        assertThat(line.at("/event/action").asString()).isEqualTo("notification.sent");
        assertThat(line.at("/notification/type").asString()).isEqualTo("READY_FOR_PICKUP");
        assertThat(line.at("/notification/channel").asString()).isEqualTo("SMS");
    }

    @Test
    void failureIsWrittenAtErrorWithOutcomeAndExceptionAndGoesToTheErrorStream() {
        events.logFailure(new com.jewelry.logging.core.event.CostCalculationCompleted(
                LogCapture.NOW, "C-1", "ORD-8", Money.rub("1.00")), new IllegalStateException("model has no volume"));

        JsonNode line = capture.single();
        assertThat(line.at("/log/level").asString()).isEqualTo("ERROR");
        assertThat(line.at("/event/outcome").asString()).isEqualTo("failure");
        assertThat(line.at("/event/dataset").asString()).isEqualTo("shop.error");
        assertThat(line.at("/error/type").asString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(line.at("/error/message").asString()).isEqualTo("model has no volume");
        assertThat(line.at("/error/stack_trace").asString()).contains("IllegalStateException");
    }

    @Test
    void traceSpanAndRequestIdsComeFromTheMdc() {
        capture.context.getMDCAdapter().put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        capture.context.getMDCAdapter().put("spanId", "00f067aa0ba902b7");
        capture.context.getMDCAdapter().put("requestId", "req-123");
        capture.context.getMDCAdapter().put("tenant", "boutique-7");
        try {
            events.orderStatusChanged("C-1", "ORD-9", OrderStatus.PAID, OrderStatus.IN_PRODUCTION);
        } finally {
            capture.context.getMDCAdapter().clear();
        }

        JsonNode line = capture.single();
        assertThat(line.at("/trace/id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.at("/span/id").asString()).isEqualTo("00f067aa0ba902b7");
        assertThat(line.at("/request/id").asString()).isEqualTo("req-123");
        assertThat(line.at("/labels/tenant").asString()).isEqualTo("boutique-7");
        assertThat(line.at("/labels/traceId").isMissingNode()).isTrue();
    }

    @Test
    void theMostPreferredMdcKeyOfEachIdWinsAndNoIdKeyBecomesALabel() {
        capture.context.getMDCAdapter().put("trace.id", "third-choice");
        capture.context.getMDCAdapter().put("trace_id", "second-choice");
        capture.context.getMDCAdapter().put("traceId", "first-choice");
        capture.context.getMDCAdapter().put("span_id", "span-2");
        capture.context.getMDCAdapter().put("X-Request-Id", "req-3");
        try {
            events.orderStatusChanged("C-1", "ORD-9", OrderStatus.PAID, OrderStatus.IN_PRODUCTION);
        } finally {
            capture.context.getMDCAdapter().clear();
        }

        JsonNode line = capture.single();
        assertThat(line.at("/trace/id").asString()).isEqualTo("first-choice");
        assertThat(line.at("/span/id").asString()).isEqualTo("span-2");
        assertThat(line.at("/request/id").asString()).isEqualTo("req-3");
        assertThat(line.has("labels")).isFalse();
    }

    @Test
    void plainLinesAreTechnicalAndWarningsGoToTheErrorStream() {
        capture.context.getLogger("com.example.Other").info("cache warmed in {} ms", 42);
        capture.context.getLogger("com.example.Other").warn("slow disk");

        List<JsonNode> lines = capture.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("message").asString()).isEqualTo("cache warmed in 42 ms");
        assertThat(lines.get(0).at("/event/category").asString()).isEqualTo("technical");
        assertThat(lines.get(0).at("/event/dataset").asString()).isEqualTo("shop.operational");
        assertThat(lines.get(0).at("/event/action").isMissingNode()).isTrue();
        assertThat(lines.get(1).at("/event/dataset").asString()).isEqualTo("shop.error");
    }

    @Test
    void businessEventsAreNotWrittenWhenInfoIsOffForTheirLogger() {
        capture.level("com.example.shop.Checkout", ch.qos.logback.classic.Level.WARN);

        events.orderStatusChanged("C-1", "ORD-10", OrderStatus.NEW, OrderStatus.PAID);

        assertThat(capture.rawLines()).isEmpty();
    }
}
