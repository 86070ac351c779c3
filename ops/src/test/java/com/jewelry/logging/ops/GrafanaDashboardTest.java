package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The Grafana dashboard: every panel query is valid PromQL over metrics the services expose. */
class GrafanaDashboardTest {

    private static final JsonNode DASHBOARD = OpsPack.readJson(OpsPack.file("grafana/jewelry-logging.json"));

    @TempDir
    Path tmp;

    private static List<JsonNode> panels() {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : DASHBOARD.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add); // panels of collapsed rows
        }
        return panels;
    }

    private static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asString());
            }
        }
        return expressions;
    }

    /** Grafana's variables as Prometheus would see them after Grafana interpolated them. */
    private static String interpolate(String expr) {
        return expr.replace("$__rate_interval", "5m").replace("$__interval", "1m").replace("$system", ".*");
    }

    @Test
    void showsTheViewsTheBusinessAskedFor() {
        String all = String.join("\n", expressions());
        assertThat(all).contains("event=\"order.created\"")
                .contains("by (event, outcome)")
                .contains("histogram_quantile(0.50").contains("histogram_quantile(0.95")
                .contains("jewelry_partner_orders_total")
                .contains("level=\"ERROR\"")
                .contains("jewelry_logging_dropped_total").contains("jewelry_logging_masking_failures_total")
                .contains("jewelry_logging_queue_fill_ratio");
    }

    @Test
    void panelIdsAreUniqueAndEveryQueryPanelUsesTheDatasourceVariable() {
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels()) {
            assertThat(ids.add(panel.path("id").asInt())).as("duplicate panel id %s", panel.path("id")).isTrue();
            if (panel.has("targets")) {
                assertThat(panel.path("datasource").path("uid").asString()).isEqualTo("${datasource}");
                assertThat(panel.path("title").asString()).isNotBlank();
            }
        }
        assertThat(expressions()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(e -> assertThat(e).isNotBlank());
    }

    @Test
    void usesOnlyMetricsTheServicesExpose() {
        assertThat(MetricNames.unknownIn(expressions())).isEmpty();
    }

    @Test
    void everyPanelQueryIsValidPromql() throws IOException {
        // promtool parses expressions of rule files only: wrap each query in a recording rule
        ObjectNode rules = OpsPack.JSON.createObjectNode();
        ArrayNode groups = rules.putArray("groups");
        ObjectNode group = groups.addObject().put("name", "grafana-panels");
        ArrayNode list = group.putArray("rules");
        int i = 0;
        for (String expr : expressions()) {
            list.addObject().put("record", "grafana:panel_" + i++).put("expr", interpolate(expr));
        }
        Path file = tmp.resolve("panels.rules.yml");
        Files.writeString(file, OpsPack.YAML.writeValueAsString(rules));

        ExternalTool.Result result = ExternalTool.run(ExternalTool.require("promtool"), tmp, Duration.ofMinutes(1),
                "check", "rules", file.getFileName().toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + i + " rules found");
    }

    @Test
    void theSystemVariableListsTheSystemsFromTheMetrics() {
        JsonNode system = DASHBOARD.path("templating").path("list").values().stream()
                .filter(v -> v.path("name").asString().equals("system")).findFirst().orElseThrow();
        assertThat(system.path("query").path("query").asString()).isEqualTo("label_values(jewelry_logging_lines_total, system)");
        assertThat(system.path("includeAll").asBoolean()).isTrue();
    }
}
