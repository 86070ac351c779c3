package com.jewelry.logging.test.internal.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import com.jewelry.logging.test.internal.CaptureBackend;
import org.slf4j.ILoggerFactory;

/**
 * Captures from the Logback {@link LoggerContext} SLF4J uses: an appender on the root logger encodes each event
 * of a thread in scope with a real {@code JewelryJsonEncoder}, and a turbo filter lets that thread's lines through
 * from the capture level up. When the context is reset (Spring Boot configures logging after the first test
 * started, a service reloads its logback.xml), both are put back at once.
 */
public final class LogbackBackend implements CaptureBackend, LoggerContextListener {

    static final String APPENDER_NAME = "JEWELRY_TEST_CAPTURE";

    private final LoggerContext context;
    private final Encoders encoders;
    private final CaptureAppender appender;
    private final CaptureLevelFilter levelFilter = new CaptureLevelFilter();

    private LogbackBackend(LoggerContext context) {
        this.context = context;
        this.encoders = new Encoders(context);
        this.appender = new CaptureAppender(encoders);
        appender.setName(APPENDER_NAME);
        appender.setContext(context);
        levelFilter.setName(APPENDER_NAME);
        levelFilter.setContext(context);
    }

    public static boolean supports(ILoggerFactory factory) {
        return factory instanceof LoggerContext;
    }

    public static LogbackBackend forFactory(ILoggerFactory factory) {
        return new LogbackBackend((LoggerContext) factory);
    }

    @Override
    public void start() {
        attach();
        context.addListener(this);
    }

    @Override
    public void stop() {
        context.removeListener(this);
        root().detachAppender(appender);
        context.getTurboFilterList().remove(levelFilter);
        appender.stop();
        levelFilter.stop();
        encoders.stop();
    }

    private void attach() {
        appender.start();
        levelFilter.start();
        Logger root = root();
        if (root.getAppender(APPENDER_NAME) == null) {
            root.addAppender(appender);
        }
        if (!context.getTurboFilterList().contains(levelFilter)) {
            context.addTurboFilter(levelFilter);
        }
    }

    private Logger root() {
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    // ---- LoggerContextListener: survive a reset of the context ----

    @Override
    public boolean isResetResistant() {
        return true;
    }

    @Override
    public void onReset(LoggerContext resetContext) {
        // a reset detached and stopped the appender and cleared the turbo filters; the service's encoders are gone too
        encoders.forgetApplicationEncoder();
        attach();
    }

    @Override
    public void onStart(LoggerContext startedContext) {
    }

    @Override
    public void onStop(LoggerContext stoppedContext) {
    }

    @Override
    public void onLevelChange(Logger logger, ch.qos.logback.classic.Level level) {
    }
}
