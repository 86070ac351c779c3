package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyDetected;

import java.time.Instant;

/** Told once when an anomaly episode starts (log the event, notify) and once when it is over. */
@FunctionalInterface
public interface AnomalyListener {

    /** A new episode: called once, however long it lasts. Must not throw; the detector ignores what it throws. */
    void episodeStarted(AnomalyDetected anomaly);

    /** The episode of {@code key} ended at {@code at}: its score stayed below the lower threshold long enough. */
    default void episodeEnded(SeriesKey key, Instant at) {
    }

    /** A listener that does nothing (for tests and for the gauge-only use). */
    static AnomalyListener none() {
        return anomaly -> { };
    }
}
