package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.spring.web.AccessLogFilter;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerMapping;

import java.time.Clock;

/** The access log of a Spring MVC service: one {@code http.access} line per request, on logger {@value #LOGGER}. */
@AutoConfiguration(after = JewelryLoggingAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HandlerMapping.class)
@ConditionalOnProperty(prefix = "jewelry.logging.access", name = "enabled", matchIfMissing = true)
public final class AccessLogAutoConfiguration {

    /** The logger access lines are written to; set it to WARN to silence them without a restart of anything else. */
    public static final String LOGGER = "jewelry.access";

    @Bean
    @ConditionalOnMissingBean
    AccessLogFilter jewelryAccessLogFilter(JewelryLoggingProperties properties, ObjectProvider<Clock> clock) {
        JewelryLoggingProperties.Access access = properties.access();
        EventLogger events = EventLogger.create(LoggerFactory.getILoggerFactory(), LOGGER, clock.getIfUnique(Clock::systemUTC));
        return new AccessLogFilter(events, access.skipPaths(), access.clientIdAttribute(), access.clientIdHeader(),
                access.clientErrorLevel(), access.serverErrorLevel());
    }
}
