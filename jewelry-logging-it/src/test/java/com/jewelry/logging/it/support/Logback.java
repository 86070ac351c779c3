package com.jewelry.logging.it.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;

/**
 * A real Logback context per test, configured from logback.xml text the way a service's file would be: includes of
 * the core jar's appenders, Logback properties for the settings.
 */
public final class Logback {

    private Logback() {
    }

    public static LoggerContext configure(String name, Map<String, String> properties, String configurationBody) {
        LoggerContext context = new LoggerContext();
        context.setName(name);
        context.setMDCAdapter(new LogbackMDCAdapter());
        // statuses are read from the status manager by the tests; without a listener LLE would print each on the console
        context.getStatusManager().add(new ch.qos.logback.core.status.NopStatusListener());
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        String xml = "<configuration>\n" + configurationBody + "\n</configuration>";
        try {
            configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (JoranException e) {
            throw new AssertionError("Logback configuration failed: " + statuses(context), e);
        }
        return context;
    }

    public static List<Status> statuses(LoggerContext context) {
        return context.getStatusManager().getCopyOfStatusList();
    }

    /** Statuses at WARN or ERROR, with their causes, as text for assertions and reports. */
    public static List<String> problems(LoggerContext context) {
        return statuses(context).stream()
                .filter(s -> s.getLevel() >= Status.WARN)
                .map(s -> s.getMessage() + (s.getThrowable() == null ? "" : " [" + s.getThrowable() + "]"))
                .toList();
    }
}
