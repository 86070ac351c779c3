package com.jewelry.logging.spring.logback;

import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shapes Logback before Spring Boot configures it, so even the first line ({@code Starting …Application}) is a JSON
 * line with the envelope. Spring Boot sets logging up from the prepared environment before any bean exists; this
 * listener runs just before Boot's {@link LoggingApplicationListener} and
 * <ul>
 *   <li>publishes the {@code jewelry.logging.*} settings as the Logback variables the library's appenders read
 *       (property source {@value #PROPERTY_SOURCE}, keys {@code jewelry.internal.logback.*}), and</li>
 *   <li>when the service has no {@code logging.config} and no Logback file of its own, points {@code logging.config}
 *       at {@value #CONFIG} (JSON console, rolling file, TCP as configured).</li>
 * </ul>
 * An application listener rather than an {@code EnvironmentPostProcessor}: the latter's interface moved package
 * between Spring Boot 3 and 4, while listeners and their ordering are the same in both.
 */
public final class JewelryLogbackEnvironmentListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The Logback configuration the starter applies when the service has none. */
    public static final String CONFIG = "classpath:com/jewelry/logging/spring/logback-jewelry.xml";
    /** The name of the property source holding the Logback variables. */
    public static final String PROPERTY_SOURCE = "jewelryLoggingLogback";
    /** The prefix of the Logback variables read by the starter's Logback includes through springProperty. */
    public static final String VARIABLE_PREFIX = "jewelry.internal.logback.";

    /** Logback files Spring Boot finds by itself; a service that has one keeps it. */
    private static final String[] OWN_CONFIGS = {"logback-test.groovy", "logback-test.xml", "logback.groovy",
            "logback.xml", "logback-test-spring.groovy", "logback-test-spring.xml", "logback-spring.groovy",
            "logback-spring.xml"};

    static final String OFF = "off";

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        JewelryLoggingProperties properties;
        try {
            properties = Binder.get(environment)
                    .bindOrCreate(JewelryLoggingProperties.PREFIX, Bindable.of(JewelryLoggingProperties.class));
        } catch (RuntimeException e) {
            // the same binding fails again with Spring Boot's failure analysis once the context starts
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, variables(properties, environment)));
        ClassLoader classLoader = event.getSpringApplication().getClassLoader();
        if (properties.configureLogback() && !environment.containsProperty(LoggingApplicationListener.CONFIG_PROPERTY)
                && !hasOwnConfig(classLoader)) {
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put(LoggingApplicationListener.CONFIG_PROPERTY, CONFIG);
            if (properties.console().enabled()) {
                // the banner is not a log line: printed on standard output it would break the one-JSON-object-per-line stream
                defaults.put("spring.main.banner-mode", "off");
            }
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE + "Config", defaults));
        }
    }

    static Map<String, Object> variables(JewelryLoggingProperties properties, ConfigurableEnvironment environment) {
        Map<String, Object> variables = new LinkedHashMap<>();
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
        put(variables, "tcp-destination", tcp.host() + ":" + tcp.port());
        // each output is one include of logback-jewelry.xml, output/<name>.xml; "off" defines no appender at all
        put(variables, "console-output", properties.console().enabled() ? "console" : OFF);
        put(variables, "file-output", file.enabled() ? "file" : OFF);
        put(variables, "tcp-output", !tcp.enabled() ? OFF : tcp.tls() ? "tcp-tls" : "tcp");
        // logging.file.name / logging.file.path keep their Spring Boot meaning: Boot's own text file, besides ours
        boolean bootFile = environment.containsProperty("logging.file.name") || environment.containsProperty("logging.file.path");
        put(variables, "boot-file-output", bootFile ? "boot-file" : OFF);
        return variables;
    }

    private static void put(Map<String, Object> variables, String key, Object value) {
        variables.put(VARIABLE_PREFIX + key, String.valueOf(value));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static boolean hasOwnConfig(ClassLoader classLoader) {
        for (String name : OWN_CONFIGS) {
            if (resource(classLoader, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean resource(ClassLoader classLoader, String name) {
        ClassLoader loader = classLoader != null ? classLoader : ClassUtils.getDefaultClassLoader();
        return loader != null && loader.getResource(name) != null;
    }
}
