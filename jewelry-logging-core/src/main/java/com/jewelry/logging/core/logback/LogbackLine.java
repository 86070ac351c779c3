package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.jewelry.logging.core.backend.LogLine;
import net.logstash.logback.stacktrace.ShortenedThrowableConverter;
import org.slf4j.event.KeyValuePair;

import java.util.List;
import java.util.Map;

/**
 * A Logback event seen through the back-end neutral view. Reused line after line by one thread at a time
 * ({@link #of}), so the view costs no allocation.
 */
final class LogbackLine implements LogLine {

    private final ShortenedThrowableConverter converter;
    private ILoggingEvent event;
    private List<KeyValuePair> pairs;

    LogbackLine(ShortenedThrowableConverter converter) {
        this.converter = converter;
    }

    LogbackLine of(ILoggingEvent loggingEvent) {
        this.event = loggingEvent;
        this.pairs = loggingEvent.getKeyValuePairs();
        return this;
    }

    /** Forgets the event, so a pooled view does not keep it reachable. */
    void clear() {
        event = null;
        pairs = null;
    }

    @Override
    public String level() {
        return event.getLevel().levelStr;
    }

    @Override
    public boolean isWarnOrError() {
        return event.getLevel().isGreaterOrEqual(Level.WARN);
    }

    @Override
    public String loggerName() {
        return event.getLoggerName();
    }

    @Override
    public String threadName() {
        return event.getThreadName();
    }

    @Override
    public String formattedMessage() {
        return event.getFormattedMessage();
    }

    @Override
    public String messagePattern() {
        return event.getMessage();
    }

    @Override
    public Object[] arguments() {
        return event.getArgumentArray();
    }

    @Override
    public Map<String, String> context() {
        return event.getMDCPropertyMap();
    }

    @Override
    public int keyValueCount() {
        return pairs == null ? 0 : pairs.size();
    }

    @Override
    public String keyValueKey(int index) {
        KeyValuePair pair = pairs.get(index);
        return pair == null ? null : pair.key;
    }

    @Override
    public Object keyValueValue(int index) {
        KeyValuePair pair = pairs.get(index);
        return pair == null ? null : pair.value;
    }

    @Override
    public String throwableClassName() {
        IThrowableProxy proxy = event.getThrowableProxy();
        return proxy == null ? null : proxy.getClassName();
    }

    @Override
    public String throwableMessage() {
        IThrowableProxy proxy = event.getThrowableProxy();
        return proxy == null ? null : proxy.getMessage();
    }

    @Override
    public String renderStackTrace() {
        return converter.convert(event);
    }
}
