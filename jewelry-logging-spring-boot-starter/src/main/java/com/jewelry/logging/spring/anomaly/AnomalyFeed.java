package com.jewelry.logging.spring.anomaly;

import com.jewelry.logging.analysis.anomaly.AnomalyDetector;
import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventCategory;
import com.jewelry.logging.core.EventLine;
import com.jewelry.logging.core.event.HttpAccess;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.spring.backend.LineObserver;
import org.slf4j.event.Level;

/**
 * Feeds the detector from the lines the service writes: every business event by name, every access line (per
 * authenticated client for the partner API, and per client network), and every ERROR line. Sees the root logger's
 * lines on Logback or Log4j2; it writes nothing. A raw address is never fed: the detector's event names the value it
 * flags, so the series is keyed by the address as the service's masking writes it, which keeps an IP's network
 * ({@code 203.0.113.0/24}, IPv6 {@code /48}): a flood from one network is one series, as on the access lines.
 */
final class AnomalyFeed implements LineObserver {

    private final AnomalyDetector detector;
    private final String system;
    private final Masker masker;

    AnomalyFeed(AnomalyDetector detector, String system, Masker masker) {
        this.detector = detector;
        this.system = system;
        this.masker = masker;
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
            if (event instanceof HttpAccess access) {
                if (access.clientId() != null) {
                    detector.record(SeriesKey.requestsBy(system, SeriesKey.CLIENT_ID, access.clientId()));
                }
                String network = networkOf(access.clientAddress());
                if (network != null) {
                    detector.record(SeriesKey.requestsBy(system, SeriesKey.CLIENT_ADDRESS, network));
                }
            }
            return;
        }
    }

    /** The client's network as the access line shows it, or null when the masking keeps no network (a marker). */
    private String networkOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String shown = masker.maskValue(SeriesKey.CLIENT_ADDRESS, address);
        return shown != null && !shown.startsWith("[") && shown.indexOf('/') > 0 ? shown : null;
    }
}
