package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.jewelry.logging.core.backend.LogLine;
import net.logstash.logback.stacktrace.ShortenedThrowableConverter;
import org.slf4j.event.KeyValuePair;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** A Logback event seen through the back-end neutral view. */
record LogbackLine(ILoggingEvent event, ShortenedThrowableConverter converter) implements LogLine {

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
    public Object[] arguments() {
        return event.getArgumentArray();
    }

    @Override
    public Map<String, String> context() {
        return event.getMDCPropertyMap();
    }

    @Override
    public void forEachKeyValue(BiConsumer<String, Object> action) {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                if (pair != null) {
                    action.accept(pair.key, pair.value);
                }
            }
        }
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
