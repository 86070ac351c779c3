package com.jewelry.logging.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The files of the ops pack and the facts of the line contract the tests check them against. */
final class OpsPack {

    /** The four systems of the business, as {@code system} holds them. */
    static final List<String> SYSTEMS = List.of("MES", "CRM", "API", "SHOP");

    /** Stream of a line (second half of {@code event.dataset}) and how long the business keeps it. */
    static final Map<String, String> RETENTION = orderedMap(
            "operational", "180d",
            "error", "365d",
            "access", "365d");

    static final String ROLLOVER_SIZE = "1gb";
    static final String ROLLOVER_AGE = "1d";

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private OpsPack() {
    }

    /** The ops module directory (surefire runs the tests there). */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("opensearch"))) {
            dir = dir.resolve("ops");
        }
        return dir;
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The repository root, one above the module. */
    static Path repository() {
        return root().getParent();
    }

    /** The 12 index families: write alias {@code jewelry-<system>-<stream>}. */
    static List<Family> families() {
        List<Family> families = new ArrayList<>();
        for (String system : SYSTEMS) {
            for (String stream : RETENTION.keySet()) {
                families.add(new Family(system.toLowerCase(java.util.Locale.ROOT), stream));
            }
        }
        return families;
    }

    static JsonNode readJson(Path path) {
        return JSON.readTree(path);
    }

    static JsonNode readYaml(Path path) {
        return YAML.readTree(path);
    }

    static List<Path> filesUnder(String relative, String suffix) {
        try (Stream<Path> walk = Files.walk(file(relative))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** One index family: lines whose {@code event.dataset} is {@code <system>.<stream>}. */
    record Family(String system, String stream) {

        String dataset() {
            return system + "." + stream;
        }

        /** The write alias the shippers write to. */
        String alias() {
            return "jewelry-" + system + "-" + stream;
        }

        /** The first backing index, created at bootstrap. */
        String firstIndex() {
            return alias() + "-000001";
        }

        String retention() {
            return RETENTION.get(stream);
        }
    }
}
