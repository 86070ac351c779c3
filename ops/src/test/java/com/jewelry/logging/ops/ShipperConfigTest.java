package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The shippers route each line by event.dataset to its write alias. Fluent Bit, Filebeat and Logstash are
 * not installable here, so their routing is checked by reading the configuration (and, for the regular
 * expression they share, by running it).
 */
class ShipperConfigTest {

    private static final Pattern DATASET = Pattern.compile("^(mes|crm|api|shop)\\.(operational|error|access)$");

    @Test
    void theDatasetRuleAcceptsExactlyTheTwelveFamilies() {
        for (OpsPack.Family family : OpsPack.families()) {
            assertThat(DATASET.matcher(family.dataset()).matches()).isTrue();
        }
        for (String bad : List.of("mes.audit", "MES.operational", "mes.operational.x", "../x", "mes-operational", "")) {
            assertThat(DATASET.matcher(bad).matches()).as(bad).isFalse();
        }
    }

    @Test
    void fluentBitRoutesEveryFamilyToItsWriteAlias() {
        JsonNode config = OpsPack.readYaml(OpsPack.file("shipping/fluent-bit/fluent-bit.yaml"));
        JsonNode pipeline = config.path("pipeline");

        JsonNode tail = pipeline.path("inputs").get(0);
        assertThat(tail.path("name").asString()).isEqualTo("tail");
        for (String system : OpsPack.SYSTEMS) {
            assertThat(tail.path("path").asString()).contains("${LOG_DIR}/jewelry-" + lower(system) + ".json");
        }

        JsonNode rewrite = pipeline.path("filters").get(0);
        assertThat(rewrite.path("name").asString()).isEqualTo("rewrite_tag");
        String[] rule = rewrite.path("rule").asString().split(" ");
        assertThat(rule[0]).isEqualTo("$event['dataset']");
        assertThat(rule[1]).isEqualTo(DATASET.pattern());
        assertThat(rule[2]).isEqualTo("jewelry.$1.$2");

        Map<String, String> indexByTag = new HashMap<>();
        for (JsonNode output : pipeline.path("outputs")) {
            assertThat(output.path("name").asString()).isEqualTo("opensearch");
            assertThat(output.path("http_passwd").asString()).isEqualTo("${OPENSEARCH_PASSWORD}");
            assertThat(output.path("tls").asString()).isEqualTo("on");
            indexByTag.put(output.path("match").asString(), output.path("index").asString());
        }
        for (OpsPack.Family family : OpsPack.families()) {
            // the tag rewrite_tag gives a line of this family
            String tag = DATASET.matcher(family.dataset()).replaceAll("jewelry.$1.$2");
            assertThat(indexByTag).containsEntry(tag, family.alias());
        }
        assertThat(indexByTag).containsEntry("jewelry.file.*", "jewelry-unrouted").hasSize(13);
    }

    @Test
    void filebeatRoutesEveryFamilyToItsWriteAlias() {
        JsonNode config = OpsPack.readYaml(OpsPack.file("shipping/filebeat/filebeat.yml"));
        JsonNode output = config.path("output.elasticsearch");

        Map<String, String> indexByDataset = new HashMap<>();
        for (JsonNode rule : output.path("indices")) {
            indexByDataset.put(rule.path("when.equals").path("event.dataset").asString(), rule.path("index").asString());
        }
        for (OpsPack.Family family : OpsPack.families()) {
            assertThat(indexByDataset).containsEntry(family.dataset(), family.alias());
        }
        assertThat(output.path("index").asString()).isEqualTo("jewelry-unrouted");
        assertThat(config.path("setup.ilm.enabled").asBoolean(true)).isFalse();
        assertThat(config.path("setup.template.enabled").asBoolean(true)).isFalse();
        JsonNode ndjson = config.path("filebeat.inputs").get(0).path("parsers").get(0).path("ndjson");
        assertThat(ndjson.path("target").asString()).isEmpty();
    }

    @Test
    void logstashReadsJsonLinesOverMutualTlsAndBuildsTheIndexFromTheDataset() {
        String pipeline = OpsPack.read(OpsPack.file("shipping/logstash/jewelry-tcp.conf"));

        assertThat(pipeline).contains("codec => json_lines")
                .contains("ssl_enabled => true")
                .contains("ssl_client_authentication => \"required\"")
                .contains("\"jewelry-%{[event][dataset]}\"")
                .contains("index => \"%{[@metadata][index]}\"")
                .contains("password => \"${OPENSEARCH_PASSWORD}\"")
                .contains("manage_template => false");
        Matcher regex = Pattern.compile("\\[event\\]\\[dataset\\] =~ /(.+)/ \\{").matcher(pipeline);
        assertThat(regex.find()).isTrue();
        assertThat(regex.group(1)).isEqualTo(DATASET.pattern());
        assertThat(braceBalance(pipeline)).isZero();
    }

    @Test
    void rsyslogUsesTheSameDatasetRule() {
        String ruleset = OpsPack.read(OpsPack.file("shipping/rsyslog/jewelry-opensearch.conf"));
        // RainerScript string: a backslash is written twice
        assertThat(ruleset).contains("re_match($!event!dataset, '" + DATASET.pattern().replace("\\", "\\\\") + "')")
                .contains("replace($!event!dataset, \".\", \"-\")");
    }

    private static int braceBalance(String text) {
        int depth = 0;
        List<Integer> negative = new ArrayList<>();
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                negative.add(depth);
            }
        }
        return negative.isEmpty() ? depth : -1;
    }

    private static String lower(String system) {
        return system.toLowerCase(Locale.ROOT);
    }
}
