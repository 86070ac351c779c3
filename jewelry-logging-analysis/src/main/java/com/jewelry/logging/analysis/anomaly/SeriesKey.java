package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.HttpAccess;

import java.util.Objects;

/**
 * One rate the detector watches: an event of a system ({@code SHOP}, {@code order.created}), optionally narrowed to
 * one value of a dimension such as the partner ({@code client.id}) or the address ({@code client.address}) of HTTP
 * requests. Dimension values are taken as written in the line, so masked or pseudonymised addresses group as well
 * as clear ones.
 *
 * @param system    the system the events come from, as {@code system} holds it
 * @param event     the watched event: an {@code event.action} such as {@code order.created}, or {@link #ERRORS}
 * @param dimension the field the series is narrowed by, e.g. {@code client.id}; null for the whole event rate
 * @param value     the value of that field; null for the whole event rate
 */
public record SeriesKey(String system, String event, String dimension, String value) {

    /** The pseudo event name of ERROR lines of any kind. */
    public static final String ERRORS = "log.error";
    /** The event name of access lines (one per HTTP request). */
    public static final String HTTP_REQUESTS = HttpAccess.TYPE.name();
    /** The pseudo event of response times: the mean duration of a window's HTTP requests (see {@link AnomalyDetector#observe}). */
    public static final String RESPONSE_TIME = "http.response_time";
    /** Dimension: the authenticated API client (partner) of a request. */
    public static final String CLIENT_ID = "client.id";
    /** Dimension: the address a request came from, masked or pseudonymised as the line holds it. */
    public static final String CLIENT_ADDRESS = "client.address";

    public SeriesKey {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(event, "event");
        if ((dimension == null) != (value == null)) {
            throw new IllegalArgumentException("dimension and value go together: " + dimension + "=" + value);
        }
    }

    /** The whole rate of an event of a system. */
    public static SeriesKey of(String system, String event) {
        return new SeriesKey(system, event, null, null);
    }

    /** The series an anomaly was found on. */
    public static SeriesKey of(AnomalyDetected anomaly) {
        return new SeriesKey(anomaly.system(), anomaly.event(), anomaly.dimension(), anomaly.dimensionValue());
    }

    /** The rate of HTTP requests of one client id or one address (see {@link #CLIENT_ID}, {@link #CLIENT_ADDRESS}). */
    public static SeriesKey requestsBy(String system, String dimension, String value) {
        return new SeriesKey(system, HTTP_REQUESTS, dimension, value);
    }

    /** Whether this series is narrowed to one value of a dimension. */
    public boolean isPerValue() {
        return dimension != null;
    }

    /** The pool all values of this series' dimension share: a new client is compared with the usual client. */
    SeriesKey pool() {
        return isPerValue() ? new SeriesKey(system, event, dimension, "*") : this;
    }

    @Override
    public String toString() {
        return system + "/" + event + (isPerValue() ? "[" + dimension + "=" + value + "]" : "");
    }
}
