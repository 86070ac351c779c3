package com.jewelry.logging.spring.log4j2;

import com.jewelry.logging.spring.backend.LoggingSetupListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Log4j2 twin of the Logback listener (see {@link LoggingSetupListener}): publishes the {@code jewelry.logging.*}
 * settings as the variables {@code jewelry.internal.log4j2.*}, which {@value #CONFIG} reads through Boot's
 * {@code ${spring:...}} lookup, and applies that configuration (JSON console, rolling file) when the service has no
 * Log4j2 configuration of its own. Does nothing on another back end.
 */
public final class JewelryLog4j2EnvironmentListener extends LoggingSetupListener {

    /** The Log4j2 configuration the starter applies when the service has none. */
    public static final String CONFIG = "classpath:com/jewelry/logging/spring/log4j2-jewelry.xml";
    /** The name of the property source holding the Log4j2 variables. */
    public static final String PROPERTY_SOURCE = "jewelryLoggingLog4j2";
    /** The prefix of the variables the starter's Log4j2 configuration reads. */
    public static final String VARIABLE_PREFIX = "jewelry.internal.log4j2.";

    public JewelryLog4j2EnvironmentListener() {
        super("org.springframework.boot.logging.log4j2.Log4J2LoggingSystem", CONFIG, PROPERTY_SOURCE, VARIABLE_PREFIX,
                ownConfigs());
    }

    /**
     * The level of each output's reference on the root logger: {@code OFF} switches it off (Log4j2 XML has no
     * include by variable, as the Logback configuration uses).
     */
    @Override
    protected Map<String, String> backendVariables(Map<String, String> common) {
        return Map.of("console-level", level(common.get("console-output")), "file-level", level(common.get("file-output")));
    }

    private static String level(String output) {
        return OFF.equals(output) ? "OFF" : "ALL";
    }

    /** The files Boot's Log4j2 system looks for: log4j2[-test][-spring] with each format's extensions. */
    private static List<String> ownConfigs() {
        List<String> names = new ArrayList<>();
        for (String base : List.of("log4j2-test", "log4j2", "log4j2-test-spring", "log4j2-spring")) {
            for (String extension : List.of(".xml", ".json", ".jsn", ".yaml", ".yml", ".properties")) {
                names.add(base + extension);
            }
        }
        return names;
    }
}
