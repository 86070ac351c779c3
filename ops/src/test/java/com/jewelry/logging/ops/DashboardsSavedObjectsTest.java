package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The OpenSearch Dashboards saved objects: index patterns, visualizations, search and dashboard. */
class DashboardsSavedObjectsTest {

    private static final Set<String> AGGREGATABLE = Set.of("keyword", "long", "integer", "scaled_float", "date", "date_nanos");

    private static List<JsonNode> objects() {
        return OpsPack.lines(OpsPack.file("opensearch/dashboards/jewelry-saved-objects.ndjson")).stream()
                .map(OpsPack.JSON::readTree).toList();
    }

    private static Map<String, String> mappedTypes() {
        Map<String, String> types = new HashMap<>();
        ExpectedFields.load().forEach(f -> types.put(f.path(), f.opensearchType()));
        return types;
    }

    @Test
    void indexPatternsCoverTheThreeStreamsOfAllSystems() {
        List<String> titles = objects().stream().filter(o -> o.path("type").asString().equals("index-pattern"))
                .map(o -> o.path("attributes").path("title").asString()).toList();
        assertThat(titles).containsExactlyInAnyOrder("jewelry-*-operational", "jewelry-*-error", "jewelry-*-access");
        for (OpsPack.Family family : OpsPack.families()) {
            assertThat(titles).anyMatch(t -> Glob.matches(t, family.alias()));
        }
        assertThat(objects()).filteredOn(o -> o.path("type").asString().equals("index-pattern"))
                .allSatisfy(o -> assertThat(o.path("attributes").path("timeFieldName").asString()).isEqualTo("@timestamp"));
    }

    @Test
    void everyReferenceResolvesToAnObjectOfTheFile() {
        Map<String, String> typeById = new HashMap<>();
        objects().forEach(o -> typeById.put(o.path("id").asString(), o.path("type").asString()));
        assertThat(typeById).hasSize(objects().size());
        for (JsonNode object : objects()) {
            for (JsonNode reference : object.path("references")) {
                assertThat(typeById).as("reference of %s", object.path("id"))
                        .containsEntry(reference.path("id").asString(), reference.path("type").asString());
            }
        }
    }

    @Test
    void embeddedJsonParsesAndPointsAtItsReferences() {
        for (JsonNode object : objects()) {
            JsonNode attributes = object.path("attributes");
            List<String> refNames = object.path("references").values().stream().map(r -> r.path("name").asString()).toList();
            String source = attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON").asString();
            if (!source.isEmpty()) {
                JsonNode search = OpsPack.JSON.readTree(source);
                if (search.has("indexRefName")) {
                    assertThat(refNames).contains(search.path("indexRefName").asString());
                }
            }
            if (attributes.has("visState")) {
                assertThat(OpsPack.JSON.readTree(attributes.path("visState").asString()).path("aggs").isArray()).isTrue();
            }
            if (attributes.has("panelsJSON")) {
                for (JsonNode panel : OpsPack.JSON.readTree(attributes.path("panelsJSON").asString())) {
                    assertThat(refNames).contains(panel.path("panelRefName").asString());
                }
            }
        }
    }

    @Test
    void visualizationsAggregateOnlyOnMappedAggregatableFields() {
        Map<String, String> types = mappedTypes();
        List<String> fields = new ArrayList<>();
        for (JsonNode object : objects()) {
            if (!object.path("type").asString().equals("visualization")) {
                continue;
            }
            for (JsonNode agg : OpsPack.JSON.readTree(object.path("attributes").path("visState").asString()).path("aggs")) {
                if (agg.path("params").has("field")) {
                    fields.add(agg.path("params").path("field").asString());
                }
            }
        }
        assertThat(fields).contains("order.status", "cost_calculation.duration_ms", "partner.id", "notification.type")
                .allSatisfy(f -> assertThat(types.get(f)).as(f).isIn(AGGREGATABLE));
    }

    @Test
    void theDashboardTiesTheVisualizationsTogether() {
        JsonNode dashboard = objects().stream().filter(o -> o.path("type").asString().equals("dashboard")).findFirst().orElseThrow();
        List<String> shown = dashboard.path("references").values().stream().map(r -> r.path("id").asString()).toList();
        assertThat(shown).contains("jewelry-orders-per-status", "jewelry-cost-calculation-times",
                "jewelry-partner-api-receipts", "jewelry-notifications-per-type");
    }
}
