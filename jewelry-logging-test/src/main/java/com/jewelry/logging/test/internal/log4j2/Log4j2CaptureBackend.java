package com.jewelry.logging.test.internal.log4j2;

import com.jewelry.logging.log4j2.JewelryJsonLayout;
import com.jewelry.logging.test.internal.CaptureBackend;
import com.jewelry.logging.test.internal.CaptureScope;
import com.jewelry.logging.test.internal.CaptureSettings;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.core.filter.CompositeFilter;
import org.apache.logging.log4j.message.Message;
import org.slf4j.ILoggerFactory;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Captures from the Log4j2 {@link LoggerContext} behind SLF4J (log4j-slf4j2-impl): an appender on the root logger
 * writes each event of a thread in scope with a real {@link JewelryJsonLayout} (the service's own when the test
 * names no envelope value), and a context-wide filter lets that thread's lines through from the capture level up.
 * When Log4j2 is reconfigured (Spring Boot configures logging after the first test started), both are put back.
 */
public final class Log4j2CaptureBackend implements CaptureBackend, PropertyChangeListener {

    static final String APPENDER_NAME = "JEWELRY_TEST_CAPTURE";

    // the layout's own status reports must not re-enter the capture of the line being written
    private static final ThreadLocal<Boolean> ENCODING = new ThreadLocal<>();

    private final LoggerContext context;
    private final Map<Envelope, JewelryJsonLayout> owned = new ConcurrentHashMap<>();
    private final CaptureAppender appender = new CaptureAppender();
    private final CaptureLevelFilter levelFilter = new CaptureLevelFilter();

    private Log4j2CaptureBackend(LoggerContext context) {
        this.context = context;
    }

    /** Whether SLF4J is bound to Log4j2 (compared by name: the kit may run where Log4j2 is absent). */
    public static boolean supports(ILoggerFactory factory) {
        return factory.getClass().getName().startsWith("org.apache.logging.slf4j.")
                && LogManager.getContext(false) instanceof LoggerContext;
    }

    public static Log4j2CaptureBackend forCurrentContext() {
        return new Log4j2CaptureBackend((LoggerContext) LogManager.getContext(false));
    }

    @Override
    public void start() {
        appender.start();
        levelFilter.start();
        attach(context.getConfiguration());
        context.addPropertyChangeListener(this);
    }

    @Override
    public void stop() {
        context.removePropertyChangeListener(this);
        Configuration configuration = context.getConfiguration();
        configuration.getRootLogger().removeAppender(APPENDER_NAME);
        if (configuration instanceof org.apache.logging.log4j.core.config.AbstractConfiguration removable) {
            removable.removeAppender(APPENDER_NAME);
            removable.removeFilter(levelFilter);
        }
        context.updateLoggers();
        appender.stop();
        levelFilter.stop();
        owned.clear();
    }

    private void attach(Configuration configuration) {
        if (configuration.getAppender(APPENDER_NAME) == null) {
            configuration.addAppender(appender);
            configuration.getRootLogger().addAppender(appender, null, null);
        }
        if (configuration instanceof org.apache.logging.log4j.core.config.AbstractConfiguration filtered
                && !holdsLevelFilter(filtered.getFilter())) {
            filtered.addFilter(levelFilter);
        }
        context.updateLoggers(configuration);
    }

    private boolean holdsLevelFilter(Filter filter) {
        if (filter instanceof CompositeFilter composite) {
            for (Filter each : composite.getFiltersArray()) {
                if (each == levelFilter) {
                    return true;
                }
            }
            return false;
        }
        return filter == levelFilter;
    }

    /** Log4j2 was reconfigured: the new configuration has none of the kit's parts. */
    @Override
    public void propertyChange(PropertyChangeEvent event) {
        // updateLoggers fires the same event with the same configuration: only a new one counts
        if (LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName()) && event.getOldValue() != event.getNewValue()
                && event.getNewValue() instanceof Configuration configuration) {
            attach(configuration);
        }
    }

    private JewelryJsonLayout layoutFor(CaptureSettings settings) {
        JewelryJsonLayout service = serviceLayout();
        if (!settings.hasOwnEnvelope() && service != null) {
            return service;
        }
        Envelope envelope = new Envelope(
                first(settings.system() == null ? null : settings.system().name(),
                        service == null ? null : service.getSystem(), setting("JEWELRY_SYSTEM")),
                first(settings.serviceName(), setting("JEWELRY_SERVICE_NAME"), "test"),
                first(settings.environment(), setting("JEWELRY_ENVIRONMENT"), "test"));
        return owned.computeIfAbsent(envelope, e -> JewelryJsonLayout.newBuilder().setSystem(e.system())
                .setServiceName(e.serviceName()).setEnvironment(e.environment()).build());
    }

    /** The service's layout: the first appender of the running configuration that writes with the library's layout. */
    private JewelryJsonLayout serviceLayout() {
        for (Appender candidate : context.getConfiguration().getAppenders().values()) {
            if (candidate != appender && candidate.getLayout() instanceof JewelryJsonLayout layout) {
                return layout;
            }
        }
        return null;
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && !candidate.equalsIgnoreCase("unknown")) {
                return candidate;
            }
        }
        return null;
    }

    private record Envelope(String system, String serviceName, String environment) {
    }

    /** Writes each event of a thread in a capture scope and hands the line to that scope; ignores other threads. */
    private final class CaptureAppender extends AbstractAppender {

        CaptureAppender() {
            super(APPENDER_NAME, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            CaptureScope scope = CaptureScope.current();
            if (scope == null || ENCODING.get() != null) {
                return;
            }
            ENCODING.set(Boolean.TRUE);
            try {
                byte[] bytes = layoutFor(scope.settings()).toByteArray(event);
                if (bytes != null && bytes.length > 0) {
                    scope.accept(new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (RuntimeException e) {
                error("jewelry-logging-test could not write a line for " + scope.name(), event, e);
            } finally {
                ENCODING.remove();
            }
        }
    }

    /**
     * Lets a line of a thread in a capture scope through when it is at or above the test's capture level but below
     * its logger's configured level; threads outside every scope are left alone.
     */
    private static final class CaptureLevelFilter extends AbstractFilter {

        CaptureLevelFilter() {
            super(Filter.Result.NEUTRAL, Filter.Result.NEUTRAL);
        }

        private static Result decide(Logger logger, Level level) {
            CaptureScope scope = CaptureScope.current();
            if (scope == null || level == null || logger == null) {
                return Result.NEUTRAL;
            }
            Level configured = logger.getLevel();
            if (configured == Level.OFF || level.isMoreSpecificThan(configured)) {
                return Result.NEUTRAL;
            }
            Level threshold = Level.valueOf(scope.settings().level().name());
            return level.isMoreSpecificThan(threshold) ? Result.ACCEPT : Result.NEUTRAL;
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object... params) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, Object msg, Throwable t) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, Message msg, Throwable t) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2, Object p3) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2, Object p3, Object p4) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6, Object p7) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6, Object p7, Object p8) {
            return decide(logger, level);
        }

        @Override
        public Result filter(Logger logger, Level level, Marker marker, String msg, Object p0, Object p1, Object p2, Object p3, Object p4, Object p5, Object p6, Object p7, Object p8, Object p9) {
            return decide(logger, level);
        }

        @Override
        public Result filter(LogEvent event) {
            return Result.NEUTRAL;
        }
    }
}
