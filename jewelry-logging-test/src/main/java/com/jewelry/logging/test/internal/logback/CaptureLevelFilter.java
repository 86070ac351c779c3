package com.jewelry.logging.test.internal.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.jewelry.logging.test.internal.CaptureScope;
import org.slf4j.Marker;

/**
 * Lets a line of a thread in a capture scope through when it is at or above the test's capture level but below
 * its logger's configured level (a test configuration often sets the root to WARN; the business events are INFO).
 * Threads outside every scope are left alone, so parallel tests that do not capture keep their configuration.
 * Such a line also reaches the service's other appenders, as it would with the level lowered.
 */
final class CaptureLevelFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || logger == null) {
            return FilterReply.NEUTRAL;
        }
        CaptureScope scope = CaptureScope.current();
        if (scope == null) {
            return FilterReply.NEUTRAL;
        }
        Level configured = logger.getEffectiveLevel();
        if (configured == Level.OFF || level.isGreaterOrEqual(configured)) {
            return FilterReply.NEUTRAL;
        }
        Level threshold = Level.convertAnSLF4JLevel(scope.settings().level());
        return level.isGreaterOrEqual(threshold) ? FilterReply.ACCEPT : FilterReply.NEUTRAL;
    }
}
