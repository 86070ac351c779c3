package com.jewelry.logging.spring.backend;

import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Applies {@code jewelry.logging.masking.*} to the library's Logback encoders or Log4j2 layouts right after Spring
 * Boot configured logging and before it logs its first line. They mask with the built-in rules from their first
 * line on; this adds the service's rules. A bad rule stops the start with a message naming the property.
 */
public final class JewelryMaskingListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        JewelryLoggingProperties.Masking masking = Binder.get(event.getEnvironment())
                .bindOrCreate(JewelryLoggingProperties.PREFIX, Bindable.of(JewelryLoggingProperties.class)).masking();
        MaskingPolicy policy = MaskingPolicies.from(masking);
        MaskingPolicies.apply(policy);
    }
}
