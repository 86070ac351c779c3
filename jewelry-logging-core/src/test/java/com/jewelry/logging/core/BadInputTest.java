package com.jewelry.logging.core;

import ch.qos.logback.classic.Level;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.OrderUpdated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Whatever the caller hands over, one valid JSON line comes out and nothing is thrown back. */
class BadInputTest {

    private final LogCapture capture = new LogCapture("CRM");
    private final EventLogger events = capture.events("com.example.crm.Orders");

    @AfterEach
    void close() {
        capture.close();
    }

    private List<JsonNode> businessLines() {
        return capture.lines().stream().filter(l -> l.at("/event/category").asString().equals("business")).toList();
    }

    private List<JsonNode> diagnosticLines() {
        return capture.lines().stream().filter(l -> l.at("/event/category").asString().equals("diagnostic")).toList();
    }

    @Test
    void missingRequiredFieldIsFlaggedInTheLineAndReportedOnce() {
        events.log(new OrderStatusChanged(LogCapture.NOW, null, "ORD-1", OrderStatus.PAID, OrderStatus.NEW));
        events.log(new OrderStatusChanged(LogCapture.NOW, null, "ORD-2", OrderStatus.PAID, OrderStatus.NEW));

        List<JsonNode> lines = businessLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).at("/customer/id").isMissingNode()).isTrue();
        assertThat(lines.get(0).at("/order/number").asString()).isEqualTo("ORD-1");
        assertThat(lines.get(0).at("/event/invalid")).extracting(JsonNode::asString).containsExactly("customer.id: missing");
        List<JsonNode> diagnostics = diagnosticLines();
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).at("/log/level").asString()).isEqualTo("WARN");
        assertThat(diagnostics.get(0).get("message").asString()).contains("order.status_changed", "customer.id");
        assertThat(events.problemCounts()).containsValue(2L);
    }

    @Test
    void nullListIsFlaggedNotThrown() {
        assertThatCode(() -> events.orderCreated("C-1", "ORD-3", null, Money.rub("10.00"))).doesNotThrowAnyException();

        JsonNode line = businessLines().get(0);
        assertThat(line.at("/order/items").isMissingNode()).isTrue();
        assertThat(line.at("/order/total/amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString).contains("order.items: missing");
    }

    @Test
    void nullItemsInsideAListAreFlaggedAndTheRestWritten() {
        List<OrderItem> items = new ArrayList<>();
        items.add(null);
        items.add(new OrderItem("RING-1", null, 1, null));
        events.orderCreated("C-1", "ORD-4", items, Money.rub("10.00"));

        JsonNode line = businessLines().get(0);
        assertThat(line.at("/order/items")).hasSize(1);
        assertThat(line.at("/order/items/0/sku").asString()).isEqualTo("RING-1");
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString)
                .contains("order.items[0]: missing", "order.items[1].unit_price: missing");
    }

    @Test
    void nullEventWritesADiagnosticInsteadOfThrowing() {
        assertThatCode(() -> events.log(null)).doesNotThrowAnyException();
        assertThatCode(() -> events.logFailure(null, new RuntimeException("x"))).doesNotThrowAnyException();

        assertThat(diagnosticLines()).hasSize(1);
        assertThat(diagnosticLines().get(0).get("message").asString()).contains("null business event");
    }

    @Test
    void megabyteStringIsCutWithAMarkerAndTheLineStaysBounded() {
        String huge = "x".repeat(1_048_576);
        events.orderStatusChanged("C-1", huge, OrderStatus.NEW, OrderStatus.PAID);

        List<String> raw = capture.rawLines();
        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).length()).isLessThan(40_000);
        JsonNode line = capture.single();
        assertThat(line.at("/order/number").asString()).startsWith("xxxx").endsWith("…[truncated, 1048576 chars]");
        assertThat(line.get("message").asString()).contains("[truncated, ");
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString).contains("order.number: truncated", "message: truncated");
    }

    @Test
    void forgedNewlinesAndControlCharactersStayInsideOneLine() {
        String forged = "ORD-5\n{\"@timestamp\":\"2026-01-01T00:00:00Z\",\"log\":{\"level\":\"INFO\"},\"message\":\"forged\"}\r\u001b[31m\u0000";
        events.orderStatusChanged("C-1", forged, OrderStatus.NEW, OrderStatus.PAID);

        List<String> raw = capture.rawLines();
        assertThat(raw).hasSize(1);
        assertThat(raw.get(0)).doesNotContain("\r").doesNotContain("\u001b").doesNotContain("\u0000");
        assertThat(capture.single().at("/order/number").asString()).isEqualTo(forged);
    }

    @Test
    void changesWithoutNamesOrTwiceTheSameNameAreFlagged() {
        events.log(new OrderUpdated(LogCapture.NOW, "C-1", "ORD-6", Arrays.asList(
                new FieldChange("engraving", "a", "b"), null, new FieldChange(null, "x", "y"),
                new FieldChange("engraving", "c", "d"))));

        JsonNode line = businessLines().get(0);
        assertThat(line.at("/order/changes/engraving/new").asString()).isEqualTo("b");
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString)
                .contains("order.changes: a change without a field name", "order.changes.engraving: changed twice; first kept");
    }

    @Test
    void eventWhoseAccessorThrowsIsWrittenWithThatFieldFlagged() {
        events.log(new ExplodingEvent(LogCapture.NOW));

        JsonNode line = businessLines().get(0);
        assertThat(line.at("/order/number").asString()).isEqualTo("ORD-7");
        assertThat(line.at("/customer/id").isMissingNode()).isTrue();
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString).contains("customer.id: unreadable (IllegalStateException)");
    }

    @Test
    void messageFunctionThatThrowsFallsBackToTheTitle() {
        events.log(new ExplodingEvent(LogCapture.NOW));

        assertThat(businessLines().get(0).get("message").asString()).isEqualTo("Exploding test event");
    }

    @Test
    void debugDetailIsWrittenOnlyWhenDebugIsOnAndNeverCallsToStringOtherwise() {
        CountingValue value = new CountingValue();
        events.debug("calculating", "input", value);
        assertThat(capture.rawLines()).isEmpty();
        assertThat(value.calls).isZero();

        capture.level("com.example.crm.Orders", Level.DEBUG);
        events.debug("calculating", "modelId", "MODEL-1", "grams", 12, "alloy", Map.of("gold", 585));

        JsonNode line = capture.single();
        assertThat(line.at("/log/level").asString()).isEqualTo("DEBUG");
        assertThat(line.get("message").asString()).isEqualTo("calculating");
        assertThat(line.at("/detail/modelId").asString()).isEqualTo("MODEL-1");
        assertThat(line.at("/detail/grams").asInt()).isEqualTo(12);
        assertThat(line.at("/detail/alloy/gold").asInt()).isEqualTo(585);
        assertThat(line.at("/event/category").asString()).isEqualTo("technical");
    }

    @Test
    void debugDetailWhoseGettersAndToStringThrowIsFlaggedNotThrown() {
        capture.level("com.example.crm.Orders", Level.DEBUG);

        assertThatCode(() -> events.debug("state", "broken", new BrokenBean())).doesNotThrowAnyException();

        JsonNode line = capture.single();
        assertThat(line.at("/detail/broken").asString()).startsWith("[unrenderable ").contains("BrokenBean");
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString).contains("detail.broken: not serialisable; written field by field");
    }

    @Test
    void plainArgumentWhoseToStringThrowsStillGivesOneLine() {
        capture.context.getLogger("com.example.Other").info("value is {}", new BrokenBean());

        JsonNode line = capture.single();
        assertThat(line.get("message").asString()).startsWith("value is ");
    }

    @Test
    void durationOfTheWrongKindIsFlagged() {
        events.log(new CostCalculationRequested(LogCapture.NOW, "C-1", "ORD-8", "M-1", null));

        JsonNode line = businessLines().get(0);
        assertThat(line.at("/cost_calculation/model_id").asString()).isEqualTo("M-1");
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString).contains("cost_calculation.duration_ms: missing");
    }

    @Test
    void missingOccurrenceTimeIsFlagged() {
        events.log(new OrderCreated(null, "C-1", "ORD-9", List.of(), Money.rub("1.00")));

        JsonNode line = businessLines().get(0);
        assertThat(line.at("/event/occurred_at").isMissingNode()).isTrue();
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString).contains("event.occurred_at: missing");
    }

    /** A hand-written event type whose customer id accessor and message function throw. */
    record ExplodingEvent(java.time.Instant time) implements BusinessEvent {
        static final EventType<ExplodingEvent> TYPE = EventType.builder(ExplodingEvent.class, "test.exploding", 1)
                .title("Exploding test event")
                .description("Throws from accessors.")
                .message(e -> {
                    throw new IllegalStateException("message");
                })
                .field(EventField.required("customer.id", FieldKind.KEYWORD, "d", e -> {
                    throw new IllegalStateException("accessor");
                }))
                .field(EventField.required("order.number", FieldKind.KEYWORD, "d", e -> "ORD-7"))
                .build();

        @Override
        public EventType<ExplodingEvent> type() {
            return TYPE;
        }
    }

    static final class CountingValue {
        int calls;

        @Override
        public String toString() {
            calls++;
            return "counted";
        }
    }

    /** Getters and toString() both throw. */
    public static final class BrokenBean {
        public String getName() {
            throw new IllegalStateException("getter");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString");
        }
    }
}
