package com.jewelry.logging.spring.backend;

import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.masking.MaskingPolicy;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The logging back end SLF4J writes to, as the starter needs it: the outputs' stats, the library's JSON writers
 * (Logback encoders, Log4j2 layouts) to give a masking policy, and a hook on the root logger that sees every line.
 * One implementation per back end; each is loaded only when SLF4J is bound to it, so a Log4j2 service needs no
 * Logback class and the other way round.
 */
public interface LoggingBackend {

    /** {@code logback} or {@code log4j2}. */
    String name();

    /** One entry per output, as far as the back end can tell (docs/log4j2.md lists what Log4j2 cannot). */
    List<PipelineStats> stats();

    /** How many of the library's JSON writers (encoders or layouts) the set-up holds. */
    int jsonWriters();

    /** The back end's own errors since it was configured (a broken appender, an unwritable file). */
    long statusErrors();

    /** Gives every JSON writer of the running set-up this policy; returns how many took it. */
    int applyMasking(MaskingPolicy policy);

    /**
     * Shows every line that reaches the root logger to {@code observer} until the returned handle is run.
     *
     * @param name the name of the appender that carries the observer, unique in the set-up
     */
    Runnable observe(String name, LineObserver observer);

    /** The back end SLF4J is bound to now, or empty when it is neither Logback nor Log4j2. */
    static Optional<LoggingBackend> current() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        String type = factory.getClass().getName();
        // compared by name, so the other back end's classes are never loaded
        if (type.equals("ch.qos.logback.classic.LoggerContext")) {
            return com.jewelry.logging.spring.logback.LogbackPipeline.current().map(LoggingBackend.class::cast);
        }
        if (type.startsWith("org.apache.logging.slf4j.")) {
            return com.jewelry.logging.spring.log4j2.Log4j2Pipeline.current().map(LoggingBackend.class::cast);
        }
        return Optional.empty();
    }
}
