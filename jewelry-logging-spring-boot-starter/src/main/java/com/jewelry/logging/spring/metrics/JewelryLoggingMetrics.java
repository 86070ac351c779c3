package com.jewelry.logging.spring.metrics;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.spring.logback.LogbackPipeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.logstash.logback.appender.AbstractLogstashTcpSocketAppender;
import net.logstash.logback.appender.listener.TcpAppenderListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Meters of the business events and of the logging pipeline itself: {@code jewelry.events}, {@code
 * jewelry.cost_calculation}, {@code jewelry.partner_orders}, {@code jewelry.logging.lines}, {@code
 * jewelry.logging.dropped} (lines a TCP appender could not buffer), {@code jewelry.logging.masking_failures} and
 * {@code jewelry.logging.queue_fill_ratio} of each asynchronous file queue.
 */
public final class JewelryLoggingMetrics implements SmartInitializingSingleton, DisposableBean {

    private final MeterRegistry registry;
    private final String system;
    private final List<Runnable> undo = new ArrayList<>();

    public JewelryLoggingMetrics(MeterRegistry registry, String system) {
        this.registry = registry;
        this.system = system;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Optional<LogbackPipeline> current = LogbackPipeline.current();
        if (current.isEmpty()) {
            return;
        }
        LogbackPipeline pipeline = current.get();
        LoggingMetricsAppender appender = new LoggingMetricsAppender(registry, system);
        appender.setContext(pipeline.context());
        appender.start();
        pipeline.root().addAppender(appender);
        undo.add(() -> {
            pipeline.root().detachAppender(appender);
            appender.stop();
        });

        Counter dropped = Counter.builder("jewelry.logging.dropped").description("Log lines lost, by reason")
                .tag("reason", "tcp_buffer_full").register(registry);
        for (Appender<ILoggingEvent> each : pipeline.appenders()) {
            if (each instanceof AsyncAppender async) {
                // a supplier holds the appender strongly; the object form would only hold it weakly
                Gauge.builder("jewelry.logging.queue_fill_ratio",
                                () -> async.getQueueSize() == 0 ? 0 : (double) async.getNumberOfElementsInQueue() / async.getQueueSize())
                        .description("How full the asynchronous queue in front of a log file is (0 to 1)")
                        .tag("appender", String.valueOf(async.getName())).register(registry);
            } else if (each instanceof AbstractLogstashTcpSocketAppender<?, ?> tcp) {
                watchTcp(tcp, dropped);
            }
        }
        List<JewelryJsonEncoder> encoders = pipeline.encoders();
        FunctionCounter.builder("jewelry.logging.masking_failures", encoders, JewelryLoggingMetrics::maskingFailures)
                .description("Values a masking rule failed on (written as a marker, never in clear)")
                .register(registry);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void watchTcp(AbstractLogstashTcpSocketAppender tcp, Counter dropped) {
        TcpAppenderListener<ILoggingEvent> listener = new TcpAppenderListener<>() {
            @Override
            public void eventAppendFailed(Appender<ILoggingEvent> appender, ILoggingEvent event, Throwable reason) {
                dropped.increment();
            }
        };
        tcp.addListener(listener);
        undo.add(() -> tcp.removeListener(listener));
    }

    private static double maskingFailures(List<JewelryJsonEncoder> encoders) {
        long failures = 0;
        for (JewelryJsonEncoder encoder : encoders) {
            failures += encoder.getMasking().getDiagnostics().ruleFailures();
        }
        return failures;
    }

    @Override
    public void destroy() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
