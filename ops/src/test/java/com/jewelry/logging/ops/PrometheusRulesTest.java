package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The alert rules: well-formed for the on-call teams, and correct by promtool's own checks. */
class PrometheusRulesTest {

    static final Path RULES = OpsPack.file("prometheus/jewelry-logging.rules.yml");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");
    private static final Set<String> TEAMS = Set.of("it", "security", "operations");

    private static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode group : OpsPack.readYaml(RULES).path("groups")) {
            group.path("rules").forEach(rules::add);
        }
        return rules;
    }

    private static List<JsonNode> alerts() {
        return rules().stream().filter(r -> r.has("alert")).toList();
    }

    @Test
    void everyAlertNamesItsSeverityTeamSummaryAndRunbook() {
        assertThat(alerts()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(alert -> {
            String name = alert.path("alert").asString();
            assertThat(alert.path("labels").path("severity").asString()).as(name).isIn(SEVERITIES);
            assertThat(alert.path("labels").path("team").asString()).as(name).isIn(TEAMS);
            assertThat(alert.path("annotations").path("summary").asString()).as(name).isNotBlank();
            assertThat(alert.path("annotations").path("description").asString()).as(name).isNotBlank();
            assertThat(alert.path("annotations").path("runbook_url").asString()).as(name)
                    .isEqualTo("docs/incidents.md#" + name.toLowerCase(Locale.ROOT));
        });
    }

    @Test
    void coversEveryAlertTheBusinessAskedFor() {
        assertThat(alerts()).extracting(a -> a.path("alert").asString()).contains(
                "JewelryErrorRateHigh", "JewelryCostCalculationSlow", "JewelryOrderCreationSpike",
                "JewelryOrderCreationAboveLastWeek", "JewelryPartnerOrdersRejected", "JewelrySystemSilent",
                "JewelrySystemMetricsAbsent", "JewelryLogLinesDropped", "JewelryMaskingFailures");
    }

    @Test
    void alertNamesAreUnique() {
        List<String> names = alerts().stream().map(a -> a.path("alert").asString()).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void usesOnlyMetricsTheServicesExpose() {
        List<String> expressions = rules().stream().map(r -> r.path("expr").asString()).toList();
        assertThat(MetricNames.unknownIn(expressions)).isEmpty();
    }

    @Test
    void promtoolAcceptsTheRules() {
        Path promtool = ExternalTool.require("promtool");
        ExternalTool.Result result = ExternalTool.run(promtool, RULES.getParent(), Duration.ofMinutes(1),
                "check", "rules", RULES.getFileName().toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + rules().size() + " rules found");
    }

    @Test
    void promtoolUnitTestsOfTheRulesPass() {
        Path promtool = ExternalTool.require("promtool");
        ExternalTool.Result result = ExternalTool.run(promtool, RULES.getParent(), Duration.ofMinutes(5),
                "test", "rules", "jewelry-logging.rules.test.yml", "jewelry-logging.rules.weekly.test.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("FAILED");
    }

    @Test
    void everyAlertHasAUnitTest() {
        String tests = OpsPack.read(OpsPack.file("prometheus/jewelry-logging.rules.test.yml"))
                + OpsPack.read(OpsPack.file("prometheus/jewelry-logging.rules.weekly.test.yml"));
        Matcher tested = Pattern.compile("alertname: (\\w+)").matcher(tests);
        List<String> names = new ArrayList<>();
        while (tested.find()) {
            names.add(tested.group(1));
        }
        assertThat(names).containsAll(alerts().stream().map(a -> a.path("alert").asString()).toList());
    }
}
