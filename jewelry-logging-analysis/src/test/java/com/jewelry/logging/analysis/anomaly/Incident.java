package com.jewelry.logging.analysis.anomaly;

import java.time.Instant;

/**
 * A labelled anomaly window of the evaluation set: what happened to which system, from when until when.
 *
 * @param system        the system whose series show it
 * @param incidentClass what kind of incident it is (outage, DDoS, ...), for the figures per class
 * @param start         its first moment
 * @param end           its last moment (exclusive); the scorer adds a short tail for the recovery
 */
record Incident(String system, String incidentClass, Instant start, Instant end) {

    boolean covers(String alarmSystem, Instant at, java.time.Duration tail) {
        return system.equals(alarmSystem) && !at.isBefore(start) && at.isBefore(end.plus(tail));
    }
}
