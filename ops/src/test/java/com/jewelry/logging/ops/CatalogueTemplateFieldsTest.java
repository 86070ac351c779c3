package com.jewelry.logging.ops;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;
import com.jewelry.logging.core.LogFields;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's own event, registered in the catalogue, brings its fields into the list the templates must map. */
class CatalogueTemplateFieldsTest {

    /** An eighth event, defined only here. */
    public record RingResized(Instant time, String orderNumber, int toSize) implements BusinessEvent {

        public static final EventType<RingResized> TYPE = EventType
                .builder(RingResized.class, "ring.resized", 1)
                .title("Ring resized")
                .description("The workshop changed the size of an ordered ring.")
                .message(e -> "Ring of " + e.orderNumber() + " resized")
                .field(EventField.required(LogFields.ORDER_NUMBER, FieldKind.KEYWORD, "The order.", RingResized::orderNumber))
                .field(EventField.required("ring.to_size", FieldKind.INTEGER, "The size after.", RingResized::toSize))
                .build();

        @Override
        public EventType<RingResized> type() {
            return TYPE;
        }
    }

    @Test
    void aRegisteredEventsFieldsJoinTheFieldListAndTheUnmappedOnesAreNamed() {
        Set<String> withIt = CatalogueFields.leaves(EventCatalogue.builtIn().with(RingResized.class));
        Set<String> unmapped = new TreeSet<>(withIt);
        unmapped.removeAll(SchemaFieldsTest.mappedLeaves());

        assertThat(withIt).contains("ring.to_size", LogFields.ORDER_NUMBER);
        assertThat(CatalogueFields.leaves(EventCatalogue.builtIn())).doesNotContain("ring.to_size");
        assertThat(unmapped).as("what a service must add to its templates for its own event").containsExactly("ring.to_size");
    }
}
