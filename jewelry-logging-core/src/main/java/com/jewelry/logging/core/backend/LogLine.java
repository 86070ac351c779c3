package com.jewelry.logging.core.backend;

import java.util.Map;

/**
 * One log event as a logging back end (Logback, Log4j2) hands it to the {@link EnvelopeWriter}: the back-end
 * neutral view that lets both write exactly the same line.
 */
public interface LogLine {

    /** The level's name: TRACE, DEBUG, INFO, WARN or ERROR. */
    String level();

    /** Whether the level is WARN or more severe. */
    boolean isWarnOrError();

    String loggerName();

    String threadName();

    /** The formatted message; may be null. */
    String formattedMessage();

    /**
     * The message with {@code {}} placeholders the arguments fill, or null when the message is not one; used to
     * format the message again when an argument is an object that must be written masked, not by its
     * {@code toString()}.
     */
    default String messagePattern() {
        return null;
    }

    /** The call's arguments (typed events, outcomes, DEBUG detail travel here); may be null. */
    Object[] arguments();

    /** The MDC / thread context; may be null or empty. */
    Map<String, String> context();

    /** How many structured key-value pairs the call carries (SLF4J 2 fluent API); 0 when none. */
    int keyValueCount();

    /** The key of pair {@code index}; may be null. */
    String keyValueKey(int index);

    /** The value of pair {@code index}; may be null. */
    Object keyValueValue(int index);

    /** The exception's class name, or null when the line carries none. */
    String throwableClassName();

    /** The exception's message, or null. */
    String throwableMessage();

    /** The rendered, shortened stack trace; called only when {@link #throwableClassName()} is not null. */
    String renderStackTrace();
}
