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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * The anomaly rules (jewelry-anomaly.rules.yml: rates against the same time of day on the last seven days), and the
 * conventions every rule file of the pack keeps, whoever wrote it.
 */
class AnomalyRulesTest {

    static final Path RULES = OpsPack.file("prometheus/jewelry-anomaly.rules.yml");
    private static final List<String> TESTS = List.of("jewelry-anomaly.rules.test.yml", "jewelry-anomaly.rules.weekly.test.yml",
            "jewelry-anomaly.rules.fleet.test.yml");

    static List<Path> ruleFiles() {
        return RuleFiles.all();
    }

    @ParameterizedTest
    @MethodSource("ruleFiles")
    void everyAlertOfEveryRuleFileNamesItsSeverityTeamSummaryAndRunbook(Path file) {
        assertThat(RuleFiles.alerts(file)).isNotEmpty().allSatisfy(alert -> {
            String name = RuleFiles.name(alert);
            assertThat(alert.path("labels").path("severity").asString()).as(name).isIn(Set.of("critical", "warning", "info"));
            assertThat(alert.path("labels").path("team").asString()).as(name).isIn(Set.of("it", "security", "operations"));
            assertThat(alert.path("annotations").path("summary").asString()).as(name).isNotBlank();
            assertThat(alert.path("annotations").path("description").asString()).as(name).isNotBlank();
            assertThat(alert.path("annotations").path("runbook_url").asString()).as(name)
                    .isEqualTo("docs/incidents.md#" + name.toLowerCase(Locale.ROOT));
        });
    }

    @ParameterizedTest
    @MethodSource("ruleFiles")
    void everyRuleFileUsesOnlyMetricsTheServicesExpose(Path file) {
        List<String> expressions = RuleFiles.rules(file).stream().map(r -> r.path("expr").asString()).toList();
        assertThat(MetricNames.unknownIn(expressions)).isEmpty();
    }

    @Test
    void alertNamesAreUniqueAcrossRuleFiles() {
        assertThat(RuleFiles.allAlerts().stream().map(RuleFiles::name).toList()).doesNotHaveDuplicates();
    }

    @Test
    void coversTheAnomaliesTheBusinessAskedFor() {
        assertThat(RuleFiles.alerts(RULES)).extracting(RuleFiles::name).contains(
                "JewelryOrderRateAnomaly", "JewelryPartnerFlood", "JewelryHttpRequestFlood",
                "JewelryErrorLinesAnomaly", "JewelryAnomalyScoreHigh");
    }

    @Test
    void baselinesCompareWithTheSameTimeOnEachOfTheLastSevenDays() {
        List<JsonNode> baselines = RuleFiles.rules(RULES).stream()
                .filter(r -> r.path("record").asString().endsWith(":rate1h_same_time_median7d")).toList();
        assertThat(baselines).hasSize(4).allSatisfy(rule -> {
            String expr = rule.path("expr").asString();
            assertThat(expr).startsWith("quantile by");
            for (int day = 1; day <= 7; day++) {
                assertThat(expr).contains("offset " + (24 * day - 1) + "h30m");
            }
        });
    }

    @Test
    void promtoolAcceptsTheAnomalyRules() {
        Path promtool = ExternalTool.require("promtool");
        ExternalTool.Result result = ExternalTool.run(promtool, RULES.getParent(), Duration.ofMinutes(1),
                "check", "rules", RULES.getFileName().toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + RuleFiles.rules(RULES).size() + " rules found");
    }

    @Test
    void promtoolUnitTestsOfTheAnomalyRulesPass() {
        Path promtool = ExternalTool.require("promtool");
        List<String> args = new ArrayList<>(List.of("test", "rules"));
        args.addAll(TESTS);
        ExternalTool.Result result = ExternalTool.run(promtool, RULES.getParent(), Duration.ofMinutes(5),
                args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("FAILED");
    }

    @Test
    void everyAnomalyAlertHasAUnitTestThatSeesItFire() {
        String tests = String.join("\n", TESTS.stream().map(t -> OpsPack.read(RULES.resolveSibling(t))).toList());
        // an alert is proven only by a test that expects it: exp_alerts with its labels, not just an empty list
        Matcher firing = Pattern.compile("alertname: (\\w+)\\n\\s+exp_alerts:\\n\\s+- exp_labels").matcher(tests);
        List<String> proven = new ArrayList<>();
        while (firing.find()) {
            proven.add(firing.group(1));
        }
        assertThat(proven).containsAll(RuleFiles.alerts(RULES).stream().map(RuleFiles::name).toList());
    }
}
