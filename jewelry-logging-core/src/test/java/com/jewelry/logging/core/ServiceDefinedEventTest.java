package com.jewelry.logging.core;

import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.internal.schema.EventSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service's own event is one record with its TYPE: the catalogue, the schema and the lines follow from it. */
class ServiceDefinedEventTest {

    /** An event no main code knows about. */
    public record RingResized(Instant time, String orderNumber, int fromSize, int toSize) implements BusinessEvent {

        public static final EventType<RingResized> TYPE = EventType
                .builder(RingResized.class, "ring.resized", 1)
                .title("Ring resized")
                .description("A workshop changed the size of an ordered ring.")
                .message(e -> "Ring of " + e.orderNumber() + " resized")
                .field(EventField.required(LogFields.ORDER_NUMBER, FieldKind.KEYWORD, "The order.", RingResized::orderNumber))
                .field(EventField.required("ring.from_size", FieldKind.INTEGER, "Size before.", RingResized::fromSize))
                .field(EventField.required("ring.to_size", FieldKind.INTEGER, "Size after.", RingResized::toSize))
                .build();

        @Override
        public EventType<RingResized> type() {
            return TYPE;
        }
    }

    /** A record whose TYPE was copied from another event. */
    public record Copied(Instant time) implements BusinessEvent {
        public static final EventType<OrderCreated> TYPE = OrderCreated.TYPE;

        @Override
        public EventType<?> type() {
            return TYPE;
        }
    }

    /** A record without TYPE. */
    public record Untyped(Instant time) implements BusinessEvent {
        @Override
        public EventType<?> type() {
            return null;
        }
    }

    @Test
    void theTypeOfARecordIsReadFromItsStaticTypeField() {
        assertThat(EventType.of(RingResized.class)).isSameAs(RingResized.TYPE);
        assertThat(EventType.of(OrderCreated.class)).isSameAs(OrderCreated.TYPE);
    }

    @Test
    void aRecordWithoutTypeOrWithAnotherRecordsTypeIsRefusedNamingTheClass() {
        assertThatThrownBy(() -> EventType.of(Untyped.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Untyped").hasMessageContaining("TYPE");
        assertThatThrownBy(() -> EventType.of(Copied.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Copied").hasMessageContaining("EventType.builder(Copied.class");
    }

    @Test
    void theCatalogueWithTheServicesEventHasItsNameAndFieldsAfterTheBuiltInOnes() {
        EventCatalogue catalogue = EventCatalogue.builtIn().with(RingResized.class);

        assertThat(catalogue.names()).startsWith(EventCatalogue.builtIn().names().toArray(String[]::new)).endsWith("ring.resized");
        assertThat(catalogue.find("ring.resized")).containsSame(RingResized.TYPE);
        assertThat(catalogue.fieldKinds()).containsEntry("ring.to_size", FieldKind.INTEGER)
                .containsEntry("order.items.unit_price", FieldKind.MONEY);
        assertThat(EventCatalogue.builtIn().contains("ring.resized")).as("the built-in catalogue is not changed").isFalse();
    }

    @Test
    void twoEventsOfTheSameNameAreRefused() {
        EventType<RingResized> clash = EventType.builder(RingResized.class, "order.created", 1).title("t")
                .description("d").message(e -> "m").build();

        assertThatThrownBy(() -> EventCatalogue.builtIn().with(java.util.List.of(clash)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order.created");
    }

    @Test
    void theServicesEventGetsASchemaThatItsLinesSatisfy() {
        ObjectNode schema = EventSchemas.forType(EventType.of(RingResized.class));

        assertThat(schema.at("/properties/event/properties/action/const").asString()).isEqualTo("ring.resized");
        assertThat(schema.at("/properties/ring/properties/to_size/type").asString()).isEqualTo("integer");
        try (LogCapture capture = new LogCapture("MES")) {
            capture.events("com.example.Workshop").log(new RingResized(LogCapture.NOW, "ORD-5", 16, 17));
            JsonNode line = capture.single();
            assertThat(line.at("/event/action").asString()).isEqualTo("ring.resized");
            assertThat(line.at("/ring/to_size").asInt()).isEqualTo(17);
            assertThat(line.get("message").asString()).isEqualTo("Ring of ORD-5 resized");
        }
    }

    @Test
    void anomalyDetectedIsAnEventOfTheBuiltInCatalogueWithItsSchema() {
        assertThat(EventCatalogue.builtIn().find("anomaly.detected")).isPresent();
        assertThat(getClass().getClassLoader().getResource(
                EventCatalogue.builtIn().find("anomaly.detected").orElseThrow().schemaResource())).isNotNull();
    }
}
