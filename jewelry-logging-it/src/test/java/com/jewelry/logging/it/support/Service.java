package com.jewelry.logging.it.support;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;

/**
 * A service as a user sets it up: a logback.xml that includes the core jar's appenders (and, for the TCP route,
 * jewelry-tcp.xml) and sends root to the named appenders. One Logback context per service.
 */
public final class Service implements AutoCloseable {

    private static final String APPENDERS = "<include resource=\"com/jewelry/logging/logback/jewelry-appenders.xml\"/>\n";
    private static final String TCP = "<include resource=\"com/jewelry/logging/logback/jewelry-tcp.xml\"/>\n";

    private final LoggerContext context;
    private final Path logDir;
    private final SystemName system;

    private Service(LoggerContext context, Path logDir, SystemName system) {
        this.context = context;
        this.logDir = logDir;
        this.system = system;
    }

    /** A service whose root logger writes to {@code rootAppenders}; {@code extra} is more logback.xml. */
    public static Service start(String name, SystemName system, Path logDir, Map<String, String> properties,
                                String extra, List<String> rootAppenders) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("JEWELRY_SYSTEM", system.name());
        all.put("JEWELRY_SERVICE_NAME", name);
        all.put("JEWELRY_ENVIRONMENT", "it");
        all.put("JEWELRY_LOG_DIR", logDir.toString());
        all.putAll(properties);
        StringBuilder xml = new StringBuilder(APPENDERS);
        if (properties.containsKey("JEWELRY_TCP_PORT")) {
            xml.append(TCP);
        }
        xml.append(extra).append("\n<root level=\"INFO\">\n");
        for (String appender : rootAppenders) {
            xml.append("  <appender-ref ref=\"").append(appender).append("\"/>\n");
        }
        xml.append("</root>\n");
        return new Service(Logback.configure(name, all, xml.toString()), logDir, system);
    }

    /** The default set-up of a production service: root to the asynchronous file only. */
    public static Service asyncFile(String name, SystemName system, Path logDir) {
        return start(name, system, logDir, Map.of(), "", List.of("JEWELRY_ASYNC_FILE"));
    }

    public EventLogger events(String loggerName) {
        return EventLogger.create(context, loggerName, Clock.systemUTC());
    }

    public org.slf4j.Logger logger(String loggerName) {
        return context.getLogger(loggerName);
    }

    public LoggerContext context() {
        return context;
    }

    /** The per-system file: {@code <dir>/jewelry-<system>.json}. */
    public Path file() {
        return logDir.resolve("jewelry-" + system.name().toLowerCase(java.util.Locale.ROOT) + ".json");
    }

    @SuppressWarnings("unchecked")
    public <A extends Appender<ILoggingEvent>> A appender(String name) {
        A appender = (A) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(name);
        if (appender == null) {
            throw new AssertionError("no appender " + name + " on root; statuses: " + Logback.problems(context));
        }
        return appender;
    }

    /** Stops the context: asynchronous appenders drain their queues into the file first. */
    @Override
    public void close() {
        context.stop();
    }
}
