package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.spring.aop.EventLoggingAspect;
import com.jewelry.logging.spring.aop.LogEventExpressions;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.EnableAspectJAutoProxy;

import java.time.Clock;

/** {@code @LogEvent}: checks every annotated method's expressions at start-up and logs its event at run time. */
@AutoConfiguration(after = JewelryLoggingAutoConfiguration.class)
@ConditionalOnClass(Aspect.class)
@ConditionalOnProperty(prefix = "jewelry.logging.events", name = "enabled", matchIfMissing = true)
@EnableAspectJAutoProxy(proxyTargetClass = true)
public final class EventAnnotationAutoConfiguration {

    /** Parses and checks the expressions of each bean's {@code @LogEvent} methods when the bean is created. */
    @Bean
    @ConditionalOnMissingBean
    static LogEventExpressions jewelryLogEventExpressions() {
        // Boot's conversions (text to Duration, to enum, ...) without the application's beans, which a
        // BeanPostProcessor must not pull in early
        return new LogEventExpressions(ApplicationConversionService.getSharedInstance());
    }

    @Bean
    @ConditionalOnMissingBean
    EventLoggingAspect jewelryEventLoggingAspect(LogEventExpressions expressions, ObjectProvider<Clock> clock) {
        return new EventLoggingAspect(expressions, clock.getIfUnique(Clock::systemUTC));
    }
}
