package com.jewelry.logging.spring.actuate;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;
import com.jewelry.logging.spring.logback.LogbackPipeline;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /actuator/jewelrylogging}: what the logging pipeline is doing, for operators. It reports, it never
 * judges: a logging problem does not make the service's health DOWN. {@code status} is {@code WARN} when Logback
 * reported errors or a masking rule failed.
 */
@Endpoint(id = JewelryLoggingEndpoint.ID)
public final class JewelryLoggingEndpoint {

    public static final String ID = "jewelrylogging";

    private final JewelryLoggingProperties properties;

    public JewelryLoggingEndpoint(JewelryLoggingProperties properties) {
        this.properties = properties;
    }

    @ReadOperation
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("system", properties.system() != null ? properties.system().name() : "UNKNOWN");
        report.put("environment", properties.environment());
        LogbackPipeline pipeline = LogbackPipeline.current().orElse(null);
        if (pipeline == null) {
            report.put("status", "WARN");
            report.put("problem", "SLF4J is not bound to Logback; the jewelry appenders are not in use");
            return report;
        }
        List<Map<String, Object>> appenders = new ArrayList<>();
        for (Appender<ILoggingEvent> appender : pipeline.appenders()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", appender.getName());
            entry.put("type", appender.getClass().getSimpleName());
            entry.put("started", appender.isStarted());
            if (appender instanceof AsyncAppender async) {
                entry.put("queueSize", async.getQueueSize());
                entry.put("queued", async.getNumberOfElementsInQueue());
            }
            appenders.add(entry);
        }
        long maskingFailures = 0;
        for (JewelryJsonEncoder encoder : pipeline.encoders()) {
            maskingFailures += encoder.getMasking().getDiagnostics().ruleFailures();
        }
        long statusErrors = pipeline.statusErrors();
        report.put("status", statusErrors > 0 || maskingFailures > 0 ? "WARN" : "OK");
        report.put("jsonEncoders", pipeline.encoders().size());
        report.put("logbackErrors", statusErrors);
        report.put("maskingFailures", maskingFailures);
        report.put("appenders", appenders);
        return report;
    }
}
