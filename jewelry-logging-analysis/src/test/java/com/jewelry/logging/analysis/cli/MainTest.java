package com.jewelry.logging.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.analysis.report.ReportWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command over the files of a day: a self-contained HTML page and a markdown summary. */
class MainTest {

    @TempDir
    Path logs;
    @TempDir
    Path out;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC());
    }

    private void writeDay() throws IOException {
        String line = "{\"@timestamp\":\"2026-11-24T10:00:0%dZ\",\"log\":{\"level\":\"INFO\"},\"system\":\"SHOP\","
                + "\"order\":{\"number\":\"ORD-TEST-%d\"},\"event\":{\"action\":\"order.created\",\"dataset\":\"shop.operational\"}}\n";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            text.append(String.format(line, i, i));
        }
        text.append("{\"@timestamp\":\"2026-11-24T11:00:00Z\",\"log\":{\"level\":\"ERROR\"},\"system\":\"SHOP\",\"message\":\"<script>x</script>\",\"event\":{\"dataset\":\"shop.error\"}}\n");
        Files.writeString(logs.resolve("jewelry-shop.json"), text);
    }

    @Test
    void writesASelfContainedHtmlReportWithChartsAndAMarkdownSummary() throws IOException {
        writeDay();

        int status = run("report", "--from", logs.toString(), "--out", out.toString(), "--since", "2026-11-24", "--until", "2026-11-25");

        assertThat(status).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
        String html = Files.readString(out.resolve(ReportWriter.HTML));
        assertThat(html).contains("<svg", "Orders created per hour", "Cost calculation times", "Partner API receipts",
                "Notifications per type", "Errors and warnings per system", "Anomalies");
        // nothing loaded from elsewhere: no scripts, no stylesheets or images by URL
        assertThat(html).doesNotContain("<script", "src=", "<link", "url(");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        String markdown = Files.readString(out.resolve(ReportWriter.MARKDOWN));
        assertThat(markdown).contains("| SHOP | 3 |").contains("| SHOP | 1 |").contains("2026-11-24T00:00:00Z");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("4 lines, 0 anomalies");
    }

    @Test
    void detectListsNoAnomalyOnAQuietDay() throws IOException {
        writeDay();

        assertThat(run("detect", "--from", logs.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Four quiet hours of two orders a minute, then 6,000 orders in the minute from 14:00. */
    private void writeFlood() throws IOException {
        StringBuilder text = new StringBuilder();
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        String line = "{\"@timestamp\":\"%s\",\"log\":{\"level\":\"INFO\"},\"system\":\"SHOP\","
                + "\"event\":{\"action\":\"order.created\",\"dataset\":\"shop.operational\"}}\n";
        for (int minute = 0; minute < 240; minute++) {
            text.append(String.format(line, start.plusSeconds(60L * minute)));
            text.append(String.format(line, start.plusSeconds(60L * minute + 30)));
        }
        Instant burst = start.plus(Duration.ofHours(4));
        for (int i = 0; i < 6000; i++) {
            text.append(String.format(line, burst.plusMillis(10L * i)));
        }
        Files.writeString(logs.resolve("jewelry-shop.json"), text);
    }

    @Test
    void detectWritesAnAnomalyDetectedLineAndExitsWithTheAnomalyStatusForAScheduler() throws IOException {
        writeFlood();

        int status = run("detect", "--from", logs.toString(), "--until", "2026-11-24T14:05:00Z", "--recent", "PT15M");

        assertThat(status).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(Main.ANOMALIES);
        List<JsonNode> lines = stdout.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.path("event").path("action").asString()).isEqualTo("anomaly.detected");
            assertThat(line.path("system").asString()).isEqualTo("SHOP");
            assertThat(line.path("anomaly").path("kind").asString()).isEqualTo("RATE_SPIKE");
            assertThat(line.path("anomaly").path("event").asString()).isEqualTo("order.created");
            assertThat(line.path("anomaly").path("rate_per_minute").asLong()).isEqualTo(6_000);
            assertThat(line.path("anomaly").path("window_seconds").asInt()).isEqualTo(60);
        });
    }

    @Test
    void detectIsQuietWhenTheAnomalyIsOlderThanTheRecentPeriod() throws IOException {
        writeFlood();

        int status = run("detect", "--from", logs.toString(), "--until", "2026-11-24T15:00:00Z", "--recent", "PT15M");

        assertThat(status).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void explainsItsUsageWhenArgumentsAreMissingOrWrong() {
        assertThat(run()).isEqualTo(Main.USAGE);
        assertThat(run("report", "--out", out.toString())).isEqualTo(Main.USAGE);
        assertThat(run("report", "--from", logs.toString(), "--out", out.toString(), "--since", "yesterday")).isEqualTo(Main.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("usage: report --from <dir>", "not a time: yesterday");
    }
}
