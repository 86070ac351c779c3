package com.jewelry.logging.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The ops pack's OpenSearch templates and rsyslog shipper, applied to the test's cluster and files. */
public final class OpsPack {

    public static final List<String> SYSTEMS = List.of("mes", "crm", "api", "shop");
    public static final List<String> STREAMS = List.of("operational", "error", "access");
    /** The one index setting that belongs to the ISM plugin, which the integ-test distribution lacks. */
    static final String ISM_ROLLOVER_ALIAS = "plugins.index_state_management.rollover_alias";

    private OpsPack() {
    }

    public static Path dir() {
        return Ci.pathProperty("jewelry.it.ops.dir");
    }

    /**
     * What ops/opensearch/install.sh does, minus ISM: the component templates as shipped, the index templates as
     * shipped except their ISM rollover-alias setting (checked, then left out, since the plugin is absent), and the
     * first backing index of each family behind its write alias.
     */
    public static void install(OpenSearch openSearch) {
        Path templates = dir().resolve("opensearch");
        for (Path file : jsonFiles(templates.resolve("component-templates"))) {
            openSearch.call("PUT", "/_component_template/" + name(file), read(file)).ok("component template " + file);
        }
        for (Path file : jsonFiles(templates.resolve("index-templates"))) {
            ObjectNode template = (ObjectNode) Json.parse(read(file));
            String alias = name(file);
            ObjectNode settings = (ObjectNode) template.path("template").path("settings");
            assertThat(settings.path(ISM_ROLLOVER_ALIAS).asString()).as("ISM rollover alias of " + file).isEqualTo(alias);
            settings.remove(ISM_ROLLOVER_ALIAS);
            openSearch.call("PUT", "/_index_template/" + alias, template.toString()).ok("index template " + file);
        }
        for (String system : SYSTEMS) {
            for (String stream : STREAMS) {
                String alias = "jewelry-" + system + "-" + stream;
                openSearch.call("PUT", "/" + alias + "-000001", "{\"aliases\":{\"" + alias + "\":{\"is_write_index\":true}}}")
                        .ok("bootstrap " + alias);
            }
        }
    }

    /** The component template's mapping, for "the live mapping is what the template says". */
    public static JsonNode templateProperties() {
        return Json.parse(read(dir().resolve("opensearch/component-templates/jewelry-logs-mappings.json")))
                .path("template").path("mappings").path("properties");
    }

    /**
     * The shipped rsyslog files (jewelry-opensearch.conf first, then jewelry-files.conf) rendered for the test:
     * the files in {@code logDir}, OpenSearch on 127.0.0.1 over plain HTTP (no security plugin, so no CA file),
     * error and unparsed files in {@code work}.
     */
    public static String rsyslogShipper(Path logDir, Path work, OpenSearch openSearch) {
        Path shipping = dir().resolve("shipping/rsyslog");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("server=[\"https://opensearch-1.logging.internal:9200\", \"https://opensearch-2.logging.internal:9200\"]",
                "server=[\"" + openSearch.url() + "\"]");
        out.put("           tls.cacert=\"/etc/rsyslog.d/jewelry/tls/opensearch-ca.pem\"\n", "");
        out.put("/var/log/rsyslog-jewelry/", work + "/");
        String shipper = Rsyslog.render(shipping.resolve("jewelry-opensearch.conf"), out);
        String files = Rsyslog.render(shipping.resolve("jewelry-files.conf"), Map.of("/var/log/jewelry/", logDir + "/"));
        return shipper + "\n" + files;
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
