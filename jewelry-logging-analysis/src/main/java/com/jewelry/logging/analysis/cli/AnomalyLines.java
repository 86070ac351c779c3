package com.jewelry.logging.analysis.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;

import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes found anomalies as {@code anomaly.detected} lines, through the library's own encoder (the same envelope a
 * service writes), so a scheduled {@code detect} can be shipped like any log and alert like the services' own
 * events. Each line carries the system whose series it is, so it lands in that system's index.
 */
final class AnomalyLines {

    private static final String LOGGER = "com.jewelry.logging.analysis.detect";

    private AnomalyLines() {
    }

    static void write(List<AnomalyDetected> anomalies, OutputStream out, Clock clock) {
        Map<String, List<AnomalyDetected>> bySystem = anomalies.stream()
                .collect(Collectors.groupingBy(AnomalyDetected::system, TreeMap::new, Collectors.toList()));
        bySystem.forEach((system, found) -> {
            LoggerContext context = new LoggerContext();
            context.setMDCAdapter(new LogbackMDCAdapter());
            JewelryJsonEncoder encoder = new JewelryJsonEncoder();
            encoder.setContext(context);
            encoder.setSystem(system);
            encoder.start();
            OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
            appender.setContext(context);
            appender.setName("detect");
            appender.setEncoder(encoder);
            appender.setImmediateFlush(true);
            appender.setOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws java.io.IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws java.io.IOException {
                    flush();   // standard output stays open for the next system's lines
                }
            });
            appender.start();
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.INFO);
            root.addAppender(appender);
            EventLogger events = EventLogger.create(context, LOGGER, clock);
            found.forEach(events::log);
            context.stop();
        });
    }
}
