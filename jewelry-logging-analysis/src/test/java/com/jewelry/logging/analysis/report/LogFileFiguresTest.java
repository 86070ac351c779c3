package com.jewelry.logging.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.core.event.AnomalyKind;
import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key figures read from the JSON files the services wrote, rolled .json.gz files included. */
class LogFileFiguresTest {

    @TempDir
    Path dir;

    private Figures read(Instant from, Instant until) {
        return new LogFileFigures(DetectorSettings.perMinute()).read(dir, from, until);
    }

    @Test
    void countsOrdersStatusesPartnersNotificationsAndProblemsOfTheDay() throws IOException {
        SampleDay day = new SampleDay();
        day.writeTo(dir);

        Figures f = read(SampleDay.FROM, SampleDay.UNTIL);

        assertThat(f.lines()).isEqualTo(day.size());
        assertThat(f.ordersCreated()).containsExactly(Map.entry("CRM", 1L), Map.entry("SHOP", 3L));
        assertThat(f.ordersPerStatus()).containsOnlyKeys("IN_PRODUCTION", "PAID");
        assertThat(f.ordersPerStatus().get("PAID")).containsExactly(Map.entry("SHOP", 2L));
        assertThat(f.ordersPerHour()).containsExactly(
                Map.entry(Instant.parse("2026-11-24T10:00:00Z"), 3L), Map.entry(Instant.parse("2026-11-24T11:00:00Z"), 1L));
        assertThat(f.partnerReceipts().get("P-TEST-02")).containsExactly(Map.entry("INVALID", 1L), Map.entry("REJECTED", 1L));
        assertThat(f.partnerFailures()).containsExactly(Map.entry("P-TEST-01", 0L), Map.entry("P-TEST-02", 2L));
        assertThat(f.notifications()).containsExactly(Map.entry("READY_FOR_PICKUP", 1L));
        assertThat(f.problems()).containsExactly(Map.entry("API", new java.util.TreeMap<>(Map.of("WARN", 1L))),
                Map.entry("MES", new java.util.TreeMap<>(Map.of("ERROR", 1L))));
        assertThat(f.anomalies()).isEmpty();
    }

    @Test
    void costCalculationPercentilesFollowOpenSearchsTDigestOnFewValues() throws IOException {
        new SampleDay().writeTo(dir);

        Figures.Durations cost = read(SampleDay.FROM, SampleDay.UNTIL).costCalculation();

        // sorted 1200, 1834, 2500, 9000: rank floor(0.5 * 4) = 2, and 0.95 * 4 = 3.8 is past n - 1, so the largest
        assertThat(cost).isEqualTo(new Figures.Durations(4, 2500, 9000, 9000));
    }

    @Test
    void onlyLinesOfThePeriodCount() throws IOException {
        new SampleDay().writeTo(dir);

        Figures f = read(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"));

        assertThat(f.ordersCreated()).containsExactly(Map.entry("CRM", 1L), Map.entry("SHOP", 2L));
        assertThat(f.costCalculation().count()).isZero();
    }

    @Test
    void skipsLinesThatAreNotJsonAndCountsTheRest() throws IOException {
        new SampleDay().writeTo(dir);
        Files.writeString(dir.resolve("jewelry-extra.json"), "not json\n{\"@timestamp\":\"yesterday\"}\n");

        assertThat(read(null, null).lines()).isEqualTo(new SampleDay().size());
    }

    @Test
    void aFloodOfOrdersInTheFilesIsAnAnomalyAndAFloodFromOneAddressIsAPossibleDdos() throws IOException {
        List<ObjectNode> shop = new ArrayList<>();
        List<ObjectNode> api = new ArrayList<>();
        Instant start = Instant.parse("2026-11-24T08:00:00Z");
        // four hours of 2 orders and 3 requests a minute from a few pseudonymised addresses, then a burst
        for (int minute = 0; minute < 240; minute++) {
            Instant t = start.plusSeconds(60L * minute);
            for (int i = 0; i < 2; i++) {
                shop.add(at(SampleDay.event("SHOP", "00:00:00", "order.created", "INFO"), t.plusSeconds(20L * i)));
            }
            for (int i = 0; i < 3; i++) {
                ObjectNode access = at(SampleDay.event("API", "00:00:00", "http.access", "INFO"), t.plusSeconds(10L * i));
                access.putObject("client").put("address", "ip~5a0" + ((minute + i) % 4));
                api.add(access);
            }
        }
        Instant burst = start.plusSeconds(240 * 60);
        for (int i = 0; i < 6000; i++) {
            shop.add(at(SampleDay.event("SHOP", "00:00:00", "order.created", "INFO"), burst.plusMillis(10L * i)));
            ObjectNode access = at(SampleDay.event("API", "00:00:00", "http.access", "INFO"), burst.plusMillis(10L * i));
            access.putObject("client").put("address", "ip~ffee01");
            api.add(access);
        }
        write("jewelry-shop.json", shop);
        write("jewelry-api.json", api);

        Figures f = read(null, null);

        assertThat(f.anomalies()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.RATE_SPIKE);
            assertThat(a.system()).isEqualTo("SHOP");
            assertThat(a.event()).isEqualTo("order.created");
            // the minute's count is known when the minute closes, and it is a rate per minute, not per second
            assertThat(a.time()).isEqualTo(burst.plusSeconds(60));
            assertThat(a.ratePerMinute()).isEqualTo(6_000);
        });
        assertThat(f.anomalies()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.POSSIBLE_DDOS);
            assertThat(a.dimension()).isEqualTo("client.address");
            assertThat(a.dimensionValue()).isEqualTo("ip~ffee01");
        });
        assertThat(f.anomalies()).noneSatisfy(a -> assertThat(a.time()).isBefore(burst));
    }

    private static ObjectNode at(ObjectNode line, Instant t) {
        return line.put("@timestamp", t.toString());
    }

    private void write(String name, List<ObjectNode> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(SampleDay.JSON.writeValueAsString(l)).append('\n'));
        Files.writeString(dir.resolve(name), text);
    }
}
