package com.jewelry.logging.spring.log4j2;

import com.jewelry.logging.masking.MaskingPolicy;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Gives the service's masking policy to the layouts of every configuration Log4j2 switches to while the application
 * runs: a reconfiguration builds new layouts, which would otherwise mask with the built-in rules only.
 */
public final class Log4j2MaskingKeeper implements SmartInitializingSingleton, DisposableBean {

    private final MaskingPolicy policy;
    private Runnable stop = () -> { };

    public Log4j2MaskingKeeper(MaskingPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Log4j2Pipeline.current().ifPresent(pipeline ->
                stop = pipeline.afterReconfiguration(configuration -> pipeline.applyMasking(policy)));
    }

    @Override
    public void destroy() {
        stop.run();
    }
}
