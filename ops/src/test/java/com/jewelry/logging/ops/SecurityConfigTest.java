package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The OpenSearch security roles give each group what the log security policy allows, no more. */
class SecurityConfigTest {

    private static final JsonNode ROLES = OpsPack.readYaml(OpsPack.file("opensearch/security/roles.yml"));
    private static final JsonNode MAPPING = OpsPack.readYaml(OpsPack.file("opensearch/security/roles_mapping.yml"));
    private static final JsonNode AUDIT = OpsPack.readYaml(OpsPack.file("opensearch/security/audit.yml"));

    private static List<String> patterns(String role) {
        List<String> patterns = new ArrayList<>();
        for (JsonNode permission : ROLES.path(role).path("index_permissions")) {
            permission.path("index_patterns").forEach(p -> patterns.add(p.asString()));
        }
        return patterns;
    }

    private static boolean canRead(String role, String index) {
        return patterns(role).stream().anyMatch(p -> Glob.matches(p, index));
    }

    @Test
    void developersReadOperationalAndErrorLinesButNoAccessLines() {
        for (OpsPack.Family family : OpsPack.families()) {
            boolean access = family.stream().equals("access");
            assertThat(canRead("jewelry_developer", family.alias())).as(family.alias()).isEqualTo(!access);
            assertThat(canRead("jewelry_developer", family.firstIndex())).as(family.firstIndex()).isEqualTo(!access);
        }
    }

    @Test
    void operatorsReadEverythingAndWriteNothing() {
        for (OpsPack.Family family : OpsPack.families()) {
            assertThat(canRead("jewelry_operator", family.firstIndex())).isTrue();
        }
        assertThat(ROLES.path("jewelry_operator").path("index_permissions").get(0).path("allowed_actions").values())
                .extracting(JsonNode::asString).containsExactlyInAnyOrder("read", "indices_monitor");
    }

    @Test
    void managersSeeOnlyBusinessEventsAndBusinessFieldsThroughReadOnlyDashboards() {
        JsonNode manager = ROLES.path("jewelry_manager");
        for (OpsPack.Family family : OpsPack.families()) {
            assertThat(canRead("jewelry_manager", family.firstIndex())).isEqualTo(family.stream().equals("operational"));
        }
        JsonNode permission = manager.path("index_permissions").get(0);
        assertThat(OpsPack.JSON.readTree(permission.path("dls").asString()).path("term").path("event.category").asString())
                .isEqualTo("business");
        List<String> fls = permission.path("fls").values().stream().map(JsonNode::asString).toList();
        assertThat(fls).contains("order.status", "event.action")
                .doesNotContain("message", "error.stack_trace", "client.address", "order.changes", "detail", "labels");
        assertThat(permission.path("masked_fields").values()).extracting(JsonNode::asString).contains("customer.id");
        assertThat(manager.path("tenant_permissions").get(0).path("allowed_actions").get(0).asString())
                .isEqualTo("kibana_all_read");
    }

    @Test
    void everyRoleIsMappedAndTheFilesCarryTheirType() {
        assertThat(ROLES.path("_meta").path("type").asString()).isEqualTo("roles");
        assertThat(MAPPING.path("_meta").path("type").asString()).isEqualTo("rolesmapping");
        for (String role : ROLES.propertyNames()) {
            if (!role.equals("_meta")) {
                assertThat(MAPPING.has(role)).as(role).isTrue();
            }
        }
    }

    @Test
    void readsOfAccessLogsAreAudited() {
        assertThat(AUDIT.path("config").path("enabled").asBoolean()).isTrue();
        JsonNode watched = AUDIT.path("config").path("compliance").path("read_watched_fields");
        assertThat(watched.propertyNames()).anyMatch(p -> Glob.matches(p, "jewelry-api-access-000001"));
        assertThat(AUDIT.path("config").path("audit").path("log_request_body").asBoolean(true)).isFalse();
    }
}
