package com.jewelry.logging.spring.logback;

import com.jewelry.logging.spring.backend.LoggingSetupListener;

import java.util.List;

/**
 * Shapes Logback before Spring Boot configures it (see {@link LoggingSetupListener}): publishes the
 * {@code jewelry.logging.*} settings as the variables {@code jewelry.internal.logback.*} the starter's Logback
 * includes read through {@code springProperty}, and applies {@value #CONFIG} (JSON console, rolling file, TCP as
 * configured) when the service has no Logback configuration of its own. Does nothing on another back end.
 */
public final class JewelryLogbackEnvironmentListener extends LoggingSetupListener {

    /** The Logback configuration the starter applies when the service has none. */
    public static final String CONFIG = "classpath:com/jewelry/logging/spring/logback-jewelry.xml";
    /** The name of the property source holding the Logback variables. */
    public static final String PROPERTY_SOURCE = "jewelryLoggingLogback";
    /** The prefix of the Logback variables read by the starter's Logback includes through springProperty. */
    public static final String VARIABLE_PREFIX = "jewelry.internal.logback.";

    public JewelryLogbackEnvironmentListener() {
        super("org.springframework.boot.logging.logback.LogbackLoggingSystem", CONFIG, PROPERTY_SOURCE, VARIABLE_PREFIX,
                List.of("logback-test.groovy", "logback-test.xml", "logback.groovy", "logback.xml",
                        "logback-test-spring.groovy", "logback-test-spring.xml", "logback-spring.groovy",
                        "logback-spring.xml"));
    }
}
