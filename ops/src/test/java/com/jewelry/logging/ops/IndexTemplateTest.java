package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/** The OpenSearch and Elasticsearch index templates against the line contract. */
class IndexTemplateTest {

    private static JsonNode mappings(String product) {
        return OpsPack.readJson(OpsPack.file(product + "/component-templates/jewelry-logs-mappings.json"))
                .path("template").path("mappings");
    }

    private static List<JsonNode> indexTemplates(String product) {
        return OpsPack.filesUnder(product + "/index-templates", ".json").stream().map(OpsPack::readJson).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensearch", "elasticsearch"})
    void mapsEveryContractFieldWithItsType(String product) {
        JsonNode mappings = mappings(product);
        SoftAssertions softly = new SoftAssertions();
        for (ExpectedFields expected : ExpectedFields.load()) {
            JsonNode field = Mappings.field(mappings, expected.path());
            softly.assertThat(field.isMissingNode()).as("%s is mapped", expected).isFalse();
            softly.assertThat(Mappings.type(field)).as("type of %s", expected).isEqualTo(expected.type(product));
            for (Map.Entry<String, String> option : expected.options().entrySet()) {
                softly.assertThat(field.path(option.getKey()).asString())
                        .as("%s of %s", option.getKey(), expected).isEqualTo(option.getValue());
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensearch", "elasticsearch"})
    void mapsNoFieldOutsideTheContract(String product) {
        Set<String> expected = new HashSet<>();
        ExpectedFields.load().forEach(f -> expected.add(f.path()));

        List<String> unexpected = new ArrayList<>(Mappings.leaves(mappings(product)));
        unexpected.removeAll(expected);

        // a keyword sub-field for sorting/aggregating a text field is allowed
        assertThat(unexpected).as("mapped but not in expected-fields.tsv").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensearch", "elasticsearch"})
    void indexesUnknownFieldsNeverAndLabelsAsKeywords(String product) {
        JsonNode mappings = mappings(product);

        assertThat(mappings.path("dynamic").asString()).isEqualTo("false");
        assertThat(mappings.path("date_detection").asBoolean(true)).isFalse();
        JsonNode labels = mappings.path("dynamic_templates").get(0).path("labels_as_keyword");
        assertThat(labels.path("path_match").asString()).isEqualTo("labels.*");
        assertThat(labels.path("mapping").path("type").asString()).isEqualTo("keyword");
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensearch", "elasticsearch"})
    void everyFamilyHasExactlyOneTemplateNamedAfterItsWriteAlias(String product) {
        for (OpsPack.Family family : OpsPack.families()) {
            Path file = OpsPack.file(product + "/index-templates/" + family.alias() + ".json");
            assertThat(file).exists();
            JsonNode template = OpsPack.readJson(file);

            assertThat(matching(indexTemplates(product), family.firstIndex()))
                    .as("templates matching %s", family.firstIndex()).hasSize(1);
            assertThat(patterns(template)).containsExactly(family.alias() + "-*");
            assertThat(template.path("composed_of").values()).extracting(JsonNode::asString)
                    .containsExactly("jewelry-logs-settings", "jewelry-logs-mappings");
            assertThat(template.path("_meta").path("event_dataset").asString()).isEqualTo(family.dataset());
            String aliasSetting = product.equals("opensearch")
                    ? "plugins.index_state_management.rollover_alias"
                    : "index.lifecycle.rollover_alias";
            assertThat(template.path("template").path("settings").path(aliasSetting).asString())
                    .isEqualTo(family.alias());
        }
        assertThat(indexTemplates(product)).hasSize(OpsPack.families().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensearch", "elasticsearch"})
    void templatesOfTheSamePriorityNeverOverlap(String product) {
        List<JsonNode> templates = indexTemplates(product);
        for (int i = 0; i < templates.size(); i++) {
            for (int j = i + 1; j < templates.size(); j++) {
                JsonNode a = templates.get(i);
                JsonNode b = templates.get(j);
                if (a.path("priority").asInt() != b.path("priority").asInt()) {
                    continue;
                }
                for (String pa : patterns(a)) {
                    for (String pb : patterns(b)) {
                        assertThat(Glob.overlap(pa, pb)).as("%s overlaps %s", pa, pb).isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensearch", "elasticsearch"})
    void oneShardSoTheRolloverSizeIsTheIndexSizeCap(String product) {
        JsonNode settings = OpsPack.readJson(OpsPack.file(product + "/component-templates/jewelry-logs-settings.json"))
                .path("template").path("settings").path("index");
        assertThat(settings.path("number_of_shards").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensearch", "elasticsearch"})
    void indexTemplatesComposeOnlyComponentTemplatesOfThePack(String product) {
        Set<String> components = new HashSet<>();
        try (Stream<Path> files = Files.list(OpsPack.file(product + "/component-templates"))) {
            files.forEach(f -> components.add(f.getFileName().toString().replace(".json", "")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (JsonNode template : indexTemplates(product)) {
            for (JsonNode name : template.path("composed_of")) {
                assertThat(components).contains(name.asString());
            }
        }
    }

    static List<String> patterns(JsonNode template) {
        return template.path("index_patterns").values().stream().map(JsonNode::asString).toList();
    }

    static List<JsonNode> matching(List<JsonNode> templates, String index) {
        return templates.stream().filter(t -> patterns(t).stream().anyMatch(p -> Glob.matches(p, index))).toList();
    }
}
