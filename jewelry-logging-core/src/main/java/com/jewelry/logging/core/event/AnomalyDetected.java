package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventCategory;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;

import java.time.Instant;

/**
 * An event rate left its usual range: orders created far faster than at this hour on other days, or one partner or
 * address flooding the API. Logged once per episode (category {@code audit}: it may be the first trace of an
 * attack and must stay traceable).
 *
 * @param time              when the detector decided (not when the burst began)
 * @param kind              a spike of a whole rate, or a possible DDoS by one client or address
 * @param system            the system whose rate it is
 * @param event             the watched event, e.g. {@code order.created}, {@code http.access}, {@code log.error}
 * @param dimension         {@code client.id} or {@code client.address} for a per-client series; null otherwise
 * @param dimensionValue    the client id or address as the lines hold it (masked or pseudonymised); null otherwise
 * @param ratePerMinute     the rate that was seen, events per minute
 * @param baselinePerMinute the usual rate at this hour of the day, events per minute
 * @param score             how far the rate is from the usual one, in standard deviations of the log-rate
 * @param windowSeconds     the length of the counting window
 */
public record AnomalyDetected(Instant time, AnomalyKind kind, String system, String event, String dimension,
                              String dimensionValue, long ratePerMinute, long baselinePerMinute, long score,
                              int windowSeconds) implements BusinessEvent {

    public static final EventType<AnomalyDetected> TYPE = EventType
            .builder(AnomalyDetected.class, "anomaly.detected", 1)
            .category(EventCategory.AUDIT)
            .title("Anomaly detected")
            .description("An event rate (orders created, partner orders, errors, HTTP requests, possibly of one client) "
                    + "left its usual range for this hour of the day; logged once per episode.")
            .message(e -> "Anomaly " + e.kind() + " on " + e.system() + " " + e.event() + ": " + e.ratePerMinute()
                    + "/min where " + e.baselinePerMinute() + "/min is usual")
            .field(EventField.requiredEnum("anomaly.kind", AnomalyKind.class,
                    "A spike or a drop of a whole rate, a lasting level shift, or a possible DDoS by one client or address.", AnomalyDetected::kind))
            .field(EventField.required("anomaly.system", FieldKind.KEYWORD,
                    "The system whose rate it is.", AnomalyDetected::system))
            .field(EventField.required("anomaly.event", FieldKind.KEYWORD,
                    "The watched event: an event.action, or log.error for ERROR lines.", AnomalyDetected::event))
            .field(EventField.optional("anomaly.dimension", FieldKind.KEYWORD,
                    "client.id or client.address when one client's requests are counted.", AnomalyDetected::dimension))
            .field(EventField.optional("anomaly.dimension_value", FieldKind.KEYWORD,
                    "The client id or address as the lines hold it (masked or pseudonymised).",
                    AnomalyDetected::dimensionValue))
            .field(EventField.required("anomaly.rate_per_minute", FieldKind.INTEGER,
                    "The rate that was seen, events per minute.", AnomalyDetected::ratePerMinute))
            .field(EventField.required("anomaly.baseline_per_minute", FieldKind.INTEGER,
                    "The usual rate at this hour of the day, events per minute.", AnomalyDetected::baselinePerMinute))
            .field(EventField.required("anomaly.score", FieldKind.INTEGER,
                    "Distance from the usual rate in standard deviations of the log-rate.", AnomalyDetected::score))
            .field(EventField.required("anomaly.window_seconds", FieldKind.INTEGER,
                    "The length of the counting window.", AnomalyDetected::windowSeconds))
            .build();

    @Override
    public EventType<AnomalyDetected> type() {
        return TYPE;
    }
}
