package com.jewelry.logging.core;

import com.jewelry.logging.core.internal.schema.EventSchemas;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/events.md is generated from the event definitions and real encoder output; this test fails when it is out
 * of date. Regenerate with {@code ./mvnw -pl jewelry-logging-core test -Dtest=EventCatalogueTest -Djewelry.updateDocs=true}.
 */
class EventCatalogueTest {

    private static final Path DOC = Path.of("..", "docs", "events.md");

    @Test
    void eventsDocIsUpToDateWithTheDefinitions() throws Exception {
        String expected = render();
        if (Boolean.getBoolean("jewelry.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/events.md is stale; regenerate it with -Djewelry.updateDocs=true (see this test's Javadoc)")
                .isEqualTo(expected);
    }

    private static String render() {
        StringBuilder md = new StringBuilder();
        md.append(Files.exists(Path.of("src/test/resources/events-intro.md")) ? read("src/test/resources/events-intro.md") : "");
        for (EventType<?> type : EventCatalogue.builtIn().types()) {
            Map.Entry<SystemName, BusinessEvent> sample = SampleEvents.BY_NAME.get(type.name());
            md.append("\n## `").append(type.name()).append("` — ").append(type.title()).append("\n\n");
            md.append(type.description()).append("\n\n");
            md.append("Version ").append(type.version()).append(", category `").append(type.category().jsonValue())
                    .append("`, logged at INFO (ERROR with `event.outcome: failure`). Schema: `")
                    .append(EventSchemas.resourceName(type)).append("` in the core jar.\n\n");
            md.append("| field | kind | required | meaning |\n|---|---|---|---|\n");
            appendFields(md, "", type.fields());
            md.append("\nA real line (").append(sample.getKey()).append("):\n\n```json\n")
                    .append(exampleLine(sample.getKey(), sample.getValue())).append("\n```\n");
        }
        return md.toString();
    }

    private static void appendFields(StringBuilder md, String prefix, List<? extends EventField<?>> fields) {
        for (EventField<?> field : fields) {
            String kind = field.allowedValues().isEmpty() ? field.kind().name().toLowerCase()
                    : "one of " + String.join(", ", field.allowedValues());
            md.append("| `").append(prefix).append(field.path()).append("` | ").append(kind).append(" | ")
                    .append(field.isRequired() ? "yes" : "no").append(" | ").append(field.description()).append(" |\n");
            if (!field.elementFields().isEmpty()) {
                appendFields(md, prefix + field.path() + "[].", field.elementFields());
            }
        }
    }

    private static String exampleLine(SystemName system, BusinessEvent event) {
        try (LogCapture capture = new LogCapture(system.name())) {
            capture.events("com.jewelry.example.OrderService").log(event);
            String line = capture.rawLines().get(0);
            // the two values that change on every run
            return line.replaceFirst("\"@timestamp\":\"[^\"]+\"", "\"@timestamp\":\"2026-11-25T09:00:00.131274Z\"")
                    .replaceFirst("\"thread\":\\{\"name\":\"[^\"]+\"}", "\"thread\":{\"name\":\"http-nio-8080-exec-3\"}")
                    .replace("\"name\":\"test-service\"", "\"name\":\"" + system.lowerCase() + "-service\"")
                    .replace("\"environment\":\"test\"", "\"environment\":\"prod\"");
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
