package com.jewelry.logging.test;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.test.internal.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CaptureLogs(system = SystemName.MES, serviceName = "mes-costing")
class SchemaAssertionsTest {

    private final EventLogger events = TestData.events(SchemaAssertionsTest.class);

    @Test
    void linesOfEveryEventMatchTheirSchemas(CapturedLogs logs) {
        for (BusinessEvent event : SampleEvents.oneOfEach()) {
            events.log(event);
        }
        LoggerFactory.getLogger(SchemaAssertionsTest.class).error("casting failed", new IllegalStateException("crucible"));

        assertThat(logs).hasLineCount(SampleEvents.oneOfEach().size() + 1).allLinesMatchSchemas();
    }

    @Test
    void aLineWithoutARequiredFieldFailsWithTheReason(CapturedLogs logs) {
        events.orderStatusChanged(null, "ORD-1", OrderStatus.NEW, OrderStatus.PAID);

        assertThatThrownBy(() -> assertThat(logs).allLinesMatchSchemas())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected every captured line to match the published schemas")
                .hasMessageContaining("(order.status_changed) breaks order.status_changed.v1.schema.json")
                .hasMessageContaining("customer");
    }

    @Test
    void aLineOfAnUnknownSystemBreaksTheEnvelope() {
        ObjectNode line = validLookingLine();
        line.put("system", "ATLANTIS");

        assertThatThrownBy(() -> assertThat(CapturedLogs.ofLines(List.of(line.toString()))).allLinesMatchSchemas())
                .hasMessageContaining("breaks envelope.schema.json")
                .hasMessageContaining("/system: does not have a value in the enumeration");
    }

    @Test
    void aLineThatIsNotJsonFailsWithoutShowingIt() {
        CapturedLogs logs = CapturedLogs.ofLines(List.of("plain text from " + TestData.email()));

        assertThatThrownBy(() -> assertThat(logs).allLinesMatchSchemas())
                .hasMessageContaining("line 0 is not JSON")
                .hasMessageNotContaining(TestData.email());
    }

    @Test
    void aLibraryEventWithoutAPublishedVersionFails() {
        ObjectNode line = validLookingLine();
        line.withObject("event").put("action", "order.created").put("version", 99);

        assertThatThrownBy(() -> assertThat(CapturedLogs.ofLines(List.of(line.toString()))).allLinesMatchSchemas())
                .hasMessageContaining("no schema is published for order.created v99");
    }

    @Test
    void everyEventTypeHasItsSchemaUnderTheKitsNamingRule() {
        for (var type : EventCatalogue.builtIn().types()) {
            assertThat(getClass().getClassLoader().getResource(SchemaCheck.SCHEMA_DIRECTORY + SchemaCheck.schemaFileName(type)))
                    .as(type.name()).isNotNull();
        }
    }

    private static ObjectNode validLookingLine() {
        ObjectNode line = JsonMapper.builder().build().createObjectNode();
        line.put("@timestamp", "2026-11-25T10:15:30.123Z");
        line.putObject("log").put("level", "INFO").put("logger", "x");
        line.putObject("process").putObject("thread").put("name", "main");
        line.put("message", "m");
        line.put("system", "MES");
        line.putObject("service").put("name", "s").put("environment", "test");
        line.putObject("event").put("category", "technical").put("dataset", "mes.operational");
        return line;
    }
}
