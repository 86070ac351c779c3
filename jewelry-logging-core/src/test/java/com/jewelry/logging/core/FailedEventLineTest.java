package com.jewelry.logging.core;

import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed step gives one line: the failure, the fields it had, no "null" in the message, no diagnostics. */
class FailedEventLineTest {

    private final LogCapture capture = new LogCapture("SHOP");
    private final EventLogger events = capture.events("com.example.Shop");

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void aFailureWithoutTheResultsFieldsIsOneErrorLineWhoseMessageIsTheTitle() {
        events.logFailure(new OrderCreated(LogCapture.NOW, "C-1", null, null, null), new IllegalStateException("out of gold"));

        JsonNode line = capture.single();
        assertThat(line.at("/log/level").asString()).isEqualTo("ERROR");
        assertThat(line.at("/event/outcome").asString()).isEqualTo("failure");
        assertThat(line.get("message").asString()).isEqualTo("Order created (failed)").doesNotContain("null");
        assertThat(line.at("/customer/id").asString()).isEqualTo("C-1");
        assertThat(line.at("/error/type").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(events.problemCounts()).isEmpty();
        assertThat(line.at("/order").isMissingNode()).as("no empty order object").isTrue();
        assertThat(line.at("/event/invalid")).extracting(JsonNode::asString)
                .contains("order.number: missing", "order.items: missing", "order.total: missing");
    }

    @Test
    void aCompleteFailedEventKeepsItsOwnMessage() {
        events.logFailure(new OrderStatusChanged(LogCapture.NOW, "C-1", "ORD-1", OrderStatus.PAID, OrderStatus.NEW), null);

        assertThat(capture.single().get("message").asString()).contains("ORD-1").endsWith("(failed)");
    }

    @Test
    void aFailureCanBeWrittenAtWarn() {
        events.logFailure(new OrderStatusChanged(LogCapture.NOW, "C-1", "ORD-1", OrderStatus.PAID, OrderStatus.NEW),
                Level.WARN, null);

        JsonNode line = capture.single();
        assertThat(line.at("/log/level").asString()).isEqualTo("WARN");
        assertThat(line.at("/event/outcome").asString()).isEqualTo("failure");
    }

    @Test
    void aSuccessWithAMissingFieldIsWrittenWithTheTitleNotANullInTheMessage() {
        events.log(new OrderCreated(LogCapture.NOW, "C-1", null, java.util.List.of(), null));

        JsonNode business = capture.lines().stream().filter(l -> "business".equals(l.at("/event/category").asString()))
                .findFirst().orElseThrow();
        assertThat(business.get("message").asString()).isEqualTo("Order created");
    }
}
