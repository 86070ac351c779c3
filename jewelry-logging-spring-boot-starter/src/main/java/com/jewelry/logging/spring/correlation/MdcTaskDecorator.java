package com.jewelry.logging.spring.correlation;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

import java.util.Map;

/**
 * Carries the MDC (request, trace and span ids) of the thread that submits a task to the thread that runs it, and
 * restores the worker's own MDC afterwards. Spring Boot's auto-configured task executor picks it up.
 */
public final class MdcTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable runnable) {
        Map<String, String> submitted = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> own = MDC.getCopyOfContextMap();
            if (submitted != null) {
                MDC.setContextMap(submitted);
            } else {
                MDC.clear();
            }
            try {
                runnable.run();
            } finally {
                if (own != null) {
                    MDC.setContextMap(own);
                } else {
                    MDC.clear();
                }
            }
        };
    }
}
