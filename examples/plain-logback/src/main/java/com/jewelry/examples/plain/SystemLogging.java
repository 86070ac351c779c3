package com.jewelry.examples.plain;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One Logback context per system, each configured by the same three-line logback.xml a real service would ship,
 * so the four systems of the demo write their own files in one JVM.
 */
final class SystemLogging implements AutoCloseable {

    private final LoggerContext context = new LoggerContext();

    SystemLogging(SystemName system, String serviceName, Path logDir, boolean console) throws JoranException {
        context.setName(serviceName);
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("JEWELRY_SYSTEM", system.name());
        context.putProperty("JEWELRY_SERVICE_NAME", serviceName);
        context.putProperty("JEWELRY_ENVIRONMENT", "demo");
        context.putProperty("JEWELRY_LOG_DIR", logDir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL config = SystemLogging.class.getResource("/logback.xml");
        configurator.doConfigure(config);
        if (!console) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender("JEWELRY_JSON_CONSOLE");
        }
    }

    EventLogger events(Class<?> owner) {
        return EventLogger.create(context, owner.getName(), Clock.systemUTC());
    }

    org.slf4j.Logger logger(Class<?> owner) {
        return context.getLogger(owner);
    }

    void debugOn(Class<?> owner) {
        context.getLogger(owner).setLevel(ch.qos.logback.classic.Level.DEBUG);
    }

    @Override
    public void close() {
        context.stop();
    }
}
