package com.jewelry.logging.test;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.FieldChange;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CaptureLogs(system = SystemName.CRM, serviceName = "crm-orders")
class PersonalDataAssertionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventLogger events = TestData.events(PersonalDataAssertionsTest.class);

    @Test
    void linesTheEncoderMaskedContainNoPersonalData(CapturedLogs logs) {
        events.orderUpdated("C-1", "ORD-1", List.of(
                new FieldChange("contactEmail", null, TestData.email()),
                new FieldChange("note", "call " + TestData.phone(), "card " + TestData.card())));
        LoggerFactory.getLogger(PersonalDataAssertionsTest.class)
                .warn("customer wrote from {} about card {}", TestData.email(), TestData.card());

        assertThat(logs).containsNoPersonalData()
                .doesNotContainAnyOf(TestData.email(), TestData.phone(), TestData.card());
    }

    @Test
    void containsNoPersonalDataFailsWithThePathAndKindButNeverTheValue() {
        ObjectNode line = JSON.createObjectNode();
        line.put("message", "ok");
        ObjectNode changes = line.putObject("order").putObject("changes");
        changes.putObject("note").put("new", "write to " + TestData.email());
        line.putObject("detail").put("payment", "card " + TestData.card()); // a bare number needs its word (issue 15)
        CapturedLogs logs = CapturedLogs.ofLines(List.of(line.toString()));

        assertThatThrownBy(() -> assertThat(logs).containsNoPersonalData())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the detectors found 2")
                .hasMessageContaining("line 0 (? ?) at order.changes.note.new: email")
                .hasMessageContaining("line 0 (? ?) at detail.payment: card")
                .hasMessageNotContaining(TestData.email())
                .hasMessageNotContaining(TestData.card())
                .hasMessageNotContaining("example.org");
    }

    @Test
    void containsNoPersonalDataLooksAtPropertyNamesToo() {
        ObjectNode line = JSON.createObjectNode();
        line.putObject("labels").put(TestData.email(), "x");
        CapturedLogs logs = CapturedLogs.ofLines(List.of(line.toString()));

        assertThatThrownBy(() -> assertThat(logs).containsNoPersonalData())
                .hasMessageContaining("in the name of labels.a***@example.org: email")
                .hasMessageNotContaining("anna");
    }

    @Test
    void doesNotContainAnyOfFailsWithTheValuesIndexAndPathButNeverTheValue(CapturedLogs logs) {
        // no detector knows a surname; only the test knows it is personal
        LoggerFactory.getLogger(PersonalDataAssertionsTest.class).warn("order picked up by {}", TestData.surname());

        assertThatThrownBy(() -> assertThat(logs).doesNotContainAnyOf(TestData.email(), TestData.surname()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected none of the 2 given value(s) in the captured lines, but found 1 occurrence(s)")
                .hasMessageContaining("value #1 line 0 (WARN com.jewelry.logging.test.PersonalDataAssertionsTest) at message")
                .hasMessageNotContaining(TestData.surname());
    }

    @Test
    void doesNotContainAnyOfNamesAPropertyNamedAfterTheValueByTheValuesIndex() {
        ObjectNode line = JSON.createObjectNode();
        line.putObject("labels").put(TestData.surname(), "x");
        CapturedLogs logs = CapturedLogs.ofLines(List.of(line.toString()));

        assertThatThrownBy(() -> assertThat(logs).doesNotContainAnyOf(TestData.surname()))
                .hasMessageContaining("value #0 line 0 (? ?) in the name of labels.[value #0]")
                .hasMessageNotContaining(TestData.surname());
    }

    @Test
    void doesNotContainAnyOfIgnoresLetterCase(CapturedLogs logs) {
        LoggerFactory.getLogger(PersonalDataAssertionsTest.class).warn("picked up by {}", TestData.surname().toUpperCase());

        assertThatThrownBy(() -> assertThat(logs).doesNotContainAnyOf(TestData.surname()))
                .hasMessageContaining("value #0");
    }

    @Test
    void doesNotContainAnyOfRefusesAnEmptyValue(CapturedLogs logs) {
        assertThatThrownBy(() -> assertThat(logs).doesNotContainAnyOf("x", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value #1 is empty");
    }
}
