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
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command over the files of a day: a self-contained HTML page and a markdown summary. */
class MainTest {

    @TempDir
    Path logs;
    @TempDir
    Path out;

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

    @Test
    void explainsItsUsageWhenArgumentsAreMissingOrWrong() {
        assertThat(run()).isEqualTo(Main.USAGE);
        assertThat(run("report", "--out", out.toString())).isEqualTo(Main.USAGE);
        assertThat(run("report", "--from", logs.toString(), "--out", out.toString(), "--since", "yesterday")).isEqualTo(Main.USAGE);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("usage: report --from <dir>", "not a time: yesterday");
    }
}
