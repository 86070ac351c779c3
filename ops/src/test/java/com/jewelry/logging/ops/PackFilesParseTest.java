package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON, ndjson and YAML file of the pack parses (duplicate keys are an error). */
class PackFilesParseTest {

    private static final List<String> AREAS = List.of("opensearch", "elasticsearch", "grafana", "prometheus", "shipping");

    static Stream<Path> jsonFiles() {
        return AREAS.stream().flatMap(area -> OpsPack.filesUnder(area, ".json").stream());
    }

    static Stream<Path> ndjsonFiles() {
        return AREAS.stream().flatMap(area -> OpsPack.filesUnder(area, ".ndjson").stream());
    }

    static Stream<Path> yamlFiles() {
        List<Path> files = new ArrayList<>();
        for (String area : AREAS) {
            files.addAll(OpsPack.filesUnder(area, ".yml"));
            files.addAll(OpsPack.filesUnder(area, ".yaml"));
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("jsonFiles")
    void jsonFileParses(Path file) {
        assertThat(OpsPack.readJson(file).isObject()).as(file.toString()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("ndjsonFiles")
    void everyNdjsonLineIsOneObject(Path file) {
        List<String> lines = OpsPack.lines(file);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(OpsPack.JSON.readTree(line).isObject()).as(line).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void yamlFileParses(Path file) {
        assertThatCode(() -> OpsPack.readYaml(file)).as(file.toString()).doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void thePackHasTheFilesItPromises() {
        assertThat(jsonFiles().count()).isGreaterThanOrEqualTo(2 * 12 + 2 * 2 + 2 * 3 + 1);
        assertThat(ndjsonFiles().count()).isEqualTo(1);
        assertThat(yamlFiles().count()).isGreaterThanOrEqualTo(8);
    }
}
