package com.jewelry.logging.spring.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.Level;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.status.Status;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.core.pipeline.PipelineStatsSource;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.spring.backend.LineObserver;
import com.jewelry.logging.spring.backend.LoggingBackend;
import net.logstash.logback.appender.AbstractLogstashTcpSocketAppender;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-mostly view of the Logback set-up: every appender reachable from a logger (through asynchronous wrappers),
 * and the library's encoders among them. Used to apply masking rules, count and inspect the pipeline. The Logback
 * side of {@link LoggingBackend}.
 */
public final class LogbackPipeline implements LoggingBackend {

    private final LoggerContext context;

    private LogbackPipeline(LoggerContext context) {
        this.context = context;
    }

    /** The pipeline of SLF4J's Logback context, or empty when SLF4J is bound to something else. */
    public static Optional<LogbackPipeline> current() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return factory instanceof LoggerContext loggerContext ? Optional.of(new LogbackPipeline(loggerContext)) : Optional.empty();
    }

    @Override
    public String name() {
        return "logback";
    }

    public LoggerContext context() {
        return context;
    }

    public Logger root() {
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** Every appender attached anywhere, including those behind asynchronous appenders, each once. */
    public List<Appender<ILoggingEvent>> appenders() {
        Set<Appender<ILoggingEvent>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Appender<ILoggingEvent>> result = new ArrayList<>();
        for (Logger logger : context.getLoggerList()) {
            collect(logger, seen, result);
        }
        return result;
    }

    private static void collect(AppenderAttachable<ILoggingEvent> attachable, Set<Appender<ILoggingEvent>> seen,
                                List<Appender<ILoggingEvent>> result) {
        for (Iterator<Appender<ILoggingEvent>> it = attachable.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (seen.add(appender)) {
                result.add(appender);
                if (appender instanceof AppenderAttachable<?> nested) {
                    @SuppressWarnings("unchecked")
                    AppenderAttachable<ILoggingEvent> children = (AppenderAttachable<ILoggingEvent>) nested;
                    collect(children, seen, result);
                }
            }
        }
    }

    /** The library's JSON encoders, whichever appender they sit in. */
    public List<JewelryJsonEncoder> encoders() {
        List<JewelryJsonEncoder> encoders = new ArrayList<>();
        for (Appender<ILoggingEvent> appender : appenders()) {
            JewelryJsonEncoder jewelry = jewelryEncoder(appender);
            if (jewelry != null) {
                encoders.add(jewelry);
            }
        }
        return encoders;
    }

    private static JewelryJsonEncoder jewelryEncoder(Appender<ILoggingEvent> appender) {
        Encoder<?> encoder = null;
        if (appender instanceof OutputStreamAppender<ILoggingEvent> stream) {
            encoder = stream.getEncoder();
        } else if (appender instanceof AbstractLogstashTcpSocketAppender<?, ?> tcp) {
            encoder = tcp.getEncoder();
        }
        return encoder instanceof JewelryJsonEncoder jewelry ? jewelry : null;
    }

    /**
     * The pipeline's one stats view: one entry per output. An appender that reports its own stats (the library's
     * asynchronous file, console and TCP appenders) speaks for itself and for the appenders behind it; any other
     * appender writing with the library's encoder gets an entry with what its encoder counts (masking failures,
     * the library's warnings), type {@code other}.
     */
    @Override
    public List<PipelineStats> stats() {
        Set<Appender<ILoggingEvent>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PipelineStats> result = new ArrayList<>();
        for (Logger logger : context.getLoggerList()) {
            collectStats(logger, seen, result);
        }
        return result;
    }

    private static void collectStats(AppenderAttachable<ILoggingEvent> attachable, Set<Appender<ILoggingEvent>> seen,
                                     List<PipelineStats> result) {
        for (Iterator<Appender<ILoggingEvent>> it = attachable.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (!seen.add(appender)) {
                continue;
            }
            if (appender instanceof PipelineStatsSource source) {
                result.add(source.pipelineStats());
                continue; // it counts for what is behind it
            }
            JewelryJsonEncoder encoder = jewelryEncoder(appender);
            if (encoder != null) {
                result.add(new PipelineStats(String.valueOf(appender.getName()), "other", 0, 0, Map.<DropReason, Long>of(),
                        0, 0, 0, 0, 0, encoder.getMasking().getDiagnostics().ruleFailures(), 0,
                        encoder.diagnosticsWarnings()));
            }
            if (appender instanceof AppenderAttachable<?> nested) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> children = (AppenderAttachable<ILoggingEvent>) nested;
                collectStats(children, seen, result);
            }
        }
    }

    /** Logback's own errors since it was configured (a broken appender, an unwritable file). */
    @Override
    public long statusErrors() {
        long errors = 0;
        for (Status status : context.getStatusManager().getCopyOfStatusList()) {
            if (status.getLevel() == Status.ERROR) {
                errors++;
            }
        }
        return errors;
    }

    @Override
    public int jsonWriters() {
        return encoders().size();
    }

    @Override
    public int applyMasking(MaskingPolicy policy) {
        int applied = 0;
        for (JewelryJsonEncoder encoder : encoders()) {
            var decorator = encoder.getMasking();
            decorator.setPolicy(policy);
            // the decorator builds its masker once; restarting it takes the new policy
            decorator.stop();
            decorator.start();
            applied++;
        }
        return applied;
    }

    @Override
    public Runnable observe(String name, LineObserver observer) {
        ObservingAppender appender = new ObservingAppender(observer);
        appender.setName(name);
        appender.setContext(context);
        appender.start();
        Logger root = root();
        root.addAppender(appender);
        return () -> {
            root.detachAppender(appender);
            appender.stop();
        };
    }

    /** Hands every line to an observer; writes nothing. */
    private static final class ObservingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

        private final LineObserver observer;

        ObservingAppender(LineObserver observer) {
            this.observer = observer;
        }

        @Override
        protected void append(ILoggingEvent line) {
            observer.line(level(line.getLevel()), line.getArgumentArray());
        }

        private static org.slf4j.event.Level level(Level level) {
            return switch (level.levelInt) {
                case Level.ERROR_INT -> org.slf4j.event.Level.ERROR;
                case Level.WARN_INT -> org.slf4j.event.Level.WARN;
                case Level.INFO_INT -> org.slf4j.event.Level.INFO;
                case Level.DEBUG_INT -> org.slf4j.event.Level.DEBUG;
                default -> org.slf4j.event.Level.TRACE;
            };
        }
    }
}
