package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.spring.metrics.JewelryLoggingMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for the business events and the logging pipeline, when the service has a {@link MeterRegistry}.
 * Ordered after Spring Boot's registry set-up, named for Boot 3 and Boot 4 (the metrics auto-configuration moved).
 */
@AutoConfiguration(after = JewelryLoggingAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "jewelry.logging.metrics", name = "enabled", matchIfMissing = true)
public final class LoggingMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JewelryLoggingMetrics jewelryLoggingMetrics(MeterRegistry registry, JewelryLoggingProperties properties) {
        return new JewelryLoggingMetrics(registry, properties.system() != null ? properties.system().name() : "UNKNOWN");
    }
}
