package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.spring.backend.MaskingPolicies;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;

import java.time.Clock;

/**
 * The basics every service gets: the properties, an {@link EventLogger} to inject (named after the class it is
 * injected into, like an SLF4J logger) and the masking policy built from {@code jewelry.logging.masking.*}.
 */
@AutoConfiguration
@EnableConfigurationProperties(JewelryLoggingProperties.class)
public final class JewelryLoggingAutoConfiguration {

    /**
     * An event logger for the class it is injected into: {@code public Checkout(EventLogger events)}. Stamps events
     * with the context's {@link Clock} bean when there is one.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    EventLogger eventLogger(InjectionPoint injectionPoint, ObjectProvider<Clock> clock) {
        Class<?> owner = injectionPoint.getMember().getDeclaringClass();
        return EventLogger.create(LoggerFactory.getILoggerFactory(), owner.getName(), clock.getIfUnique(Clock::systemUTC));
    }

    /** The masking policy: the security policy's built-in rules plus {@code jewelry.logging.masking.*}. */
    @Bean
    @ConditionalOnMissingBean
    MaskingPolicy jewelryMaskingPolicy(JewelryLoggingProperties properties) {
        return MaskingPolicies.from(properties.masking());
    }

    /** Masks values the library writes itself, e.g. {@code @Sensitive} arguments of {@code @LogDebug} methods. */
    @Bean
    @ConditionalOnMissingBean
    Masker jewelryMasker(MaskingPolicy policy) {
        return Masker.of(policy);
    }

    /**
     * Gives the Logback encoders the policy bean, so a policy the service defines as a bean replaces the
     * properties' one (lines written before the context started used the properties).
     */
    @Bean
    static SmartInitializingSingleton jewelryMaskingPolicyApplier(ObjectProvider<MaskingPolicy> policy) {
        return () -> policy.ifUnique(MaskingPolicies::apply);
    }
}
