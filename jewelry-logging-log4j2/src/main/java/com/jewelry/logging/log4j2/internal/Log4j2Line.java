package com.jewelry.logging.log4j2.internal;

import com.jewelry.logging.core.backend.LogLine;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.util.ReadOnlyStringMap;

import java.util.Map;

/**
 * A Log4j2 event seen through the back-end neutral view, the twin of the Logback adapter in core. SLF4J's
 * structured key-value pairs reach Log4j2 as context data (log4j-slf4j2-impl puts them there), so they are written
 * as labels through {@link #context()} and {@link #keyValueCount()} has nothing left to add.
 */
public record Log4j2Line(LogEvent event, StackTraceText stackTraces) implements LogLine {

    /**
     * The envelope knows the five SLF4J levels; Log4j2's FATAL is written as ERROR and a custom level as the
     * nearest standard one that is not more severe, so dashboards and the index template see one vocabulary.
     */
    public static String levelName(Level level) {
        int value = level.intLevel();
        if (value <= Level.ERROR.intLevel()) {
            return "ERROR";
        } else if (value <= Level.WARN.intLevel()) {
            return "WARN";
        } else if (value <= Level.INFO.intLevel()) {
            return "INFO";
        } else if (value <= Level.DEBUG.intLevel()) {
            return "DEBUG";
        }
        return "TRACE";
    }

    @Override
    public String level() {
        return levelName(event.getLevel());
    }

    @Override
    public boolean isWarnOrError() {
        return event.getLevel().intLevel() <= Level.WARN.intLevel();
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
        Message message = event.getMessage();
        return message == null ? null : message.getFormattedMessage();
    }

    @Override
    @SuppressWarnings("deprecation") // Message has no other accessor for the pattern its parameters fill
    public String messagePattern() {
        Message message = event.getMessage();
        return message == null ? null : message.getFormat();
    }

    @Override
    public Object[] arguments() {
        Message message = event.getMessage();
        return message == null ? null : message.getParameters();
    }

    @Override
    public Map<String, String> context() {
        ReadOnlyStringMap data = event.getContextData();
        return data == null || data.isEmpty() ? null : data.toMap();
    }

    @Override
    public int keyValueCount() {
        return 0; // Log4j2 has no per-call pairs: they are already in the context data
    }

    @Override
    public String keyValueKey(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public Object keyValueValue(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public String throwableClassName() {
        Throwable thrown = event.getThrown();
        return thrown == null ? null : thrown.getClass().getName();
    }

    @Override
    public String throwableMessage() {
        Throwable thrown = event.getThrown();
        return thrown == null ? null : thrown.getMessage();
    }

    @Override
    public String renderStackTrace() {
        return stackTraces.render(event.getThrown());
    }
}
