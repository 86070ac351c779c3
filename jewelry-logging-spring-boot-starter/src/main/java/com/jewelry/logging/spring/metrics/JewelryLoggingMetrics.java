package com.jewelry.logging.spring.metrics;

import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.spring.backend.LoggingBackend;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Meters of the business events ({@code jewelry.events}, {@code jewelry.partner_orders}, on MES {@code
 * jewelry.cost_calculation}, see {@link LineMeters}) and of the logging pipeline itself, one set per
 * output (tags {@code appender}, {@code type}), all read from the pipeline's one stats view
 * ({@link LoggingBackend#stats()}, on Logback or Log4j2): {@code jewelry.logging.accepted}, {@code .written}, {@code .dropped} (tag
 * {@code reason}), {@code .queued}, {@code .queue_capacity}, {@code .queue_fill_ratio}, {@code .caller_wait}
 * (seconds, total) and {@code .caller_wait.max}, {@code .writer_restarts}, {@code .masking_failures},
 * {@code .disk_write_failures} and {@code .diagnostics_warnings}.
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
        Optional<LoggingBackend> current = LoggingBackend.current();
        if (current.isEmpty()) {
            return;
        }
        LoggingBackend pipeline = current.get();
        undo.add(pipeline.observe(LineMeters.NAME, new LineMeters(registry, system)));
        for (PipelineStats output : pipeline.stats()) {
            register(output);
        }
    }

    /** The meters of one output; each reads that output's current stats when scraped. */
    private void register(PipelineStats output) {
        Tags tags = Tags.of("system", system, "appender", output.appender(), "type", output.type());
        StatsReader stats = new StatsReader(output.appender());
        counter("jewelry.logging.accepted", "Lines the output accepted from callers", tags, stats, PipelineStats::accepted);
        counter("jewelry.logging.written", "Lines the output handed on to its file, stream or socket", tags, stats,
                PipelineStats::written);
        for (DropReason reason : DropReason.values()) {
            counter("jewelry.logging.dropped", "Log lines lost, by reason", tags.and("reason", reason.tag()), stats,
                    s -> s.dropped(reason));
        }
        gauge("jewelry.logging.queued", "Lines waiting in the output's queue or buffer", tags, stats, PipelineStats::queued);
        gauge("jewelry.logging.queue_capacity", "Lines the output's queue or buffer holds (0: none)", tags, stats,
                PipelineStats::queueCapacity);
        gauge("jewelry.logging.queue_fill_ratio", "How full the output's queue or buffer is (0 to 1)", tags, stats,
                PipelineStats::queueFillRatio);
        track(FunctionCounter.builder("jewelry.logging.caller_wait", stats,
                        r -> r.read(s -> s.callerWaitNanos() / (double) TimeUnit.SECONDS.toNanos(1)))
                .description("Time callers waited for room in a full queue").baseUnit("seconds").tags(tags)
                .register(registry));
        track(Gauge.builder("jewelry.logging.caller_wait.max", stats,
                        r -> r.read(s -> s.callerWaitMaxNanos() / (double) TimeUnit.SECONDS.toNanos(1)))
                .description("Longest single wait of a caller for room since start").baseUnit("seconds").tags(tags)
                .register(registry));
        counter("jewelry.logging.writer_restarts", "Times the output's writer thread died and was started again", tags,
                stats, PipelineStats::writerRestarts);
        counter("jewelry.logging.masking_failures", "Values a masking rule failed on (written as a marker, never in clear)",
                tags, stats, PipelineStats::maskingFailures);
        counter("jewelry.logging.disk_write_failures", "Failed writes to the log file (disk full); reported once", tags,
                stats, PipelineStats::diskWriteFailures);
        counter("jewelry.logging.diagnostics_warnings", "The library's own warnings about this output", tags, stats,
                PipelineStats::diagnosticsWarnings);
    }

    private void counter(String name, String description, Tags tags, StatsReader stats, ToDoubleFunction<PipelineStats> value) {
        track(FunctionCounter.builder(name, stats, r -> r.read(value)).description(description).tags(tags).register(registry));
    }

    private void gauge(String name, String description, Tags tags, StatsReader stats, ToDoubleFunction<PipelineStats> value) {
        // the reader is held strongly by the gauge's function (the object form alone would hold it weakly)
        track(Gauge.builder(name, stats, r -> r.read(value)).description(description).tags(tags).strongReference(true)
                .register(registry));
    }

    private void track(Meter meter) {
        undo.add(() -> registry.remove(meter));
    }

    @Override
    public void destroy() {
        undo.forEach(Runnable::run);
        undo.clear();
    }

    /** Reads one output's stats from the pipeline as configured now (it may have been reconfigured). */
    private record StatsReader(String appender) {
        double read(ToDoubleFunction<PipelineStats> value) {
            return LoggingBackend.current()
                    .flatMap(p -> p.stats().stream().filter(s -> s.appender().equals(appender)).findFirst())
                    .map(value::applyAsDouble).orElse(Double.NaN);
        }
    }
}
