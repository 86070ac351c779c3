package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Retention as the business wants it: operational 180 days, errors and access 365 days, deleted after;
 * every index rolls over at 1gb (one primary shard) or 1 day.
 */
class RetentionPolicyTest {

    private static JsonNode ism(String stream) {
        return OpsPack.readJson(OpsPack.file("opensearch/ism-policies/jewelry-" + stream + ".json")).path("policy");
    }

    private static JsonNode ilm(String stream) {
        return OpsPack.readJson(OpsPack.file("elasticsearch/ilm-policies/jewelry-" + stream + ".json")).path("policy");
    }

    private static JsonNode state(JsonNode policy, String name) {
        return policy.path("states").values().stream()
                .filter(s -> s.path("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no state " + name));
    }

    private static JsonNode action(JsonNode state, String name) {
        return state.path("actions").values().stream().filter(a -> a.has(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + name)).path(name);
    }

    @Test
    void ismPoliciesRollOverAt1gbOrOneDayAndDeleteAtTheRetentionAge() {
        OpsPack.RETENTION.forEach((stream, age) -> {
            JsonNode policy = ism(stream);
            JsonNode hot = state(policy, policy.path("default_state").asString());

            JsonNode rollover = action(hot, "rollover");
            assertThat(rollover.path("min_primary_shard_size").asString()).as(stream).isEqualTo(OpsPack.ROLLOVER_SIZE);
            assertThat(rollover.path("min_index_age").asString()).as(stream).isEqualTo(OpsPack.ROLLOVER_AGE);

            JsonNode transition = hot.path("transitions").get(0);
            // counted from rollover, so the newest line of an index is kept the full retention age
            assertThat(transition.path("conditions").path("min_rollover_age").asString()).as(stream).isEqualTo(age);
            JsonNode delete = state(policy, transition.path("state").asString());
            assertThat(delete.path("actions").values()).as(stream).anyMatch(a -> a.has("delete"));
            assertThat(delete.path("transitions").size()).isZero();
        });
    }

    @Test
    void everyFamilyIsManagedByExactlyTheIsmPolicyOfItsStream() {
        for (OpsPack.Family family : OpsPack.families()) {
            List<String> managing = OpsPack.RETENTION.keySet().stream()
                    .filter(stream -> ism(stream).path("ism_template").values().stream()
                            .flatMap(t -> t.path("index_patterns").values().stream())
                            .anyMatch(p -> Glob.matches(p.asString(), family.firstIndex())))
                    .toList();
            assertThat(managing).as(family.firstIndex()).containsExactly(family.stream());
            assertThat(ism(family.stream()).path("ism_template").values())
                    .allSatisfy(t -> assertThat(Glob.matches(t.path("index_patterns").get(0).asString(), family.alias()))
                            .as("the write alias itself is not an index to manage").isFalse());
        }
    }

    @Test
    void ilmPoliciesRollOverAt1gbOrOneDayAndDeleteAtTheRetentionAge() {
        OpsPack.RETENTION.forEach((stream, age) -> {
            JsonNode phases = ilm(stream).path("phases");
            JsonNode rollover = phases.path("hot").path("actions").path("rollover");
            assertThat(rollover.path("max_primary_shard_size").asString()).as(stream).isEqualTo(OpsPack.ROLLOVER_SIZE);
            assertThat(rollover.path("max_age").asString()).as(stream).isEqualTo(OpsPack.ROLLOVER_AGE);
            assertThat(phases.path("delete").path("min_age").asString()).as(stream).isEqualTo(age);
            assertThat(phases.path("delete").path("actions").has("delete")).isTrue();
            assertThat(phases.propertyNames()).containsExactlyInAnyOrder("hot", "delete");
        });
    }

    @Test
    void everyElasticsearchTemplateNamesThePolicyOfItsStream() {
        for (OpsPack.Family family : OpsPack.families()) {
            JsonNode template = OpsPack.readJson(OpsPack.file("elasticsearch/index-templates/" + family.alias() + ".json"));
            String policy = template.path("template").path("settings").path("index.lifecycle.name").asString();
            assertThat(policy).isEqualTo("jewelry-" + family.stream());
            assertThat(OpsPack.file("elasticsearch/ilm-policies/" + policy + ".json")).exists();
            assertThat(template.path("_meta").path("retention").asString()).isEqualTo(family.retention());
        }
    }
}
