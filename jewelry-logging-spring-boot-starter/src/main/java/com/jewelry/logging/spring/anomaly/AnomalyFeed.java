package com.jewelry.logging.spring.anomaly;

import com.jewelry.logging.analysis.anomaly.AnomalyDetector;
import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventCategory;
import com.jewelry.logging.core.EventLine;
import com.jewelry.logging.core.event.HttpAccess;
import com.jewelry.logging.spring.backend.LineObserver;
import org.slf4j.event.Level;

/**
 * Feeds the detector from the lines the service writes: every business event by name, every access line (and,
 * for the partner API, per authenticated client), and every ERROR line. Sees the root logger's lines on Logback or
 * Log4j2; it writes nothing. Addresses are not fed: the detector's event names the value it flags, and only the masked form
 * of an address may reach a log line.
 */
final class AnomalyFeed implements LineObserver {

    private final AnomalyDetector detector;
    private final String system;

    AnomalyFeed(AnomalyDetector detector, String system) {
        this.detector = detector;
        this.system = system;
    }

    @Override
    public void line(Level level, Object[] arguments) {
        if (level == Level.ERROR) {
            detector.record(SeriesKey.of(system, SeriesKey.ERRORS));
        }
        if (arguments == null) {
            return;
        }
        for (Object argument : arguments) {
            BusinessEvent event = argument instanceof EventLine eventLine ? eventLine.event()
                    : argument instanceof BusinessEvent e ? e : null;
            if (event == null || event.type() == null) {
                continue;
            }
            EventCategory category = event.type().category();
            if (category == EventCategory.BUSINESS || category == EventCategory.ACCESS) {
                detector.record(SeriesKey.of(system, event.type().name()));
            }
            if (event instanceof HttpAccess access && access.clientId() != null) {
                detector.record(SeriesKey.requestsBy(system, SeriesKey.CLIENT_ID, access.clientId()));
            }
            return;
        }
    }
}
