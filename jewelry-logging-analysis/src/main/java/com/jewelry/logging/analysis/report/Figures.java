package com.jewelry.logging.analysis.report;

import com.jewelry.logging.core.event.AnomalyDetected;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The key figures of a period, as the business asked for them. The same figures come from the JSON files
 * ({@link LogFileFigures}) and from OpenSearch aggregations ({@link OpenSearchFigures}); maps are sorted by key.
 *
 * @param from                 start of the period (inclusive)
 * @param until                end of the period (exclusive)
 * @param lines                lines counted in the period (all kinds)
 * @param ordersCreated        orders created per system ({@code order.created})
 * @param ordersPerStatus      status changes per new status and system ({@code order.status_changed}): status → system → count
 * @param ordersPerHour        orders created per hour (start of the hour, UTC)
 * @param costCalculation      cost calculation times ({@code cost_calculation.duration_ms} of {@code cost_calculation.requested})
 * @param partnerReceipts      partner orders per partner and processing status: partner → status → count
 * @param notifications        notifications sent per type
 * @param problems             WARN and ERROR lines per system: system → level → count
 * @param anomalies            anomalies the detector finds in the per-minute rates of the period
 * @param loggedAnomalies      {@code anomaly.detected} lines the services logged, per system
 * @param events               lines of every event of the catalogue the figures were read with: event → system → count
 */
public record Figures(Instant from, Instant until, long lines,
                      SortedMap<String, Long> ordersCreated,
                      SortedMap<String, SortedMap<String, Long>> ordersPerStatus,
                      SortedMap<Instant, Long> ordersPerHour,
                      Durations costCalculation,
                      SortedMap<String, SortedMap<String, Long>> partnerReceipts,
                      SortedMap<String, Long> notifications,
                      SortedMap<String, SortedMap<String, Long>> problems,
                      List<AnomalyDetected> anomalies,
                      SortedMap<String, Long> loggedAnomalies,
                      SortedMap<String, SortedMap<String, Long>> events) {

    /** Processing statuses counted as failures of the partner API. */
    public static final List<String> PARTNER_FAILURES = List.of("REJECTED", "INVALID");

    /** Partner orders that failed (rejected or invalid), per partner. */
    public Map<String, Long> partnerFailures() {
        java.util.TreeMap<String, Long> failures = new java.util.TreeMap<>();
        partnerReceipts.forEach((partner, statuses) -> failures.put(partner,
                PARTNER_FAILURES.stream().mapToLong(s -> statuses.getOrDefault(s, 0L)).sum()));
        return failures;
    }

    /**
     * Durations in milliseconds: how many, the median, the 95th percentile and the longest. Percentiles follow
     * OpenSearch's t-digest while each value is its own centroid ({@link Percentiles}), so a day of cost
     * calculations gives the same figures from files and from OpenSearch; over many thousands of values OpenSearch
     * merges centroids and its percentiles become approximations close to these.
     */
    public record Durations(long count, double p50, double p95, double max) {

        public static final Durations NONE = new Durations(0, Double.NaN, Double.NaN, Double.NaN);
    }
}
