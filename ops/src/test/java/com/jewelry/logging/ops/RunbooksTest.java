package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** docs/incidents.md: the response plan, and a runbook for every alert at the anchor its runbook_url names. */
class RunbooksTest {

    static final Path INCIDENTS = OpsPack.repository().resolve("docs/incidents.md");

    /** Heading anchors as GitHub renders them: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** Each heading's anchor and the text under it, up to the next heading of any level. */
    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : OpsPack.lines(INCIDENTS)) {
            if (line.startsWith("#")) {
                if (current != null) {
                    sections.put(current, text.toString());
                }
                current = anchor(line.replaceFirst("^#+", ""));
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, text.toString());
        }
        return sections;
    }

    @Test
    void everyAlertsRunbookUrlPointsAtASectionOfTheIncidentPlan() {
        Map<String, String> sections = sections();
        for (JsonNode alert : RuleFiles.allAlerts()) {
            String url = alert.path("annotations").path("runbook_url").asString();
            assertThat(url).as(RuleFiles.name(alert)).startsWith("docs/incidents.md#");
            assertThat(sections).as(url).containsKey(url.substring(url.indexOf('#') + 1));
        }
    }

    @Test
    void everyRunbookSaysWhatItMeansWhereToLookTheCausesAndWhatToDo() {
        Map<String, String> sections = sections();
        for (JsonNode alert : RuleFiles.allAlerts()) {
            String section = sections.get(RuleFiles.name(alert).toLowerCase(Locale.ROOT));
            assertThat(section).as(RuleFiles.name(alert)).isNotNull()
                    .contains("**What it means**", "**OpenSearch query**", "**Dashboard**", "**Likely causes**", "**What to do**");
            assertThat(section).as(RuleFiles.name(alert) + " names an index to query").containsPattern("jewelry-(<system>|api|mes|\\\\\\*)-");
        }
    }

    @Test
    void everyRunbookBelongsToAnAlert() {
        List<String> alerts = RuleFiles.allAlerts().stream().map(a -> RuleFiles.name(a).toLowerCase(Locale.ROOT)).toList();
        List<String> runbooks = sections().keySet().stream().filter(a -> a.startsWith("jewelry")).toList();
        assertThat(runbooks).containsExactlyInAnyOrderElementsOf(alerts);
    }

    @Test
    void thePlanCoversSeverityRolesTheFirstFifteenMinutesCommunicationAndPostMortems() {
        assertThat(sections()).containsKeys("severity-levels", "roles", "the-first-15-minutes", "communication", "post-mortem");
    }

    @Test
    void headingAnchorsAreComputedAsGitHubDoes() {
        assertThat(anchor(" JewelryOrderCreationSpike")).isEqualTo("jewelryordercreationspike");
        assertThat(anchor("The first 15 minutes")).isEqualTo("the-first-15-minutes");
        assertThat(anchor("Post-mortem")).isEqualTo("post-mortem");
    }
}
