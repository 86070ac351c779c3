package com.jewelry.logging.ops;

import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.EventType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fact, one place: the field list the index templates are checked against (expected-fields.tsv) must be
 * exactly the leaf fields of the envelope and of every event of the core's catalogue (anomaly.detected included).
 */
class SchemaFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyFieldTheLibraryWritesIsMappedAndEveryMappedFieldIsWritten() {
        Set<String> written = CatalogueFields.leaves(EventCatalogue.builtIn());
        Set<String> mappedLeaves = mappedLeaves();

        assertThat(written).contains("anomaly.kind", "anomaly.rate_per_minute", "order.items.unit_price.amount");
        assertThat(mappedLeaves).as("fields written by the library but missing from the templates")
                .containsAll(written);
        assertThat(written).as("fields mapped by the templates but never written by the library")
                .containsAll(mappedLeaves);
    }

    @Test
    void theFieldListIsTheOneOfTheSchemasTheCoreJarShips() throws Exception {
        for (EventType<?> type : EventCatalogue.builtIn().types()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
                assertThat(in).as(type.schemaResource()).isNotNull();
                JsonNode shipped = JSON.readTree(in);
                assertThat(shipped.at("/properties/event/properties/action/const").asString()).isEqualTo(type.name());
            }
        }
    }

    static Set<String> mappedLeaves() {
        Set<String> mappedLeaves = new TreeSet<>();
        for (ExpectedFields field : ExpectedFields.load()) {
            if (!field.opensearchType().equals("object") || field.options().containsKey("dynamic")) {
                mappedLeaves.add(field.path());
            }
        }
        return mappedLeaves;
    }
}
