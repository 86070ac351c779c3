package com.jewelry.logging.log4j2.internal;

import ch.qos.logback.core.ContextBase;
import ch.qos.logback.core.status.Status;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * A Logback context for the masking decorator (it reports through Logback's status API) whose statuses go to
 * Log4j2's status logger instead, where a Log4j2 service sees its configuration problems.
 */
public final class StatusLoggerContext extends ContextBase {

    public StatusLoggerContext() {
        Logger status = StatusLogger.getLogger();
        getStatusManager().add((Status s) -> {
            String message = "jewelry-logging: " + s.getMessage();
            switch (s.getLevel()) {
                case Status.ERROR -> status.error(message, s.getThrowable());
                case Status.WARN -> status.warn(message, s.getThrowable());
                default -> status.debug(message, s.getThrowable());
            }
        });
    }
}
