package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.core.pipeline.PipelineStatsSource;
import net.logstash.logback.appender.LogstashTcpSocketAppender;
import net.logstash.logback.appender.listener.TcpAppenderListener;

import java.net.Socket;

/**
 * logstash-logback-encoder's TCP appender, counted through its own listener: lines put into its ring buffer, sent,
 * dropped because the buffer was full (the collector is away) or lost on a broken connection. It adds no console
 * status listener of its own (LLE would print plain-text status lines on standard output).
 */
public class JewelryTcpSocketAppender extends LogstashTcpSocketAppender implements PipelineStatsSource {

    private final StatsCounters stats = new StatsCounters();

    public JewelryTcpSocketAppender() {
        setAddDefaultStatusListener(false);
        addListener(new TcpAppenderListener<>() {
            @Override
            public void eventAppended(Appender<ILoggingEvent> appender, ILoggingEvent event, long nanos) {
                stats.accepted.increment();
            }

            @Override
            public void eventAppendFailed(Appender<ILoggingEvent> appender, ILoggingEvent event, Throwable reason) {
                stats.accepted.increment();
                stats.drop(DropReason.TCP_BUFFER_FULL);
            }

            @Override
            public void eventSent(Appender<ILoggingEvent> appender, Socket socket, ILoggingEvent event, long nanos) {
                stats.written.increment();
            }

            @Override
            public void eventSendFailure(Appender<ILoggingEvent> appender, ILoggingEvent event, Throwable reason) {
                stats.drop(DropReason.SEND_FAILED);
            }
        });
    }

    @Override
    public PipelineStats pipelineStats() {
        long buffered = stats.accepted.sum() - stats.written.sum() - stats.dropped(DropReason.TCP_BUFFER_FULL)
                - stats.dropped(DropReason.SEND_FAILED);
        int capacity = getRingBufferSize();
        return stats.snapshot(getName(), "tcp", Math.max(0, Math.min(buffered, capacity)), capacity,
                getEncoder() instanceof JewelryJsonEncoder jewelry ? jewelry : null, 0);
    }
}
