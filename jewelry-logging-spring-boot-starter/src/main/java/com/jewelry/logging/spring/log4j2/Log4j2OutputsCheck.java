package com.jewelry.logging.spring.log4j2;

import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;
import com.jewelry.logging.spring.backend.LoggingBackend;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;

/**
 * Says at start-up, on the diagnostics logger, which configured output the starter's Log4j2 set-up does not write,
 * so nothing is silently missing: the TCP output and Boot's own text file exist on Logback only.
 */
public final class Log4j2OutputsCheck implements SmartInitializingSingleton {

    private final JewelryLoggingProperties properties;
    private final Environment environment;

    public Log4j2OutputsCheck(JewelryLoggingProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!LoggingBackend.current().map(backend -> backend.name().equals("log4j2")).orElse(false)) {
            return;
        }
        var diagnostics = LoggerFactory.getLogger("com.jewelry.logging.diagnostics");
        if (properties.tcp().enabled()) {
            diagnostics.warn("jewelry-logging: jewelry.logging.tcp.enabled has no effect on Log4j2: no line is sent "
                    + "over TCP; ship the JSON file instead (docs/log4j2.md)");
        }
        if (environment.containsProperty("logging.file.name") || environment.containsProperty("logging.file.path")) {
            diagnostics.warn("jewelry-logging: logging.file.name/path has no effect with the starter's Log4j2 "
                    + "configuration: Boot's text file is not written; the JSON file is (docs/log4j2.md)");
        }
    }
}
