package com.jewelry.logging.test.catalogue;

import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.analysis.report.Figures;
import com.jewelry.logging.analysis.report.LogFileFigures;
import com.jewelry.logging.analysis.report.ReportWriter;
import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.internal.schema.EventSchemas;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import com.jewelry.logging.spring.autoconfigure.EventAnnotationAutoConfiguration;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingAutoConfiguration;
import com.jewelry.logging.test.CaptureLogs;
import com.jewelry.logging.test.CapturedLogs;
import com.jewelry.logging.test.JewelryLogAssertions;
import com.jewelry.logging.test.LogLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An eighth event is one record with its TYPE, written here in test code: without a line of main code it gets its
 * schema, its {@code @LogEvent} binding in a real Spring context, the kit's assertions, and its report figures.
 * (The index templates' field list for it is checked in the ops module's CatalogueTemplateFieldsTest.)
 */
@CaptureLogs(system = SystemName.MES, serviceName = "workshop")
class AnEventDefinedInTestCodeTest {

    /** The workshop changed the size of an ordered ring. */
    public record RingResized(Instant time, String customerId, String orderNumber, int fromSize, int toSize)
            implements BusinessEvent {

        public static final EventType<RingResized> TYPE = EventType
                .builder(RingResized.class, "ring.resized", 1)
                .title("Ring resized")
                .description("The workshop changed the size of an ordered ring.")
                .message(e -> "Ring of " + e.orderNumber() + " resized to " + e.toSize())
                .field(EventField.required(LogFields.CUSTOMER_ID, FieldKind.KEYWORD, "The customer.", RingResized::customerId))
                .field(EventField.required(LogFields.ORDER_NUMBER, FieldKind.KEYWORD, "The order.", RingResized::orderNumber))
                .field(EventField.required("ring.from_size", FieldKind.INTEGER, "The size before.", RingResized::fromSize))
                .field(EventField.required("ring.to_size", FieldKind.INTEGER, "The size after.", RingResized::toSize))
                .build();

        @Override
        public EventType<RingResized> type() {
            return TYPE;
        }
    }

    /** What the workshop's method returns. */
    public record Resizing(int from, int to) {
    }

    public static class Workshop {
        @LogEvent(type = RingResized.class, fields = {
                @Bind(name = "customerId", value = "#customerId"),
                @Bind(name = "orderNumber", value = "#orderNumber"),
                @Bind(name = "fromSize", value = "#result.from"),
                @Bind(name = "toSize", value = "#result.to")})
        public Resizing resize(String customerId, String orderNumber, int toSize) {
            return new Resizing(16, toSize);
        }
    }

    public static class MistypedWorkshop {
        @LogEvent(type = RingResized.class, fields = {
                @Bind(name = "orderNumber", value = "#orderNumber"),
                @Bind(name = "size", value = "#size")})
        public void resize(String orderNumber, int size) {
        }
    }

    private static final EventCatalogue CATALOGUE = EventCatalogue.builtIn().with(RingResized.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JewelryLoggingAutoConfiguration.class,
                    EventAnnotationAutoConfiguration.class));

    @Test
    void theSchemaIsGeneratedFromTheRecordsType() {
        ObjectNode schema = EventSchemas.forType(EventType.of(RingResized.class));

        assertThat(schema.at("/properties/event/properties/action/const").asString()).isEqualTo("ring.resized");
        assertThat(schema.at("/properties/ring/properties/to_size/type").asString()).isEqualTo("integer");
        assertThat(schema.at("/properties/ring/required")).extracting(n -> n.asString()).contains("from_size", "to_size");
    }

    @Test
    void logEventBindsItsFieldsByNameAndTheKitReadsItBack(CapturedLogs logs) {
        runner.withBean(Workshop.class).run(context -> context.getBean(Workshop.class).resize("C-7", "ORD-2026-000777", 17));

        JewelryLogAssertions.assertThat(logs).hasEvent(RingResized.class).withOrderNumber("ORD-2026-000777").withCustomerId("C-7")
                .withField("ring.from_size", 16).withField("ring.to_size", 17).withSystem(SystemName.MES).once();
        JewelryLogAssertions.assertThat(logs).hasNoInvalidEvents().allLinesMatchSchemas(CATALOGUE);
        RingResized event = logs.singleEvent(RingResized.class);
        assertThat(event.orderNumber()).isEqualTo("ORD-2026-000777");
        assertThat(event.fromSize()).isEqualTo(16);
        assertThat(event.toSize()).isEqualTo(17);
    }

    @Test
    void aLineThatBreaksTheGeneratedSchemaIsReported() {
        CapturedLogs broken = CapturedLogs.ofLines(List.of("{\"@timestamp\":\"2026-11-25T09:00:00.125Z\","
                + "\"log\":{\"level\":\"INFO\",\"logger\":\"w\"},\"process\":{\"thread\":{\"name\":\"main\"}},"
                + "\"message\":\"m\",\"system\":\"MES\",\"service\":{\"name\":\"w\",\"environment\":\"test\"},"
                + "\"customer\":{\"id\":\"C-7\"},\"order\":{\"number\":\"ORD-1\"},\"ring\":{\"from_size\":16,\"to_size\":\"big\"},"
                + "\"event\":{\"action\":\"ring.resized\",\"version\":1,\"category\":\"business\",\"dataset\":\"mes.operational\","
                + "\"outcome\":\"success\",\"occurred_at\":\"2026-11-25T09:00:00.125Z\"}}"));

        assertThatThrownBy(() -> JewelryLogAssertions.assertThat(broken).allLinesMatchSchemas(CATALOGUE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ring.resized").hasMessageContaining("to_size");
        JewelryLogAssertions.assertThat(broken).allLinesMatchSchemas(); // without the catalogue: an unknown event, envelope only
    }

    @Test
    void aBindingNameTheRecordDoesNotHaveStopsTheStartListingItsFields() {
        runner.withBean(MistypedWorkshop.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("MistypedWorkshop.resize")
                    .hasMessageContaining("'size'")
                    .hasMessageContaining("is not a field of ring.resized")
                    .hasMessageContaining("[customerId, orderNumber, fromSize, toSize]");
        });
    }

    @Test
    void theReportCountsItPerSystem(CapturedLogs logs, @TempDir Path dir) throws Exception {
        runner.withBean(Workshop.class).run(context -> {
            context.getBean(Workshop.class).resize("C-7", "ORD-1", 17);
            context.getBean(Workshop.class).resize("C-8", "ORD-2", 18);
        });
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder file = new StringBuilder();
        for (LogLine line : logs.lines()) {
            file.append(json.writeValueAsString(line.asMap())).append('\n');
        }
        Files.writeString(dir.resolve("jewelry-mes.json"), file);

        Figures figures = new LogFileFigures(DetectorSettings.perMinute(), CATALOGUE).read(dir, null, null);

        assertThat(figures.events()).containsEntry("ring.resized", new java.util.TreeMap<>(Map.of("MES", 2L)));
        assertThat(ReportWriter.markdown(figures)).contains("ring.resized");
        assertThat(new LogFileFigures(DetectorSettings.perMinute()).read(dir, null, null).events())
                .as("the built-in catalogue does not know it").doesNotContainKey("ring.resized");
    }
}
