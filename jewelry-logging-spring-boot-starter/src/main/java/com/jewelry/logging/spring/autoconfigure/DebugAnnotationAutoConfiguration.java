package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.spring.aop.DebugLoggingAspect;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.EnableAspectJAutoProxy;

import java.time.Clock;

/** {@code @LogDebug}: a method's arguments and result at DEBUG, free when DEBUG is off. */
@AutoConfiguration(after = JewelryLoggingAutoConfiguration.class)
@ConditionalOnClass(Aspect.class)
@ConditionalOnProperty(prefix = "jewelry.logging.debug", name = "enabled", matchIfMissing = true)
@EnableAspectJAutoProxy(proxyTargetClass = true)
public final class DebugAnnotationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DebugLoggingAspect jewelryDebugLoggingAspect(ObjectProvider<Clock> clock, Masker masker) {
        return new DebugLoggingAspect(clock.getIfUnique(Clock::systemUTC), masker);
    }
}
