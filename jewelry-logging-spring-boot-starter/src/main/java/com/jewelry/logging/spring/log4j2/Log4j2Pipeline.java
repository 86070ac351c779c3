package com.jewelry.logging.spring.log4j2;

import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.log4j2.JewelryJsonLayout;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.spring.backend.LineObserver;
import com.jewelry.logging.spring.backend.LoggingBackend;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.appender.AsyncAppender;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusLogger;

import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Log4j2 side of {@link LoggingBackend}: the library's {@link JewelryJsonLayout}s in the running configuration
 * and a root-logger appender that shows every line to an observer.
 *
 * <p>Stats, as far as Log4j2 tells: every appender writing with the library's layout counts its lines
 * ({@code accepted} = {@code written} = lines the layout wrote) and its masking failures, type {@code log4j2};
 * an {@link AsyncAppender} reports its queue ({@code queued}, {@code queueCapacity}), type {@code log4j2-async}.
 * Not available on Log4j2: dropped lines, caller wait, writer restarts and disk write failures (always 0).
 */
public final class Log4j2Pipeline implements LoggingBackend {

    private final LoggerContext context;

    private Log4j2Pipeline(LoggerContext context) {
        this.context = context;
    }

    /** The pipeline of Log4j2's current context, or empty when Log4j2 is not the implementation behind its API. */
    public static Optional<Log4j2Pipeline> current() {
        return LogManager.getContext(false) instanceof LoggerContext core ? Optional.of(new Log4j2Pipeline(core))
                : Optional.empty();
    }

    @Override
    public String name() {
        return "log4j2";
    }

    /** The library's layouts, whichever appender they sit in. */
    public List<JewelryJsonLayout> layouts() {
        List<JewelryJsonLayout> layouts = new ArrayList<>();
        for (Appender appender : context.getConfiguration().getAppenders().values()) {
            if (appender.getLayout() instanceof JewelryJsonLayout layout) {
                layouts.add(layout);
            }
        }
        return layouts;
    }

    @Override
    public List<PipelineStats> stats() {
        List<PipelineStats> result = new ArrayList<>();
        for (Appender appender : context.getConfiguration().getAppenders().values()) {
            if (appender.getLayout() instanceof JewelryJsonLayout layout) {
                long lines = layout.linesWritten();
                result.add(new PipelineStats(appender.getName(), "log4j2", lines, lines, Map.<DropReason, Long>of(),
                        0, 0, 0, 0, 0, layout.maskingFailures(), 0, layout.problemCounts().values().stream()
                        .mapToLong(Long::longValue).sum()));
            } else if (appender instanceof AsyncAppender async) {
                long capacity = async.getQueueCapacity();
                long queued = Math.max(0, capacity - async.getQueueRemainingCapacity());
                result.add(new PipelineStats(appender.getName(), "log4j2-async", 0, 0, Map.<DropReason, Long>of(),
                        queued, capacity, 0, 0, 0, 0, 0, 0));
            }
        }
        return result;
    }

    @Override
    public int jsonWriters() {
        return layouts().size();
    }

    @Override
    public long statusErrors() {
        long errors = 0;
        for (StatusData status : StatusLogger.getLogger().getStatusData()) {
            if (status.getLevel().isMoreSpecificThan(Level.ERROR)) {
                errors++;
            }
        }
        return errors;
    }

    @Override
    public int applyMasking(MaskingPolicy policy) {
        List<JewelryJsonLayout> layouts = layouts();
        layouts.forEach(layout -> layout.setPolicy(policy));
        return layouts.size();
    }

    @Override
    public Runnable observe(String name, LineObserver observer) {
        AtomicReference<ObservingAppender> current = new AtomicReference<>(attach(context.getConfiguration(), name, observer));
        // a reconfiguration (a changed file, monitorInterval, a refresh) builds a configuration without it and stops
        // the old configuration's appenders: the new one gets an appender of its own
        Runnable keep = afterReconfiguration(configuration -> current.set(attach(configuration, name, observer)));
        return () -> {
            keep.run();
            Configuration configuration = context.getConfiguration();
            configuration.getRootLogger().removeAppender(name);
            if (configuration instanceof AbstractConfiguration removable) {
                removable.removeAppender(name);
            }
            context.updateLoggers();
            current.get().stop();
        };
    }

    /**
     * Runs {@code action} with each new configuration Log4j2 switches to, until the returned handle is run: what
     * was added to or set on the running configuration (an appender, a masking policy) is put back.
     */
    public Runnable afterReconfiguration(java.util.function.Consumer<Configuration> action) {
        PropertyChangeListener listener = event -> {
            // updateLoggers fires the same event with the same configuration: only a new one counts
            if (LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName()) && event.getOldValue() != event.getNewValue()
                    && event.getNewValue() instanceof Configuration configuration) {
                action.accept(configuration);
            }
        };
        context.addPropertyChangeListener(listener);
        return () -> context.removePropertyChangeListener(listener);
    }

    private ObservingAppender attach(Configuration configuration, String name, LineObserver observer) {
        ObservingAppender appender = new ObservingAppender(name, observer);
        appender.start();
        configuration.addAppender(appender);
        configuration.getRootLogger().addAppender(appender, null, null);
        context.updateLoggers(configuration);
        return appender;
    }

    /** Hands every line to an observer; writes nothing. */
    private static final class ObservingAppender extends AbstractAppender {

        private final LineObserver observer;

        ObservingAppender(String name, LineObserver observer) {
            super(name, (Filter) null, null, true, Property.EMPTY_ARRAY);
            this.observer = observer;
        }

        @Override
        public void append(LogEvent event) {
            Message message = event.getMessage();
            observer.line(level(event.getLevel()), message != null ? message.getParameters() : null);
        }

        private static org.slf4j.event.Level level(Level level) {
            if (level.isMoreSpecificThan(Level.ERROR)) {
                return org.slf4j.event.Level.ERROR;
            }
            if (level.isMoreSpecificThan(Level.WARN)) {
                return org.slf4j.event.Level.WARN;
            }
            if (level.isMoreSpecificThan(Level.INFO)) {
                return org.slf4j.event.Level.INFO;
            }
            return level.isMoreSpecificThan(Level.DEBUG) ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
        }
    }
}
