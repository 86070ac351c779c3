package com.jewelry.logging.spring.anomaly;

import com.jewelry.logging.analysis.anomaly.SeriesKey;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Publishes the detector's scores as the gauge {@code jewelry.anomaly.score} tagged {@code system} and
 * {@code event}, for whole rates only: per-client series stay out of tags, their number is unbounded.
 */
public final class AnomalyScoreGauges {

    private final MultiGauge scores;
    private final AnomalyMonitor monitor;

    public AnomalyScoreGauges(MeterRegistry registry, AnomalyMonitor monitor) {
        this.monitor = monitor;
        this.scores = MultiGauge.builder("jewelry.anomaly.score")
                .description("How far an event rate is from its usual level at this hour, in spreads of the log-rate")
                .register(registry);
        monitor.afterTick(this::refresh);
    }

    /** Re-reads the scores; called after each tick. */
    public void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Map.Entry<SeriesKey, Double> score : monitor.detector().scores().entrySet()) {
            SeriesKey key = score.getKey();
            if (!key.isPerValue()) {
                double value = score.getValue();
                rows.add(MultiGauge.Row.of(Tags.of("system", key.system(), "event", key.event()), value));
            }
        }
        scores.register(rows, true);
    }
}
