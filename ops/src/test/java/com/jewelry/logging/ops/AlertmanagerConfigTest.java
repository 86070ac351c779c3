package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Alertmanager routes each alert of the pack to its team, groups and inhibits sensibly, and holds no secret. */
class AlertmanagerConfigTest {

    static final Path CONFIG = OpsPack.file("alertmanager/alertmanager.yml");
    /** The team label of a rule and the receiver that must get it. */
    static final Map<String, String> RECEIVER_OF_TEAM = Map.of(
            "it", "it-team", "security", "security-team", "operations", "operations-team");

    private static JsonNode config() {
        return OpsPack.readYaml(CONFIG);
    }

    private static String routesTest(String... labels) {
        Path amtool = ExternalTool.require("amtool");
        List<String> args = new ArrayList<>(List.of("config", "routes", "test", "--config.file=" + CONFIG.getFileName()));
        args.addAll(List.of(labels));
        ExternalTool.Result result = ExternalTool.run(amtool, CONFIG.getParent(), Duration.ofSeconds(30), args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
        // amtool prints a warning about --alertmanager.url first; the receivers are the last line
        String[] lines = result.output().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    @Test
    void amtoolAcceptsTheConfigurationAndItsTemplates() {
        Path amtool = ExternalTool.require("amtool");
        ExternalTool.Result result = ExternalTool.run(amtool, CONFIG.getParent(), Duration.ofSeconds(30),
                "check-config", CONFIG.getFileName().toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS").contains("1 templates").doesNotContain("FAILED");
    }

    @Test
    void everyAlertOfEveryRuleFileReachesItsTeam() {
        List<JsonNode> alerts = RuleFiles.allAlerts();
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(17);
        for (JsonNode alert : alerts) {
            String team = alert.path("labels").path("team").asString();
            String severity = alert.path("labels").path("severity").asString();
            String receiver = routesTest("alertname=" + RuleFiles.name(alert), "team=" + team,
                    "severity=" + severity, "system=SHOP");
            assertThat(receiver).as(RuleFiles.name(alert)).isEqualTo(RECEIVER_OF_TEAM.get(team));
        }
    }

    @Test
    void anAlertWithoutATeamStillReachesIt() {
        assertThat(routesTest("alertname=SomeNewAlert", "severity=critical")).isEqualTo("it-team");
    }

    @Test
    void everyTeamIsToldByEmailAndInItsChat() {
        for (JsonNode receiver : config().path("receivers")) {
            String name = receiver.path("name").asString();
            assertThat(receiver.path("email_configs")).as(name).hasSize(1);
            assertThat(receiver.has("slack_configs") || receiver.has("webhook_configs") || receiver.has("msteams_configs"))
                    .as(name + " has a chat receiver").isTrue();
        }
        assertThat(config().path("receivers").valueStream().map(r -> r.path("name").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(RECEIVER_OF_TEAM.values());
    }

    @Test
    void groupsByAlertAndSystem() {
        assertThat(config().path("route").path("group_by").valueStream().map(JsonNode::asString).toList())
                .containsExactly("alertname", "system");
    }

    @Test
    void aSilentSystemInhibitsItsErrorAlertsOnTheSameSystemOnly() {
        JsonNode rule = config().path("inhibit_rules").valueStream()
                .filter(r -> r.path("source_matchers").get(0).asString().contains("JewelrySystemSilent"))
                .findFirst().orElseThrow();
        assertThat(rule.path("target_matchers").get(0).asString())
                .contains("JewelryErrorRateHigh", "JewelryHttpServerErrors", "JewelryErrorLinesAnomaly");
        assertThat(rule.path("equal").valueStream().map(JsonNode::asString).toList()).containsExactly("system");
    }

    @Test
    void inhibitionsNameOnlyAlertsThatExist() {
        Set<String> alerts = RuleFiles.allAlerts().stream().map(RuleFiles::name).collect(Collectors.toSet());
        Pattern names = Pattern.compile("Jewelry\\w+");
        for (JsonNode rule : config().path("inhibit_rules")) {
            for (String side : List.of("source_matchers", "target_matchers")) {
                for (JsonNode matcher : rule.path(side)) {
                    Matcher m = names.matcher(matcher.asString());
                    while (m.find()) {
                        assertThat(alerts).as(matcher.asString()).contains(m.group());
                    }
                }
            }
            assertThat(rule.path("equal").valueStream().map(JsonNode::asString).toList()).contains("system");
        }
    }

    @Test
    void holdsNoSecretAndOnlyPlaceholderAddresses() {
        String text = OpsPack.read(CONFIG);
        assertThat(text).doesNotContain("${").doesNotContain("smtp_auth_password:").doesNotContain("api_url:")
                .doesNotContain("hooks.slack.com").doesNotContain("webhook.office.com");
        Matcher mails = Pattern.compile("[\\w.+-]+@[\\w.-]+").matcher(text);
        while (mails.find()) {
            assertThat(mails.group()).endsWith(".invalid");
        }
        Matcher urls = Pattern.compile("https?://([\\w.-]+)").matcher(text);
        while (urls.find()) {
            assertThat(urls.group(1)).endsWith(".invalid");
        }
        Matcher secretFiles = Pattern.compile("_file: '([^']+)'").matcher(text);
        int files = 0;
        while (secretFiles.find()) {
            assertThat(secretFiles.group(1)).startsWith("/etc/alertmanager/secrets/");
            files++;
        }
        assertThat(files).isGreaterThanOrEqualTo(3);
    }
}
