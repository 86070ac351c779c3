package com.jewelry.logging.analysis.report;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.analysis.anomaly.AnomalyDetector;
import com.jewelry.logging.analysis.anomaly.AnomalyListener;
import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.PartnerOrderReceived;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per-minute counts of the watched rates of a period, and the anomalies the detector finds in them. Files and
 * OpenSearch fill the same series (OpenSearch through date histograms), so both find the same anomalies.
 */
final class RateSeries {

    /** Watched event actions, counted per system. */
    static final List<String> WATCHED_EVENTS = List.of(OrderCreated.TYPE.name(), PartnerOrderReceived.TYPE.name(),
            SeriesKey.HTTP_REQUESTS);
    /** Watched per-client dimensions of access lines. */
    static final List<String> CLIENT_DIMENSIONS = List.of(SeriesKey.CLIENT_ID, SeriesKey.CLIENT_ADDRESS);
    /** How many clients per system and dimension are followed: the busiest, as a terms aggregation returns them. */
    static final int TOP_CLIENTS = 10;

    /**
     * The counting window of a period: a minute up to two days, ten minutes beyond, which keeps a week of
     * histograms under OpenSearch's bucket limit ({@code search.max_buckets}, 65,535 by default).
     */
    static Duration windowFor(Instant from, Instant until) {
        return Duration.between(from, until).compareTo(Duration.ofDays(2)) <= 0 ? Duration.ofMinutes(1) : Duration.ofMinutes(10);
    }

    /** The same counts in coarser windows (aligned on the epoch, as date histograms are). */
    RateSeries rebucket(Duration window) {
        long millis = window.toMillis();
        RateSeries coarse = new RateSeries();
        counts.forEach((key, minutes) -> minutes.forEach((minute, count) ->
                coarse.add(key, Instant.ofEpochMilli(Math.floorDiv(minute.toEpochMilli(), millis) * millis), count)));
        return coarse;
    }

    private final Map<SeriesKey, SortedMap<Instant, Long>> counts = new TreeMap<>(Comparator.comparing(SeriesKey::toString));

    void add(SeriesKey key, Instant minute, long count) {
        counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(minute, count, Long::sum);
    }

    /** Keeps, per system and dimension, only the {@link #TOP_CLIENTS} busiest clients (count desc, then value asc). */
    void keepTopClients() {
        Map<String, List<SeriesKey>> groups = new TreeMap<>();
        for (SeriesKey key : counts.keySet()) {
            if (key.isPerValue()) {
                groups.computeIfAbsent(key.system() + "|" + key.dimension(), g -> new ArrayList<>()).add(key);
            }
        }
        for (List<SeriesKey> group : groups.values()) {
            group.sort(Comparator.comparingLong((SeriesKey k) -> -total(k)).thenComparing(SeriesKey::value));
            group.subList(Math.min(TOP_CLIENTS, group.size()), group.size()).forEach(counts::remove);
        }
    }

    private long total(SeriesKey key) {
        return counts.get(key).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Plays the windows in time order through a detector whose window is the series' window. */
    List<AnomalyDetected> anomalies(DetectorSettings settings, Instant until) {
        SortedMap<Instant, List<Map.Entry<SeriesKey, Long>>> byMinute = new TreeMap<>();
        counts.forEach((key, minutes) -> minutes.forEach((minute, count) ->
                byMinute.computeIfAbsent(minute, m -> new ArrayList<>()).add(Map.entry(key, count))));
        List<AnomalyDetected> found = new ArrayList<>();
        AnomalyListener collect = found::add;
        AnomalyDetector detector = new AnomalyDetector(settings, Clock.fixed(until, ZoneOffset.UTC), collect);
        byMinute.forEach((minute, entries) -> entries.forEach(e -> detector.recordWindow(e.getKey(), minute, e.getValue())));
        detector.advanceTo(until);
        return found;
    }
}
