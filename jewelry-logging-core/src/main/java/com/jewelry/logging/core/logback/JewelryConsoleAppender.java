package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.core.pipeline.PipelineStatsSource;

/**
 * Logback's console appender, counted: lines accepted and written, and lines lost once the console stream failed
 * (Logback then stops the appender and every later line is silently skipped). Use it like {@code ConsoleAppender}.
 */
public class JewelryConsoleAppender extends ConsoleAppender<ILoggingEvent> implements PipelineStatsSource {

    private final StatsCounters stats = new StatsCounters();
    private final SelfDiagnostics diagnostics = new SelfDiagnostics(this);
    private volatile boolean everStarted;

    @Override
    public void start() {
        super.start();
        everStarted = isStarted();
        diagnostics.ready();
    }

    @Override
    public void doAppend(ILoggingEvent event) {
        if (everStarted && !isStarted()) {
            stats.accepted.increment();
            lost();
            return;
        }
        super.doAppend(event);
    }

    @Override
    protected void append(ILoggingEvent event) {
        stats.accepted.increment();
        super.append(event);
        if (isStarted()) {
            stats.written.increment();
        } else {
            lost();
        }
    }

    private void lost() {
        stats.drop(DropReason.APPENDER_STOPPED);
        diagnostics.report("console stopped", "jewelry-logging: " + getName() + " could not write to the console and "
                + "stopped; its lines are lost and counted.", null);
    }

    @Override
    public PipelineStats pipelineStats() {
        return stats.snapshot(getName(), "console", 0, 0,
                getEncoder() instanceof JewelryJsonEncoder jewelry ? jewelry : null, diagnostics.total());
    }
}
