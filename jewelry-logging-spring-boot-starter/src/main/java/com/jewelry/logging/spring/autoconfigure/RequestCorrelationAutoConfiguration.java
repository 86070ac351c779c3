package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.spring.web.RequestCorrelationFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/** A request id for every request of a servlet service, in the MDC and in the response. */
@AutoConfiguration(after = JewelryLoggingAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@ConditionalOnProperty(prefix = "jewelry.logging.correlation", name = "enabled", matchIfMissing = true)
public final class RequestCorrelationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RequestCorrelationFilter jewelryRequestCorrelationFilter(JewelryLoggingProperties properties) {
        return new RequestCorrelationFilter(properties.correlation().requestIdHeader());
    }
}
