package com.jewelry.logging.spring.backend;

import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shapes the logging back end before Spring Boot configures it, so even the first line ({@code Starting …}) is a
 * JSON line with the envelope. Runs just before Boot's {@link LoggingApplicationListener}, and only when Boot's
 * logging system is this listener's back end; it
 * <ul>
 *   <li>publishes the {@code jewelry.logging.*} settings as variables the back end's configuration reads
 *       ({@code <prefix>system}, {@code <prefix>console-output}, ...), and</li>
 *   <li>when the service has no {@code logging.config} and no configuration file of its own, points
 *       {@code logging.config} at the starter's configuration for that back end (banner off with the console on).</li>
 * </ul>
 * An application listener rather than an {@code EnvironmentPostProcessor}: the latter's interface moved package
 * between Spring Boot 3 and 4, while listeners and their ordering are the same in both.
 */
public abstract class LoggingSetupListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The value of an output variable for an output that is switched off. */
    public static final String OFF = "off";

    private final String loggingSystem;
    private final String config;
    private final String propertySource;
    private final String variablePrefix;
    private final List<String> ownConfigs;

    /**
     * @param loggingSystem  the class name of Boot's {@link LoggingSystem} for the back end
     * @param config         the starter's configuration for it
     * @param propertySource the name of the property source holding the variables
     * @param variablePrefix the prefix of the variables
     * @param ownConfigs     configuration files Boot finds by itself; a service that has one keeps it
     */
    protected LoggingSetupListener(String loggingSystem, String config, String propertySource, String variablePrefix,
                                   List<String> ownConfigs) {
        this.loggingSystem = loggingSystem;
        this.config = config;
        this.propertySource = propertySource;
        this.variablePrefix = variablePrefix;
        this.ownConfigs = List.copyOf(ownConfigs);
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ClassLoader classLoader = classLoader(event.getSpringApplication().getClassLoader());
        // the same choice Boot makes next (class path, or the LoggingSystem system property)
        if (!LoggingSystem.get(classLoader).getClass().getName().equals(loggingSystem)) {
            return;
        }
        ConfigurableEnvironment environment = event.getEnvironment();
        JewelryLoggingProperties properties;
        try {
            properties = Binder.get(environment)
                    .bindOrCreate(JewelryLoggingProperties.PREFIX, Bindable.of(JewelryLoggingProperties.class));
        } catch (RuntimeException e) {
            // the same binding fails again with Spring Boot's failure analysis once the context starts
            return;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, String> settings = variables(properties, environment);
        settings.putAll(backendVariables(settings));
        settings.forEach((key, value) -> variables.put(variablePrefix + key, value));
        environment.getPropertySources().addLast(new MapPropertySource(propertySource, variables));
        if (properties.configureLogback() && !environment.containsProperty(LoggingApplicationListener.CONFIG_PROPERTY)
                && !hasOwnConfig(classLoader)) {
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put(LoggingApplicationListener.CONFIG_PROPERTY, config);
            if (properties.console().enabled()) {
                // the banner is not a log line: printed on standard output it would break the one-JSON-object-per-line stream
                defaults.put("spring.main.banner-mode", "off");
            }
            environment.getPropertySources().addLast(new MapPropertySource(propertySource + "Config", defaults));
        }
    }

    /** Variables only this back end's configuration reads, derived from the common ones; none by default. */
    protected Map<String, String> backendVariables(Map<String, String> common) {
        return Map.of();
    }

    /** The settings both back ends' configurations read, by name without prefix. */
    static Map<String, String> variables(JewelryLoggingProperties properties, ConfigurableEnvironment environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        String system = properties.system() != null ? properties.system().name()
                : environment.getProperty("JEWELRY_SYSTEM", "UNKNOWN");
        String serviceName = firstNonBlank(properties.serviceName(), environment.getProperty("spring.application.name"),
                environment.getProperty("JEWELRY_SERVICE_NAME"), "unknown");
        put(variables, "system", system);
        put(variables, "system-lower-case", system.toLowerCase(Locale.ROOT));
        put(variables, "service-name", serviceName);
        put(variables, "environment", properties.environment());
        JewelryLoggingProperties.File file = properties.file();
        put(variables, "dir", file.dir());
        put(variables, "max-file-size", file.maxFileSize().toBytes());
        put(variables, "max-history", file.maxHistory());
        put(variables, "total-size-cap", file.totalSizeCap().toBytes());
        put(variables, "queue-size", file.queueSize());
        JewelryLoggingProperties.Tcp tcp = properties.tcp();
        put(variables, "tcp-host", tcp.host());
        put(variables, "tcp-port", tcp.port());
        put(variables, "tcp-destination", tcp.host() + ":" + tcp.port());
        // each output is named by what it is, or "off"
        put(variables, "console-output", properties.console().enabled() ? "console" : OFF);
        put(variables, "file-output", file.enabled() ? "file" : OFF);
        put(variables, "tcp-output", !tcp.enabled() ? OFF : tcp.tls() ? "tcp-tls" : "tcp");
        // logging.file.name / logging.file.path keep their Spring Boot meaning: Boot's own text file, besides ours
        boolean bootFile = environment.containsProperty("logging.file.name") || environment.containsProperty("logging.file.path");
        put(variables, "boot-file-output", bootFile ? "boot-file" : OFF);
        return variables;
    }

    private static void put(Map<String, String> variables, String key, Object value) {
        variables.put(key, String.valueOf(value));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static ClassLoader classLoader(ClassLoader classLoader) {
        return classLoader != null ? classLoader : ClassUtils.getDefaultClassLoader();
    }

    private boolean hasOwnConfig(ClassLoader classLoader) {
        for (String name : ownConfigs) {
            if (classLoader != null && classLoader.getResource(name) != null) {
                return true;
            }
        }
        return false;
    }
}
