package com.jewelry.logging.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PropertiesDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(jewelry\\.logging\\.[a-z0-9.-]+)` \\|", Pattern.MULTILINE);

    @Test
    void theDocumentedPropertiesAreExactlyTheOnesInTheGeneratedMetadata() throws Exception {
        Set<String> generated = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            JsonNode metadata = JsonMapper.builder().build().readTree(in);
            for (JsonNode property : metadata.get("properties")) {
                String name = property.get("name").asString();
                if (name.startsWith("jewelry.logging.")) {
                    generated.add(name);
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("..", "docs", "spring-boot.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(generated).isNotEmpty();
        assertThat(documented).isEqualTo(generated);
    }
}
