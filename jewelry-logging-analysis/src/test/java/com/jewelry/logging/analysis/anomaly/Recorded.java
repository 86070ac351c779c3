package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyDetected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A listener that keeps what it was told. */
final class Recorded implements AnomalyListener {

    final List<AnomalyDetected> started = new ArrayList<>();
    final List<SeriesKey> ended = new ArrayList<>();
    final List<Instant> endedAt = new ArrayList<>();

    @Override
    public void episodeStarted(AnomalyDetected anomaly) {
        started.add(anomaly);
    }

    @Override
    public void episodeEnded(SeriesKey key, Instant at) {
        ended.add(key);
        endedAt.add(at);
    }
}
