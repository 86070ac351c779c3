package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Splunk and Graylog: every system's lines reach their index, and each store keeps each stream as long as asked. */
class StoreConfigsTest {

    private static final Path SPLUNK = OpsPack.file("stores/splunk");
    private static final Path GRAYLOG = OpsPack.file("stores/graylog");

    /** Stanza name → key → value of a Splunk .conf file. */
    static Map<String, Map<String, String>> conf(Path file) {
        Map<String, Map<String, String>> stanzas = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : OpsPack.lines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                current = new LinkedHashMap<>();
                stanzas.put(l.substring(1, l.length() - 1), current);
            } else {
                int eq = l.indexOf('=');
                assertThat(eq).as(file + ": " + l).isPositive();
                assertThat(current).as(file + ": setting outside a stanza: " + l).isNotNull();
                current.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return stanzas;
    }

    private static long days(String retention) {
        return Long.parseLong(retention.replace("d", ""));
    }

    @Test
    void splunkKeepsEachSystemsStreamsAsLongAsTheBusinessAsked() {
        Map<String, Map<String, String>> indexes = conf(SPLUNK.resolve("indexes.conf"));
        for (OpsPack.Family family : OpsPack.families()) {
            Map<String, String> index = indexes.get("jewelry_" + family.system() + "_" + family.stream());
            assertThat(index).as(family.alias()).isNotNull();
            assertThat(Long.parseLong(index.get("frozenTimePeriodInSecs"))).as(family.alias())
                    .isEqualTo(days(family.retention()) * 86_400);
            assertThat(index).containsKeys("homePath", "coldPath", "thawedPath", "maxTotalDataSizeMB");
        }
    }

    @Test
    void splunkRoutesEveryDatasetToItsIndexAndParsesTheJson() {
        Map<String, String> transform = conf(SPLUNK.resolve("transforms.conf")).get("jewelry_route_by_dataset");
        assertThat(transform.get("DEST_KEY")).isEqualTo("_MetaData:Index");
        Pattern regex = Pattern.compile(transform.get("REGEX"));
        for (OpsPack.Family family : OpsPack.families()) {
            String raw = "{\"@timestamp\":\"2026-11-24T10:00:00Z\",\"system\":\"X\",\"event\":{\"category\":\"business\",\"dataset\":\""
                    + family.dataset() + "\"}}";
            Matcher m = regex.matcher(raw);
            assertThat(m.find()).as(family.dataset()).isTrue();
            assertThat(transform.get("FORMAT").replace("$1", m.group(1)).replace("$2", m.group(2)))
                    .isEqualTo("jewelry_" + family.system() + "_" + family.stream());
        }
        Map<String, String> props = conf(SPLUNK.resolve("props.conf")).get("jewelry:json");
        assertThat(props).containsEntry("INDEXED_EXTRACTIONS", "json").containsEntry("KV_MODE", "none")
                .containsEntry("TIMESTAMP_FIELDS", "@timestamp").containsEntry("TRANSFORMS-jewelry_index", "jewelry_route_by_dataset");
        Map<String, Map<String, String>> inputs = conf(SPLUNK.resolve("inputs.conf"));
        assertThat(inputs.get("monitor:///var/log/jewelry/jewelry-*.json")).containsEntry("sourcetype", "jewelry:json");
        assertThat(List.of(inputs.get("http://jewelry").get("indexes").split(",")))
                .containsAll(OpsPack.families().stream().map(f -> "jewelry_" + f.system() + "_" + f.stream()).toList());
        assertThat(inputs.get("http://jewelry")).doesNotContainKey("token");
    }

    @Test
    void graylogIndexSetsKeepEachStreamAsLongAsTheBusinessAsked() {
        for (Map.Entry<String, String> stream : OpsPack.RETENTION.entrySet()) {
            JsonNode set = OpsPack.readJson(GRAYLOG.resolve("index-sets/jewelry-" + stream.getKey() + ".json"));
            assertThat(set.path("rotation_strategy").path("rotation_period").asString()).isEqualTo("P1D");
            assertThat(set.path("retention_strategy_class").asString()).endsWith("DeletionRetentionStrategy");
            // one index a day, so the number of indices kept is the number of days
            assertThat(set.path("retention_strategy").path("max_number_of_indices").asLong()).isEqualTo(days(stream.getValue()));
        }
    }

    @Test
    void graylogStreamsSendEveryDatasetToItsStreamsIndexSetOnly() {
        JsonNode streams = OpsPack.readJson(GRAYLOG.resolve("streams.json")).path("streams");
        for (OpsPack.Family family : OpsPack.families()) {
            List<String> matching = streams.valueStream()
                    .filter(s -> Pattern.compile(s.path("rules").get(0).path("value").asString()).matcher(family.dataset()).find())
                    .map(s -> s.path("index_set").asString()).toList();
            assertThat(matching).as(family.dataset()).containsExactly("jewelry-" + family.stream());
        }
    }

    @Test
    void graylogTakesGelfOnlyOverMutualTls() {
        JsonNode input = OpsPack.readJson(GRAYLOG.resolve("gelf-tcp-tls-input.json"));
        assertThat(input.path("type").asString()).isEqualTo("org.graylog2.inputs.gelf.tcp.GELFTCPInput");
        assertThat(input.path("configuration").path("tls_enable").asBoolean()).isTrue();
        assertThat(input.path("configuration").path("tls_client_auth").asString()).isEqualTo("required");
        JsonNode shipper = OpsPack.readYaml(GRAYLOG.resolve("fluent-bit-gelf.yaml"));
        JsonNode output = shipper.path("pipeline").path("outputs").get(0);
        assertThat(output.path("name").asString()).isEqualTo("gelf");
        assertThat(output.path("mode").asString()).isEqualTo("tls");
        assertThat(output.path("port").asInt()).isEqualTo(input.path("configuration").path("port").asInt());
    }
}
