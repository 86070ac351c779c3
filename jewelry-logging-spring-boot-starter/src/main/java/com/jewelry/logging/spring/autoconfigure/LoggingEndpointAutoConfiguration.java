package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.spring.actuate.JewelryLoggingEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The operators' view {@code /actuator/jewelrylogging}, when Actuator is present and the endpoint exposed. */
@AutoConfiguration(after = JewelryLoggingAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
public final class LoggingEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(endpoint = JewelryLoggingEndpoint.class)
    JewelryLoggingEndpoint jewelryLoggingEndpoint(JewelryLoggingProperties properties) {
        return new JewelryLoggingEndpoint(properties);
    }
}
