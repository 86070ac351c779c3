package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.spring.backend.MaskingPolicies;
import com.jewelry.logging.analysis.anomaly.AnomalyDetector;
import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.spring.anomaly.AnomalyMonitor;
import com.jewelry.logging.spring.anomaly.AnomalyScoreGauges;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Anomaly detection in the service, when {@code jewelry-logging-analysis} is on the classpath: the detector learns
 * the service's own rates (business events, access lines, per-partner requests, ERROR lines), logs one
 * {@code anomaly.detected} event per episode and, with a {@link MeterRegistry}, publishes
 * {@code jewelry.anomaly.score}.
 */
@AutoConfiguration(after = {JewelryLoggingAutoConfiguration.class, LoggingMetricsAutoConfiguration.class})
@ConditionalOnClass(AnomalyDetector.class)
@ConditionalOnProperty(prefix = "jewelry.logging.anomaly", name = "enabled", matchIfMissing = true)
public final class AnomalyDetectionAutoConfiguration {

    private static final String LOGGER = "com.jewelry.logging.anomaly";

    @Bean
    @ConditionalOnMissingBean
    AnomalyDetector jewelryAnomalyDetector(ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        EventLogger events = EventLogger.create(LoggerFactory.getILoggerFactory(), LOGGER, time);
        return new AnomalyDetector(DetectorSettings.defaults(), time, events::log);
    }

    @Bean
    @ConditionalOnMissingBean
    AnomalyMonitor jewelryAnomalyMonitor(AnomalyDetector detector, JewelryLoggingProperties properties) {
        return new AnomalyMonitor(detector, properties.system() != null ? properties.system().name() : "UNKNOWN",
                Masker.of(MaskingPolicies.from(properties.masking())));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static final class Gauges {

        @Bean
        @ConditionalOnMissingBean
        AnomalyScoreGauges jewelryAnomalyScoreGauges(MeterRegistry registry, AnomalyMonitor monitor) {
            return new AnomalyScoreGauges(registry, monitor);
        }
    }
}
