package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.spring.backend.MaskingPolicies;
import com.jewelry.logging.spring.log4j2.Log4j2MaskingKeeper;
import com.jewelry.logging.spring.log4j2.Log4j2OutputsCheck;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;

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
     * Gives the Logback encoders or Log4j2 layouts the policy bean, so a policy the service defines as a bean replaces the
     * properties' one (lines written before the context started used the properties).
     */
    @Bean
    static SmartInitializingSingleton jewelryMaskingPolicyApplier(ObjectProvider<MaskingPolicy> policy) {
        return () -> policy.ifUnique(MaskingPolicies::apply);
    }

    /**
     * The Log4j2 side: what the starter's Log4j2 set-up cannot write is said at start-up, and the masking policy
     * survives a reconfiguration of Log4j2.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.logging.log4j.core.LoggerContext", "com.jewelry.logging.log4j2.JewelryJsonLayout"})
    static final class Log4j2Support {

        @Bean
        @ConditionalOnMissingBean
        Log4j2OutputsCheck jewelryLog4j2OutputsCheck(JewelryLoggingProperties properties, Environment environment) {
            return new Log4j2OutputsCheck(properties, environment);
        }

        @Bean
        @ConditionalOnMissingBean
        Log4j2MaskingKeeper jewelryLog4j2MaskingKeeper(MaskingPolicy policy) {
            return new Log4j2MaskingKeeper(policy);
        }
    }
}
