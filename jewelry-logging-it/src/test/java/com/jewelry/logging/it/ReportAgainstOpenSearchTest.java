package com.jewelry.logging.it;

import com.jewelry.examples.plain.DayOfTheShop;
import com.jewelry.logging.core.event.AnomalyKind;
import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.analysis.cli.Main;
import com.jewelry.logging.analysis.report.Figures;
import com.jewelry.logging.analysis.report.LogFileFigures;
import com.jewelry.logging.analysis.report.OpenSearchFigures;
import com.jewelry.logging.it.support.Json;
import com.jewelry.logging.it.support.OpenSearch;
import com.jewelry.logging.it.support.OpsPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report command gives the same figures from the JSON files as from OpenSearch holding the same lines: the
 * demo's day is written to files, bulk-loaded into the index families the ops pack's templates create, and read
 * back both ways (aggregations on OpenSearch, a scan of the files). So that a wrong aggregation would show, the
 * period also holds four hours of orders at a steady two a minute and then a burst of 3,000 in one minute (a known
 * rate spike), and forty cost calculations of different lengths (percentiles that differ from each other).
 */
class ReportAgainstOpenSearchTest {

    private static final int BASELINE_MINUTES = 240;
    private static final int BURST = 3_000;
    private static final int COST_CALCULATIONS = 40;

    @RegisterExtension
    static final OpenSearch openSearch = new OpenSearch();

    @TempDir
    Path logs;

    @Test
    void filesAndOpenSearchGiveTheSameFiguresForTheSameDay() throws Exception {
        OpsPack.install(openSearch);
        Instant now = Instant.now();
        Instant from = now.truncatedTo(ChronoUnit.HOURS).minus(5, ChronoUnit.HOURS);
        DayOfTheShop.run(logs, false);
        Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        Instant burst = from.plus(BASELINE_MINUTES, ChronoUnit.MINUTES);
        addHistory(from, burst);

        JsonMapper json = JsonMapper.builder().build();
        StringBuilder bulk = new StringBuilder();
        long lines = 0;
        for (Path file : LogFileFigures.logFiles(logs)) {
            for (String line : Files.readAllLines(file)) {
                JsonNode parsed = json.readTree(line);
                String index = "jewelry-" + parsed.at("/event/dataset").asString().replace('.', '-');
                bulk.append("{\"index\":{\"_index\":").append(Json.quote(index)).append("}}\n").append(line).append('\n');
                lines++;
            }
        }
        JsonNode response = openSearch.call("POST", "/_bulk?refresh=true", bulk.toString()).ok("bulk load");
        assertThat(response.get("errors").asBoolean()).as("bulk errors: " + response).isFalse();
        openSearch.refresh("jewelry-*");

        Figures fromFiles = new LogFileFigures(DetectorSettings.perMinute()).read(logs, from, until);
        Figures fromOpenSearch = new OpenSearchFigures(URI.create(openSearch.url()), "jewelry-*",
                DetectorSettings.perMinute(), null).read(from, until);

        assertThat(fromFiles.lines()).isEqualTo(lines);
        assertThat(fromOpenSearch.lines()).isEqualTo(fromFiles.lines());
        assertThat(fromOpenSearch.ordersCreated()).isEqualTo(fromFiles.ordersCreated()).isNotEmpty();
        assertThat(fromOpenSearch.ordersPerStatus()).isEqualTo(fromFiles.ordersPerStatus()).isNotEmpty();
        assertThat(fromOpenSearch.ordersPerHour()).isEqualTo(fromFiles.ordersPerHour()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(fromOpenSearch.costCalculation()).isEqualTo(fromFiles.costCalculation());
        assertThat(fromOpenSearch.partnerReceipts()).isEqualTo(fromFiles.partnerReceipts()).isNotEmpty();
        assertThat(fromOpenSearch.notifications()).isEqualTo(fromFiles.notifications()).isNotEmpty();
        assertThat(fromOpenSearch.problems()).isEqualTo(fromFiles.problems()).isNotEmpty();
        assertThat(fromOpenSearch.anomalies()).isEqualTo(fromFiles.anomalies());

        // the figures are the known ones, not merely equal: the demo's 1,834 ms calculation and 100, 200, ..., 4,000 ms
        // (41 values: the median is the 21st, 2,000; the 95th percentile the 39th, 3,800; t-digest keeps each value
        // while there are this few), and the burst found as a rate spike of the shop's order.created at its minute
        assertThat(fromFiles.costCalculation()).isEqualTo(new Figures.Durations(COST_CALCULATIONS + 1, 2000, 3800, 4000));
        assertThat(fromFiles.anomalies()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.RATE_SPIKE);
            assertThat(a.system()).isEqualTo("SHOP");
            assertThat(a.event()).isEqualTo("order.created");
            // decided when the burst's minute closed, at the minute's rate (not its count per second)
            assertThat(a.time()).isEqualTo(burst.plus(1, ChronoUnit.MINUTES));
            assertThat(a.ratePerMinute()).isEqualTo(BURST);
        });
        assertThat(fromFiles.anomalies()).as("nothing in the steady hours").noneSatisfy(a -> assertThat(a.time()).isBefore(burst));

        // the fleet-level command over the same store: an anomaly.detected line for the burst, and the status a
        // scheduler alerts on
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"detect", "--opensearch", openSearch.url(), "--since", from.toString(),
                        "--until", until.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.ANOMALIES);
        List<JsonNode> detected = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
        assertThat(detected).allSatisfy(line -> assertThat(line.at("/event/action").asString()).isEqualTo("anomaly.detected"))
                .anySatisfy(line -> {
                    assertThat(line.at("/anomaly/kind").asString()).isEqualTo("RATE_SPIKE");
                    assertThat(line.at("/anomaly/system").asString()).isEqualTo("SHOP");
                    assertThat(line.at("/anomaly/event").asString()).isEqualTo("order.created");
                    assertThat(line.at("/anomaly/rate_per_minute").asLong()).isEqualTo(BURST);
                });
    }

    /**
     * Copies of the demo's own order.created and cost_calculation.requested lines, re-stamped: two orders a minute
     * from {@code from} to {@code burst}, then {@link #BURST} orders within the burst's minute, and forty cost
     * calculations of 100 to 4,000 ms spread over the steady hours.
     */
    private void addHistory(Instant from, Instant burst) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode order = null;
        ObjectNode cost = null;
        for (Path file : LogFileFigures.logFiles(logs)) {
            for (String line : Files.readAllLines(file)) {
                ObjectNode parsed = (ObjectNode) json.readTree(line);
                String action = parsed.at("/event/action").asString("");
                if (action.equals("order.created") && "SHOP".equals(parsed.path("system").asString())) {
                    order = parsed;
                } else if (action.equals("cost_calculation.requested")) {
                    cost = parsed;
                }
            }
        }
        assertThat(order).as("the demo logs an order.created in the shop").isNotNull();
        assertThat(cost).as("the demo logs a cost_calculation.requested").isNotNull();
        StringBuilder history = new StringBuilder();
        int n = 0;
        for (int minute = 0; minute < BASELINE_MINUTES; minute++) {
            for (int i = 0; i < 2; i++) {
                Instant at = from.plusSeconds(60L * minute + 30L * i);
                history.append(json.writeValueAsString(restamped(order, at, "ORD-HIST-" + n++))).append('\n');
            }
        }
        for (int i = 0; i < BURST; i++) {
            history.append(json.writeValueAsString(restamped(order, burst.plusMillis(20L * i), "ORD-HIST-" + n++))).append('\n');
        }
        for (int i = 1; i <= COST_CALCULATIONS; i++) {
            ObjectNode line = restamped(cost, from.plusSeconds(300L * i), "ORD-COST-" + i);
            ((ObjectNode) line.get("cost_calculation")).put("duration_ms", 100 * i);
            history.append(json.writeValueAsString(line)).append('\n');
        }
        Files.writeString(logs.resolve("jewelry-history.json"), history);
    }

    private static ObjectNode restamped(ObjectNode line, Instant at, String orderNumber) {
        ObjectNode copy = line.deepCopy();
        copy.put("@timestamp", at.toString());
        if (copy.get("order") instanceof ObjectNode o) {
            o.put("number", orderNumber);
        }
        return copy;
    }
}
