package com.jewelry.logging.spring.backends;

import com.jewelry.logging.analysis.anomaly.AnomalyDetector;
import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.spring.backend.LoggingBackend;
import com.jewelry.logging.spring.support.JsonLines;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.jewelry.logging.spring.support.JsonLines.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same Spring Boot service, the same requests and the same assertions on either back end: a subclass runs it on
 * the class path of a Logback service, the other on that of a {@code spring-boot-starter-log4j2} service (surefire
 * execution {@code log4j2}). The Logback run leaves its lines in {@link #LOGBACK_LINES}; the Log4j2 run, which Maven
 * starts after it, compares its own lines with them field by field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SameApplicationScenario {

    /** The Logback run's lines, normalised, for the Log4j2 run of the same build. */
    static final java.nio.file.Path LOGBACK_LINES = java.nio.file.Path.of("target", "backend-parity", "logback-lines.json");

    /** Fields that differ from run to run whatever the back end: times, threads, the process, the port. */
    private static final Set<String> RUN_SPECIFIC = Set.of("@timestamp", "process.thread.name", "process.pid",
            "event.duration_ms", "event.occurred_at", "url.port", "server.port", "url.full", "event.start", "event.end");

    private final PrintStream originalOut = System.out;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    ConfigurableApplicationContext app;
    private List<JsonNode> lines;

    /** The class name of the Spring Boot logging system this run must be on. */
    abstract String expectedLoggingSystem();

    @BeforeAll
    void startTheServiceAndSendTheRequests() throws Exception {
        System.setOut(new PrintStream(new Tee(originalOut, stdout), true, StandardCharsets.UTF_8));
        app = new SpringApplicationBuilder(ParityApplication.class)
                .properties("jewelry.logging.system=SHOP", "spring.application.name=shop-checkout",
                        "jewelry.logging.environment=test", "jewelry.logging.file.enabled=false",
                        "server.port=0", "server.address=127.0.0.1",
                        "logging.level.com.jewelry.logging.spring.backends=DEBUG",
                        "jewelry.logging.masking.value-rules.ticket.regex=TCK-\\d{6}",
                        "jewelry.logging.masking.value-rules.ticket.kind=other")
                .run();
        send(HttpRequest.newBuilder(uri("/orders/ORD-2026-000123/confirm")).header("X-Request-Id", "req-parity-1")
                .POST(HttpRequest.BodyPublishers.noBody()));
        send(HttpRequest.newBuilder(uri("/orders/ORD-2026-000123/status")).header("X-Request-Id", "req-parity-2").GET());
        send(HttpRequest.newBuilder(uri("/orders/ORD-404/missing")).header("X-Request-Id", "req-parity-3").GET());
        lines = JsonLines.parse(stdout.toString(StandardCharsets.UTF_8));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        System.setOut(originalOut);
    }

    @Test
    void theServiceRunsOnTheBackEndOfItsClassPath() {
        assertThat(LoggingSystem.get(getClass().getClassLoader()).getClass().getName()).isEqualTo(expectedLoggingSystem());
        assertThat(LoggingBackend.current()).isPresent();
    }

    @Test
    void theFirstLineIsAlreadyTheLibrarysJsonWithTheEnvelope() {
        JsonNode first = lines.get(0);
        assertThat(text(first, "message")).startsWith("Starting ");
        assertThat(text(first, "system")).isEqualTo("SHOP");
        assertThat(text(first, "service.name")).isEqualTo("shop-checkout");
        assertThat(text(first, "service.environment")).isEqualTo("test");
    }

    @Test
    void theAnnotatedMethodWritesItsEventCarryingTheRequestId() {
        JsonNode event = single("order.status_changed");
        assertThat(text(event, "order.number")).isEqualTo("ORD-2026-000123");
        assertThat(text(event, "order.status")).isEqualTo("CONFIRMED");
        assertThat(text(event, "request.id")).isEqualTo("req-parity-1");
        JsonNode debug = lines.stream().filter(JsonLines.hasText("log.level", "DEBUG"))
                .filter(line -> text(line, "log.logger").endsWith("CheckoutService")).findFirst().orElseThrow();
        assertThat(text(debug, "request.id")).isEqualTo("req-parity-2");
    }

    @Test
    void eachRequestWritesOneAccessLineAndANotFoundIsAFailureAtWarn() {
        List<JsonNode> access = lines.stream().filter(JsonLines.hasText("event.action", "http.access")).toList();
        assertThat(access).extracting(line -> text(line, "request.id"))
                .containsExactly("req-parity-1", "req-parity-2", "req-parity-3");
        JsonNode missing = access.get(2);
        assertThat(text(missing, "event.outcome")).isEqualTo("failure");
        assertThat(text(missing, "log.level")).isEqualTo("WARN");
        assertThat(JsonLines.at(missing, "http.response.status_code").asInt()).isEqualTo(404);
    }

    @Test
    void theServicesMaskingPropertiesApplyFromTheFirstRequest() {
        JsonNode line = lines.stream().filter(l -> String.valueOf(text(l, "message")).startsWith("ticket "))
                .findFirst().orElseThrow();
        assertThat(text(line, "message")).doesNotContain("TCK-123456").doesNotContain("anna.petrova@example.com");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).doesNotContain("TCK-123456");
    }

    @Test
    void theMetersCountTheEventTheLinesAndTheOutputs() {
        MeterRegistry registry = app.getBean(MeterRegistry.class);
        assertThat(registry.get("jewelry.events").tags("event", "order.status_changed", "outcome", "success")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get("jewelry.logging.lines").tag("level", "warn").counter().count()).isGreaterThanOrEqualTo(1.0);
        assertThat(registry.get("jewelry.logging.written").tag("appender", "JEWELRY_JSON_CONSOLE").functionCounter().count())
                .isGreaterThanOrEqualTo(lines.size());
    }

    @Test
    void theAnomalyDetectorIsFedEveryEventAndAccessLine() {
        AnomalyDetector detector = app.getBean(AnomalyDetector.class);
        // fed by the root-logger hook: a series exists once a line of it was seen
        assertThat(detector.scores()).containsKeys(SeriesKey.of("SHOP", "order.status_changed"),
                SeriesKey.of("SHOP", "http.access"));
    }

    @Test
    void theServicesLinesAreTheSameOnBothBackEndsFieldByField() throws IOException {
        List<Map<String, String>> mine = normalised();
        assertThat(mine).isNotEmpty();
        compare(mine);
    }

    /** What the subclass does with the normalised lines: keep them (Logback) or compare (Log4j2). */
    abstract void compare(List<Map<String, String>> normalised) throws IOException;

    /**
     * The service's own lines and the library's (access, events), flattened to dotted paths, run-specific fields
     * left out, in a stable order. Spring Boot's and the container's own lines differ by back end and are not
     * compared.
     */
    private List<Map<String, String>> normalised() {
        List<Map<String, String>> result = new ArrayList<>();
        for (JsonNode line : lines) {
            String logger = text(line, "log.logger");
            if (logger == null || !(logger.startsWith(ParityApplication.class.getName()) || logger.equals("jewelry.access"))) {
                continue;
            }
            Map<String, String> flat = new TreeMap<>();
            flatten("", line, flat);
            RUN_SPECIFIC.forEach(flat::remove);
            flat.keySet().removeIf(key -> key.startsWith("error.stack_trace"));
            result.add(flat);
        }
        result.sort(Comparator.comparing(Map::toString));
        return result;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.put(prefix, node.isNull() ? "null" : node.asString());
        }
    }

    private JsonNode single(String action) {
        List<JsonNode> found = lines.stream().filter(JsonLines.hasText("event.action", action)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    private void send(HttpRequest.Builder request) throws IOException, InterruptedException {
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Writes to the real standard output and into memory. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
