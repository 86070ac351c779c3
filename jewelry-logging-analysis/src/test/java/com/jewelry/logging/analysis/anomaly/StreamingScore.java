package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyDetected;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores alarms against labelled windows the way the public streaming benchmarks do (Numenta's standard profile):
 * a window counts once, by its first alarm, worth {@code 2 / (1 + e^(5y)) - 1} where y runs from -1 at the window's
 * start to 0 at its end (earlier is worth more, up to 0.987); a window without alarm costs 1; every alarm outside
 * all windows costs 0.11. Normalised: 0 for a detector that never alarms, 100 for one that alarms at every start.
 *
 * @param detections the first alarm of each labelled window (empty when missed), in label order
 * @param falseAlarms the alarms outside every window
 */
record StreamingScore(Map<Incident, Optional<AnomalyDetected>> detections, List<AnomalyDetected> falseAlarms,
                      Duration tail) {

    static final double TRUE_POSITIVE = 1.0;
    static final double FALSE_POSITIVE = 0.11;
    static final double FALSE_NEGATIVE = 1.0;

    static StreamingScore of(List<Incident> incidents, List<AnomalyDetected> alarms, Instant scoredFrom, Duration tail) {
        Map<Incident, Optional<AnomalyDetected>> detections = new LinkedHashMap<>();
        incidents.forEach(incident -> detections.put(incident, alarms.stream()
                .filter(a -> incident.covers(a.system(), a.time(), tail)).findFirst()));
        List<AnomalyDetected> falseAlarms = new ArrayList<>();
        for (AnomalyDetected alarm : alarms) {
            if (!alarm.time().isBefore(scoredFrom)
                    && incidents.stream().noneMatch(i -> i.covers(alarm.system(), alarm.time(), tail))) {
                falseAlarms.add(alarm);
            }
        }
        return new StreamingScore(detections, falseAlarms, tail);
    }

    /** The worth of the first alarm of a window at {@code at}. */
    double worth(Incident incident, Instant at) {
        double length = Duration.between(incident.start(), incident.end().plus(tail)).toMillis();
        double y = Duration.between(incident.end().plus(tail), at).toMillis() / length;
        return TRUE_POSITIVE * (2 / (1 + Math.exp(5 * y)) - 1);
    }

    double raw() {
        double raw = -FALSE_POSITIVE * falseAlarms.size();
        for (Map.Entry<Incident, Optional<AnomalyDetected>> d : detections.entrySet()) {
            raw += d.getValue().map(a -> worth(d.getKey(), a.time())).orElse(-FALSE_NEGATIVE);
        }
        return raw;
    }

    /** 100 * (raw - never alarming) / (alarming at every start - never alarming). */
    double normalised() {
        double none = -FALSE_NEGATIVE * detections.size();
        double perfect = detections.keySet().stream().mapToDouble(i -> worth(i, i.start())).sum();
        return 100 * (raw() - none) / (perfect - none);
    }

    long detected() {
        return detections.values().stream().filter(Optional::isPresent).count();
    }

    double recall() {
        return (double) detected() / detections.size();
    }

    /** Alarms inside a window (first or not) over all alarms scored: what share of the pages were worth it. */
    double precision(List<AnomalyDetected> scoredAlarms) {
        return scoredAlarms.isEmpty() ? 1 : 1 - (double) falseAlarms.size() / scoredAlarms.size();
    }
}
