package com.jewelry.logging.spring.anomaly;

import com.jewelry.logging.analysis.anomaly.AnomalyDetector;
import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.spring.autoconfigure.AnomalyDetectionAutoConfiguration;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingAutoConfiguration;
import com.jewelry.logging.spring.autoconfigure.LoggingMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnomalyDetectionAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JewelryLoggingAutoConfiguration.class,
                    LoggingMetricsAutoConfiguration.class, AnomalyDetectionAutoConfiguration.class))
            .withPropertyValues("jewelry.logging.system=SHOP");

    @Test
    void theServiceWatchesItsOwnEventRatesAndPublishesTheirScores() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(AnomalyDetector.class).hasSingleBean(AnomalyMonitor.class)
                    .hasSingleBean(AnomalyScoreGauges.class);
            AnomalyMonitor monitor = context.getBean(AnomalyMonitor.class);
            assertThat(monitor.isRunning()).isTrue();

            EventLogger events = EventLogger.forClass(AnomalyDetectionAutoConfigurationTest.class);
            events.orderCreated("C-1", "ORD-1", List.of(), Money.rub("10.00"));
            monitor.tick();

            assertThat(monitor.detector().scores()).containsKey(SeriesKey.of("SHOP", "order.created"));
            assertThat(context.getBean(MeterRegistry.class).find("jewelry.anomaly.score")
                    .tags("system", "SHOP", "event", "order.created").gauge()).isNotNull();
        });
    }

    @Test
    void theFeedIsDetachedWhenTheApplicationStops() {
        AnomalyMonitor[] kept = new AnomalyMonitor[1];
        runner.run(context -> kept[0] = context.getBean(AnomalyMonitor.class));

        assertThat(kept[0].isRunning()).isFalse();
        EventLogger.forClass(AnomalyDetectionAutoConfigurationTest.class)
                .orderCreated("C-1", "ORD-2", List.of(), Money.rub("10.00"));
        kept[0].tick();
        assertThat(kept[0].detector().scores()).doesNotContainKey(SeriesKey.of("SHOP", "order.created"));
    }

    @Test
    void backsOffWithoutTheAnalysisModule() {
        runner.withClassLoader(new FilteredClassLoader(AnomalyDetector.class))
                .run(context -> assertThat(context).doesNotHaveBean(AnomalyMonitor.class));
    }

    @Test
    void backsOffWhenSwitchedOff() {
        runner.withPropertyValues("jewelry.logging.anomaly.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AnomalyDetector.class));
    }

    @Test
    void aUsersOwnDetectorReplacesTheDefault() {
        AnomalyDetector own = new AnomalyDetector(com.jewelry.logging.analysis.anomaly.DetectorSettings.defaults(),
                java.time.Clock.systemUTC(), com.jewelry.logging.analysis.anomaly.AnomalyListener.none());
        runner.withBean(AnomalyDetector.class, () -> own)
                .run(context -> assertThat(context.getBean(AnomalyMonitor.class).detector()).isSameAs(own));
    }
}
