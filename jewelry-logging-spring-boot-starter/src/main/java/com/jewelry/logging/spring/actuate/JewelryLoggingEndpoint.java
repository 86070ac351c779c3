package com.jewelry.logging.spring.actuate;

import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;
import com.jewelry.logging.spring.backend.LoggingBackend;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code /actuator/jewelrylogging}: what the logging pipeline is doing, for operators. It reports, it never
 * judges: a logging problem does not make the service's health DOWN. {@code outputs} is the pipeline's one stats
 * view (the same the metrics read), one entry per output; {@code status} is {@code WARN} when the back end (Logback or
 * Log4j2) reported errors, a masking rule failed or an output dropped lines.
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
        LoggingBackend pipeline = LoggingBackend.current().orElse(null);
        if (pipeline == null) {
            report.put("status", "WARN");
            report.put("problem", "SLF4J is bound to neither Logback nor Log4j2; the jewelry outputs are not in use");
            return report;
        }
        List<Map<String, Object>> outputs = new ArrayList<>();
        long maskingFailures = 0;
        long dropped = 0;
        for (PipelineStats stats : pipeline.stats()) {
            outputs.add(describe(stats));
            maskingFailures += stats.maskingFailures();
            dropped += stats.droppedTotal();
        }
        long statusErrors = pipeline.statusErrors();
        report.put("status", statusErrors > 0 || maskingFailures > 0 || dropped > 0 ? "WARN" : "OK");
        report.put("backend", pipeline.name());
        // encoders on Logback, layouts on Log4j2
        report.put("jsonEncoders", pipeline.jsonWriters());
        report.put(pipeline.name() + "Errors", statusErrors);
        report.put("maskingFailures", maskingFailures);
        report.put("dropped", dropped);
        report.put("outputs", outputs);
        return report;
    }

    /** One output's stats, as the metrics show them (times in milliseconds here, for people). */
    private static Map<String, Object> describe(PipelineStats stats) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", stats.appender());
        entry.put("type", stats.type());
        entry.put("accepted", stats.accepted());
        entry.put("written", stats.written());
        Map<String, Long> dropped = new LinkedHashMap<>();
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason.tag(), stats.dropped(reason));
        }
        entry.put("dropped", dropped);
        entry.put("queued", stats.queued());
        entry.put("queueCapacity", stats.queueCapacity());
        entry.put("queueFillRatio", stats.queueFillRatio());
        entry.put("callerWaitMillis", TimeUnit.NANOSECONDS.toMillis(stats.callerWaitNanos()));
        entry.put("callerWaitMaxMillis", TimeUnit.NANOSECONDS.toMillis(stats.callerWaitMaxNanos()));
        entry.put("writerRestarts", stats.writerRestarts());
        entry.put("maskingFailures", stats.maskingFailures());
        entry.put("diskWriteFailures", stats.diskWriteFailures());
        entry.put("diagnosticsWarnings", stats.diagnosticsWarnings());
        return entry;
    }
}
