package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.OrderStatus;

import tools.jackson.databind.JsonNode;

/**
 * The pipeline's meters as an operator meets them: a Boot service on the starter's default set-up (console and
 * asynchronous file, nothing configured but the system), scraped over real HTTP on 127.0.0.1, and the pack's alert
 * rules evaluated by promtool against series taken from that scrape — once as scraped (nothing fires), once with
 * the same series pushed past the rules' thresholds (each alert fires with the series' own labels). A meter the
 * rules read that the service does not export, or exports under other labels, fails here.
 */
class ScrapedSeriesAlertTest {

    private static final String SERVICE = "mes-costing";
    /** The label Prometheus adds from the scrape configuration (docs/architecture.md); the service does not export it. */
    private static final String TARGET_LABELS = "application=\"" + SERVICE + "\"";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int EVENTS = 200;

    private static ConfigurableApplicationContext service;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheServiceAndLog() {
        service = new SpringApplicationBuilder(CostingService.class)
                .properties("jewelry.logging.system=MES", "spring.application.name=" + SERVICE,
                        "jewelry.logging.file.dir=target/scraped-series-logs", "server.address=127.0.0.1", "server.port=0",
                        "management.endpoints.web.exposure.include=prometheus,jewelrylogging")
                .run();
        base = "http://127.0.0.1:" + service.getBean(Environment.class).getProperty("local.server.port");
        EventLogger events = EventLogger.create(LoggerFactory.getILoggerFactory(), "com.example.mes.Costing", Clock.systemUTC());
        for (int i = 0; i < EVENTS; i++) {
            events.orderStatusChanged("C-" + i, "ORD-2026-" + i, OrderStatus.PAID, OrderStatus.IN_PRODUCTION);
        }
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** One sample of the scrape: metric name, labels as exported, value. */
    record Sample(String name, Map<String, String> labels, double value) {
        String series() {
            StringBuilder text = new StringBuilder(name).append('{').append(TARGET_LABELS);
            labels.forEach((k, v) -> text.append(',').append(k).append("=\"").append(v).append('"'));
            return text.append('}').toString();
        }
    }

    private static List<Sample> scrape() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (String line : get("/actuator/prometheus").split("\n")) {
            Matcher m = SAMPLE.matcher(line.trim());
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return samples;
    }

    private static Sample one(List<Sample> samples, String name, String appender, String reason) {
        List<Sample> found = samples.stream().filter(s -> s.name().equals(name))
                .filter(s -> appender.equals(s.labels().get("appender")))
                .filter(s -> reason == null || reason.equals(s.labels().get("reason"))).toList();
        assertThat(found).as(name + " of " + appender + (reason == null ? "" : " reason " + reason)).hasSize(1);
        return found.get(0);
    }

    private static double value(List<Sample> samples, String name, String appender) {
        return one(samples, name, appender, null).value();
    }

    @Test
    void theDefaultSetUpExportsThePipelinesStatsForTheFileAndTheConsoleWithSensibleValues() throws Exception {
        List<Sample> samples = scrape();

        for (String appender : List.of("JEWELRY_ASYNC_FILE", "JEWELRY_JSON_CONSOLE")) {
            assertThat(value(samples, "jewelry_logging_accepted_total", appender)).as(appender).isGreaterThanOrEqualTo(EVENTS);
            assertThat(value(samples, "jewelry_logging_written_total", appender)).as(appender)
                    .isLessThanOrEqualTo(value(samples, "jewelry_logging_accepted_total", appender));
            assertThat(samples).filteredOn(s -> s.name().equals("jewelry_logging_dropped_total")
                    && appender.equals(s.labels().get("appender"))).as(appender).hasSize(7)
                    .allSatisfy(s -> assertThat(s.value()).as(s.series()).isZero());
            assertThat(value(samples, "jewelry_logging_writer_restarts_total", appender)).isZero();
            assertThat(value(samples, "jewelry_logging_masking_failures_total", appender)).isZero();
            assertThat(value(samples, "jewelry_logging_disk_write_failures_total", appender)).isZero();
        }
        assertThat(value(samples, "jewelry_logging_written_total", "JEWELRY_JSON_CONSOLE"))
                .as("the console writes on the caller's thread").isGreaterThanOrEqualTo(EVENTS);
        assertThat(value(samples, "jewelry_logging_queue_capacity", "JEWELRY_ASYNC_FILE")).isEqualTo(8192);
        assertThat(value(samples, "jewelry_logging_queue_fill_ratio", "JEWELRY_ASYNC_FILE")).isBetween(0.0, 1.0);
        assertThat(value(samples, "jewelry_logging_caller_wait_seconds_total", "JEWELRY_ASYNC_FILE")).isGreaterThanOrEqualTo(0);
        assertThat(value(samples, "jewelry_logging_caller_wait_max_seconds", "JEWELRY_ASYNC_FILE")).isGreaterThanOrEqualTo(0);
        assertThat(one(samples, "jewelry_logging_queue_fill_ratio", "JEWELRY_ASYNC_FILE", null).labels())
                .containsEntry("system", "MES").containsEntry("type", "async-file");
        // every metric the pack's rules read from the pipeline is exported by the default set-up
        assertThat(samples).extracting(Sample::name).contains("jewelry_logging_queue_fill_ratio",
                "jewelry_logging_dropped_total", "jewelry_logging_masking_failures_total", "jewelry_logging_lines_total");
    }

    @Test
    void theOperatorsEndpointShowsTheSameStatsView() throws Exception {
        JsonNode report = OpsPack.JSON.readTree(get("/actuator/jewelrylogging"));
        JsonNode file = null;
        for (JsonNode output : report.path("outputs")) {
            if (output.path("name").asString().equals("JEWELRY_ASYNC_FILE")) {
                file = output;
            }
        }
        assertThat(file).as("JEWELRY_ASYNC_FILE in " + report).isNotNull();
        assertThat(file.path("type").asString()).isEqualTo("async-file");
        assertThat(file.path("queueCapacity").asLong()).isEqualTo(8192);
        assertThat(file.path("accepted").asLong()).isGreaterThanOrEqualTo(EVENTS);
        assertThat(file.path("dropped").path("writer_stalled").asLong()).isZero();
        assertThat(report.path("status").asString()).isEqualTo("OK");
    }

    @Test
    void promtoolFiresTheQueueAndDropAlertsOnTheScrapedSeriesOnlyWhenTheyCrossTheThresholds() throws Exception {
        Path promtool = ExternalTool.require("promtool");
        List<Sample> samples = scrape();
        Sample fill = one(samples, "jewelry_logging_queue_fill_ratio", "JEWELRY_ASYNC_FILE", null);
        Sample dropped = one(samples, "jewelry_logging_dropped_total", "JEWELRY_ASYNC_FILE", "writer_stalled");
        Map<String, JsonNode> alerts = alertsByName();

        String test = """
                # Generated by ScrapedSeriesAlertTest from a scrape of a Boot service on the starter's default set-up.
                rule_files:
                  - %s
                evaluation_interval: 1m
                tests:
                  # the series as scraped, held for 15 minutes: nothing fires
                  - interval: 1m
                    input_series:
                      - series: '%s'
                        values: '%sx15'
                      - series: '%s'
                        values: '%sx15'
                    alert_rule_test:
                      - eval_time: 10m
                        alertname: JewelryLoggingQueueFilling
                        exp_alerts: []
                      - eval_time: 10m
                        alertname: JewelryLogLinesDropped
                        exp_alerts: []
                  # the same series, the queue 90%% full and 5 lines dropped a minute: both fire with the scrape's labels
                  - interval: 1m
                    input_series:
                      - series: '%s'
                        values: '0.9x15'
                      - series: '%s'
                        values: '%s+5x15'
                    alert_rule_test:
                      - eval_time: 10m
                        alertname: JewelryLoggingQueueFilling
                        exp_alerts:
                          - exp_labels:
                %s
                            exp_annotations:
                %s
                      - eval_time: 10m
                        alertname: JewelryLogLinesDropped
                        exp_alerts:
                          - exp_labels:
                %s
                            exp_annotations:
                %s
                """.formatted(PrometheusRulesTest.RULES.toAbsolutePath(),
                fill.series(), number(fill.value()), dropped.series(), number(dropped.value()),
                fill.series(), dropped.series(), number(dropped.value()),
                yamlMap(expectedLabels(alerts.get("JewelryLoggingQueueFilling"), Map.of("system", "MES", "application", SERVICE))),
                yamlMap(expectedAnnotations(alerts.get("JewelryLoggingQueueFilling"), Map.of("system", "MES", "application", SERVICE), "90%")),
                yamlMap(expectedLabels(alerts.get("JewelryLogLinesDropped"), Map.of("system", "MES", "application", SERVICE, "reason", "writer_stalled"))),
                yamlMap(expectedAnnotations(alerts.get("JewelryLogLinesDropped"), Map.of("system", "MES", "application", SERVICE, "reason", "writer_stalled"), "50")));
        Path dir = Files.createDirectories(Path.of("target", "scraped-series"));
        Path file = dir.resolve("scraped.rules.test.yml");
        Files.writeString(file, test, StandardCharsets.UTF_8);

        ExternalTool.Result result = ExternalTool.run(promtool, dir, Duration.ofMinutes(1), "test", "rules", file.getFileName().toString());
        assertThat(result.exitCode()).as(test + "\n" + result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    private static Map<String, JsonNode> alertsByName() {
        Map<String, JsonNode> alerts = new TreeMap<>();
        for (JsonNode group : OpsPack.readYaml(PrometheusRulesTest.RULES).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("alert")) {
                    alerts.put(rule.path("alert").asString(), rule);
                }
            }
        }
        return alerts;
    }

    private static Map<String, String> expectedLabels(JsonNode alert, Map<String, String> byLabel) {
        Map<String, String> labels = new TreeMap<>(byLabel);
        alert.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
        return labels;
    }

    /** The rule's own annotation templates, with its labels and the value rendered as Prometheus renders them. */
    private static Map<String, String> expectedAnnotations(JsonNode alert, Map<String, String> labels, String renderedValue) {
        Map<String, String> annotations = new TreeMap<>();
        alert.path("annotations").properties().forEach(e -> {
            String text = e.getValue().asString()
                    .replaceAll("\\{\\{ \\$value \\| humanize(Percentage)? }}", renderedValue);
            for (Map.Entry<String, String> label : labels.entrySet()) {
                text = text.replace("{{ $labels." + label.getKey() + " }}", label.getValue());
            }
            assertThat(text).as("a template the test does not render").doesNotContain("{{");
            annotations.put(e.getKey(), text);
        });
        return annotations;
    }

    private static String yamlMap(Map<String, String> map) {
        StringBuilder yaml = new StringBuilder();
        map.forEach((k, v) -> yaml.append("                  ").append(k).append(": '")
                .append(v.replace("'", "''")).append("'\n"));
        return yaml.toString().stripTrailing();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class CostingService {
    }
}
