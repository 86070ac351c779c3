package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.spring.actuate.JewelryLoggingEndpoint;
import com.jewelry.logging.spring.aop.DebugLoggingAspect;
import com.jewelry.logging.spring.aop.EventLoggingAspect;
import com.jewelry.logging.spring.correlation.MdcTaskDecorator;
import com.jewelry.logging.spring.metrics.JewelryLoggingMetrics;
import com.jewelry.logging.spring.web.AccessLogFilter;
import com.jewelry.logging.spring.web.RequestCorrelationFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.aspectj.lang.annotation.Aspect;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.task.TaskDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class AutoConfigurationConditionsTest {

    private static final AutoConfigurations ALL = AutoConfigurations.of(JewelryLoggingAutoConfiguration.class,
            EventAnnotationAutoConfiguration.class, DebugAnnotationAutoConfiguration.class,
            RequestCorrelationAutoConfiguration.class, MdcPropagationAutoConfiguration.class,
            AccessLogAutoConfiguration.class, LoggingMetricsAutoConfiguration.class, LoggingEndpointAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(ALL);
    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(ALL);

    @Test
    void aPlainApplicationGetsTheAspectsTheTaskDecoratorAndTheMaskingPolicyButNoWebFilters() {
        runner.run(context -> assertThat(context)
                .hasSingleBean(EventLoggingAspect.class).hasSingleBean(DebugLoggingAspect.class)
                .hasSingleBean(MdcTaskDecorator.class).hasSingleBean(MaskingPolicy.class)
                .doesNotHaveBean(RequestCorrelationFilter.class).doesNotHaveBean(AccessLogFilter.class)
                .doesNotHaveBean(JewelryLoggingMetrics.class));
    }

    @Test
    void aServletApplicationGetsTheCorrelationAndAccessLogFilters() {
        web.run(context -> assertThat(context).hasSingleBean(RequestCorrelationFilter.class).hasSingleBean(AccessLogFilter.class));
    }

    @Test
    void theAccessLogBacksOffWithoutSpringMvc() {
        web.withClassLoader(new FilteredClassLoader(HandlerMapping.class))
                .run(context -> assertThat(context).doesNotHaveBean(AccessLogFilter.class).hasSingleBean(RequestCorrelationFilter.class));
    }

    @Test
    void theAspectsBackOffWithoutAspectJ() {
        runner.withClassLoader(new FilteredClassLoader(Aspect.class))
                .run(context -> assertThat(context).doesNotHaveBean(EventLoggingAspect.class).doesNotHaveBean(DebugLoggingAspect.class));
    }

    @Test
    void metricsNeedAMeterRegistryBeanAndBackOffWithoutMicrometer() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).hasSingleBean(JewelryLoggingMetrics.class));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).doesNotHaveBean(JewelryLoggingMetrics.class));
    }

    @Test
    void theOperatorsEndpointBacksOffWithoutActuator() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=*")
                .run(context -> assertThat(context).hasSingleBean(JewelryLoggingEndpoint.class));
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run(context -> assertThat(context).doesNotHaveBean(JewelryLoggingEndpoint.class));
    }

    @Test
    void eachFeatureIsSwitchedOffByItsProperty() {
        web.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("jewelry.logging.events.enabled=false", "jewelry.logging.debug.enabled=false",
                        "jewelry.logging.correlation.enabled=false", "jewelry.logging.correlation.propagate=false",
                        "jewelry.logging.access.enabled=false", "jewelry.logging.metrics.enabled=false")
                .run(context -> assertThat(context)
                        .doesNotHaveBean(EventLoggingAspect.class).doesNotHaveBean(DebugLoggingAspect.class)
                        .doesNotHaveBean(RequestCorrelationFilter.class).doesNotHaveBean(MdcTaskDecorator.class)
                        .doesNotHaveBean(AccessLogFilter.class).doesNotHaveBean(JewelryLoggingMetrics.class));
    }

    @Test
    void everyBeanBacksOffWhenTheServiceDefinesItsOwn() {
        TaskDecorator own = runnable -> runnable;
        MaskingPolicy policy = MaskingPolicy.builder().disable(SensitiveKind.PHONE).build();
        runner.withBean(TaskDecorator.class, () -> own).withBean(MaskingPolicy.class, () -> policy)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MdcTaskDecorator.class);
                    assertThat(context.getBean(TaskDecorator.class)).isSameAs(own);
                    assertThat(context.getBean(MaskingPolicy.class)).isSameAs(policy);
                });
    }

    @Test
    void injectsAnEventLoggerNamedAfterTheClassThatAsksForIt() {
        runner.withBean(Checkout.class).run(context ->
                assertThat(context.getBean(Checkout.class).events).isNotNull());
    }

    @Test
    void bindsEveryPropertyWithItsDefaults() {
        runner.run(context -> {
            JewelryLoggingProperties properties = context.getBean(JewelryLoggingProperties.class);
            assertThat(properties.system()).isNull();
            assertThat(properties.environment()).isEqualTo("dev");
            assertThat(properties.configureLogback()).isTrue();
            assertThat(properties.console().enabled()).isTrue();
            assertThat(properties.file().maxFileSize()).isEqualTo(DataSize.ofMegabytes(100));
            assertThat(properties.file().totalSizeCap()).isEqualTo(DataSize.ofGigabytes(1));
            assertThat(properties.file().maxHistory()).isEqualTo(7);
            assertThat(properties.tcp().enabled()).isFalse();
            assertThat(properties.tcp().tls()).isTrue();
            assertThat(properties.access().skipPaths()).containsExactly("/actuator/**");
            assertThat(properties.correlation().requestIdHeader()).isEqualTo("X-Request-Id");
        });
    }

    @Test
    void bindsTheServicesSettings() {
        runner.withPropertyValues("jewelry.logging.system=mes", "jewelry.logging.file.max-file-size=10MB",
                        "jewelry.logging.tcp.enabled=true", "jewelry.logging.tcp.host=collector", "jewelry.logging.tcp.port=6000",
                        "jewelry.logging.masking.field-rules.loyaltyCard=card",
                        "jewelry.logging.masking.value-rules.loyalty.regex=LC-\\d{8}",
                        "jewelry.logging.access.client-id-header=X-Partner-Id")
                .run(context -> {
                    JewelryLoggingProperties properties = context.getBean(JewelryLoggingProperties.class);
                    assertThat(properties.system()).isEqualTo(SystemName.MES);
                    assertThat(properties.file().maxFileSize()).isEqualTo(DataSize.ofMegabytes(10));
                    assertThat(properties.tcp().host()).isEqualTo("collector");
                    assertThat(properties.tcp().port()).isEqualTo(6000);
                    assertThat(properties.access().clientIdHeader()).isEqualTo("X-Partner-Id");
                    MaskingPolicy policy = context.getBean(MaskingPolicy.class);
                    assertThat(policy.fieldRules()).containsValue(SensitiveKind.CARD);
                    assertThat(policy.valueRules()).extracting(MaskingPolicy.ValueRule::name).containsExactly("loyalty");
                    assertThat(policy.valueRules().get(0).kind()).isEqualTo(SensitiveKind.OTHER);
                });
    }

    @Test
    void anUnknownMaskingKindStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("jewelry.logging.masking.disable=fone").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("jewelry.logging.masking.disable")
                    .hasMessageContaining("fone");
        });
    }

    @Test
    void pseudonymisingWithoutAKeyStopsTheStart() {
        runner.withPropertyValues("jewelry.logging.masking.pseudonymise=email").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("pseudonymisation-key");
        });
    }

    static class Checkout {
        final EventLogger events;

        Checkout(EventLogger events) {
            this.events = events;
        }
    }
}
