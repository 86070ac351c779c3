package com.jewelry.logging.benchmarks;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.logback.JewelryAsyncAppender;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import net.logstash.logback.appender.LoggingEventAsyncDisruptorAppender;
import net.logstash.logback.encoder.LogstashEncoder;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.value;

/**
 * Two threads logging order events through a whole set-up, to a real file: the library's default production
 * set-up (JewelryAsyncAppender, JSON file, masking on) against the two asynchronous appenders a Logback user
 * already has — Logback's AsyncAppender (default discardingThreshold and discardingThreshold=0) and
 * logstash-logback-encoder's LoggingEventAsyncDisruptorAppender (LMAX Disruptor, appendTimeout negative: wait,
 * never drop) — each once with the library's encoder behind it (the queues compared on the same line) and once
 * with plain LogstashEncoder (the peer's whole stack).
 * <ul>
 *   <li>Ceiling: closed loop for {@code seconds}; lines written per second (counted in the file) and drops.</li>
 *   <li>Latency: open loop at a fixed rate (half the lossless Logback ceiling, the same rate for every set-up);
 *       each call's latency is measured from its intended start, so a stalled caller is charged for every call
 *       it delayed (no coordinated omission).</li>
 * </ul>
 * Usage: {@code EndToEnd <out.json> [seconds]}.
 */
public final class EndToEnd {

    private static final int THREADS = 2;

    /** Which asynchronous appender stands between the callers and the file appender. */
    enum Queue {
        /** The library's JewelryAsyncAppender: encodes on the caller's thread, queues bytes, waits when full. */
        JEWELRY,
        /** logstash-logback-encoder's LoggingEventAsyncDisruptorAppender, appendTimeout -1 (wait, never drop). */
        LLE_DISRUPTOR,
        /** Logback's AsyncAppender with its default discardingThreshold (drops INFO when 80% full). */
        LOGBACK_DEFAULT,
        /** Logback's AsyncAppender with discardingThreshold=0 (waits, never drops). */
        LOGBACK_LOSSLESS
    }

    /** Which encoder the file appender writes with, and so how the callers log. */
    enum Encoding {
        /** JewelryJsonEncoder, masking on; callers log the typed event through EventLogger. */
        JEWELRY,
        /** Plain LogstashEncoder; callers log structured arguments. */
        LLE
    }

    enum Setup {
        JEWELRY_DEFAULT(Queue.JEWELRY, Encoding.JEWELRY),
        LLE_DISRUPTOR_JEWELRY(Queue.LLE_DISRUPTOR, Encoding.JEWELRY),
        LOGBACK_ASYNC_LOSSLESS_JEWELRY(Queue.LOGBACK_LOSSLESS, Encoding.JEWELRY),
        LLE_DISRUPTOR(Queue.LLE_DISRUPTOR, Encoding.LLE),
        LOGBACK_ASYNC_DEFAULT(Queue.LOGBACK_DEFAULT, Encoding.LLE),
        LOGBACK_ASYNC_LOSSLESS(Queue.LOGBACK_LOSSLESS, Encoding.LLE);

        final Queue queue;
        final Encoding encoding;

        Setup(Queue queue, Encoding encoding) {
            this.queue = queue;
            this.encoding = encoding;
        }
    }

    record Ceiling(Setup setup, long logged, long written, double seconds) {
        double writtenPerSecond() {
            return written / seconds;
        }

        long dropped() {
            return logged - written;
        }
    }

    /**
     * How callers keep to the schedule. {@code PARKED}: they sleep between calls, as request threads do, and each
     * call's own time is recorded, with the calls it held up (the harness's own late wake-ups are not charged).
     * {@code SPINNING}: they spin on their core between calls and each call is charged from its intended start,
     * so everything that delays a caller counts, the harness's spinning included: on a machine with fewer cores
     * than callers plus the writer, this measures the scheduler as much as the library.
     */
    enum Pacing {
        PARKED, SPINNING
    }

    record Latency(Setup setup, Pacing pacing, double rate, double achievedRate, long logged, long written,
                   Histogram histogram, GcPauses.Delta gc) {
        /** Bytes allocated by every thread of the JVM (callers, writer, collector threads) per line logged. */
        long bytesPerLine() {
            return logged == 0 ? 0 : gc.allocatedBytes() / logged;
        }
    }

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmark-results/e2e.json");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("jewelry-e2e");
        // to explore: -De2e.setups=JEWELRY_DEFAULT -De2e.pacings=PARKED -De2e.rate=50000 (a rate skips the ceilings)
        List<Setup> setups = selected(Setup.class, System.getProperty("e2e.setups"));
        List<Pacing> pacings = selected(Pacing.class, System.getProperty("e2e.pacings"));
        double rate = Double.parseDouble(System.getProperty("e2e.rate", "0"));
        for (Setup setup : setups) {
            ceiling(setup, dir, 2); // warm-up: JIT-compile every path before anything is measured
        }
        List<Ceiling> ceilings = new ArrayList<>();
        for (Setup setup : rate > 0 ? List.<Setup>of() : setups) {
            Ceiling ceiling = ceiling(setup, dir, seconds);
            System.out.printf("ceiling %-24s logged %,d written %,d (%,.0f/s) dropped %,d%n", setup, ceiling.logged(),
                    ceiling.written(), ceiling.writtenPerSecond(), ceiling.dropped());
            ceilings.add(ceiling);
        }
        if (rate <= 0) {
            // half the lossless Logback ceiling, the same rate for every set-up
            rate = ceilings.stream().filter(c -> c.setup() == Setup.LOGBACK_ASYNC_LOSSLESS).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("without LOGBACK_ASYNC_LOSSLESS, give -De2e.rate"))
                    .writtenPerSecond() / 2;
        }
        List<Latency> latencies = new ArrayList<>();
        for (Pacing pacing : pacings) {
            for (Setup setup : setups) {
                Latency latency = latency(setup, dir, seconds, rate, pacing);
                Histogram h = latency.histogram();
                System.out.printf("latency %-8s %-24s at %,.0f/s (kept %,.0f/s): p50 %.1f us, p99 %.1f us, p99.9 %.1f us, p99.99 %.1f us, max %.1f us, dropped %,d, GC pauses %d (%d ms), %,d B allocated per line%n",
                        pacing, setup, rate, latency.achievedRate(), us(h, 50), us(h, 99), us(h, 99.9), us(h, 99.99),
                        h.getMaxValue() / 1000.0, latency.logged() - latency.written(), latency.gc().count(),
                        latency.gc().millis(), latency.bytesPerLine());
                latencies.add(latency);
            }
        }
        write(out, seconds, ceilings, latencies);
        deleteTree(dir);
    }

    private static <E extends Enum<E>> List<E> selected(Class<E> type, String names) {
        if (names == null || names.isBlank()) {
            return List.of(type.getEnumConstants());
        }
        List<E> chosen = new ArrayList<>();
        for (String name : names.split(",")) {
            chosen.add(Enum.valueOf(type, name.trim()));
        }
        return chosen;
    }

    private static double us(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    /** A logger context with one set-up writing to {@code file}; returns the appender to stop. */
    private static LoggerContext context(Setup setup, Path file) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.setName(setup.name());
        FileAppender<ILoggingEvent> fileAppender = new FileAppender<>();
        fileAppender.setContext(context);
        fileAppender.setName("file");
        fileAppender.setFile(file.toString());
        Encoder<ILoggingEvent> encoder;
        if (setup.encoding == Encoding.JEWELRY) {
            JewelryJsonEncoder jewelry = new JewelryJsonEncoder();
            jewelry.setContext(context);
            jewelry.setSystem("SHOP");
            jewelry.setServiceName("shop-checkout");
            jewelry.setEnvironment("bench");
            encoder = jewelry;
        } else {
            LogstashEncoder plain = new LogstashEncoder();
            plain.setContext(context);
            encoder = plain;
        }
        encoder.start();
        fileAppender.setEncoder(encoder);
        if (setup.queue == Queue.LLE_DISRUPTOR) {
            // as LLE's documentation advises: its handler flushes the file appender at the end of each batch
            fileAppender.setImmediateFlush(false);
        }
        fileAppender.start();
        Appender<ILoggingEvent> front = switch (setup.queue) {
            case JEWELRY -> {
                JewelryAsyncAppender async = new JewelryAsyncAppender();
                async.setContext(context);
                async.addAppender(fileAppender);
                yield async;
            }
            case LLE_DISRUPTOR -> {
                LoggingEventAsyncDisruptorAppender async = new LoggingEventAsyncDisruptorAppender();
                async.setContext(context);
                async.setAppendTimeout(ch.qos.logback.core.util.Duration.buildByMilliseconds(-1)); // wait, never drop
                async.addAppender(fileAppender);
                yield async;
            }
            case LOGBACK_DEFAULT, LOGBACK_LOSSLESS -> {
                AsyncAppender async = new AsyncAppender();
                async.setContext(context);
                if (setup.queue == Queue.LOGBACK_LOSSLESS) {
                    async.setDiscardingThreshold(0);
                }
                async.addAppender(fileAppender);
                yield async;
            }
        };
        front.setName("async");
        front.start();
        if (!front.isStarted()) {
            throw new IllegalStateException(setup + ": the asynchronous appender did not start: "
                    + context.getStatusManager().getCopyOfStatusList());
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(front);
        return context;
    }

    /** One order event in the set-up's idiom: a typed event for the library, structured arguments for LLE. */
    private static Runnable caller(Setup setup, LoggerContext context, int thread, LongAdder logged) {
        if (setup.encoding == Encoding.JEWELRY) {
            EventLogger events = EventLogger.create(context, OrderFixture.LOGGER, Clock.systemUTC());
            var items = OrderFixture.typedEvent(3).items();
            var total = OrderFixture.typedEvent(3).total();
            long[] n = {0};
            return () -> {
                events.orderCreated(OrderFixture.CUSTOMER_ID, "ORD-" + thread + "-" + n[0]++, items, total);
                logged.increment();
            };
        }
        Logger logger = context.getLogger(OrderFixture.LOGGER);
        var items = OrderFixture.items(3);
        var total = OrderFixture.total(3);
        long[] n = {0};
        return () -> {
            logger.info("Order {} created for customer {}", value("orderNumber", "ORD-" + thread + "-" + n[0]++),
                    value("customerId", OrderFixture.CUSTOMER_ID), kv("items", items), kv("total", total), kv("currency", "RUB"));
            logged.increment();
        };
    }

    private static Ceiling ceiling(Setup setup, Path dir, int seconds) throws Exception {
        Path file = dir.resolve("ceiling-" + setup + ".json");
        Files.deleteIfExists(file);
        LoggerContext context = context(setup, file);
        LongAdder logged = new LongAdder();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Runnable call = caller(setup, context, t, logged);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    call.run();
                }
            }, "caller-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        context.stop(); // drains the queue into the file
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Ceiling(setup, logged.sum(), countLines(file), elapsed);
    }

    private static Latency latency(Setup setup, Path dir, int seconds, double rate, Pacing pacing) throws Exception {
        Path file = dir.resolve("latency-" + setup + "-" + pacing + ".json");
        Files.deleteIfExists(file);
        LoggerContext context = context(setup, file);
        LongAdder logged = new LongAdder();
        long intervalNs = (long) (1e9 * THREADS / rate);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long calls = (long) (rate / THREADS * seconds);
        Histogram all = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
        List<Thread> threads = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        LongAdder finished = new LongAdder();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        GcPauses gc = GcPauses.start();
        for (int t = 0; t < THREADS; t++) {
            Runnable call = caller(setup, context, t, logged);
            Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
            histograms.add(histogram);
            long offset = t * intervalNs / THREADS;
            Thread thread = new Thread(() -> {
                for (long i = 0; i < calls; i++) {
                    long intended = start + offset + i * intervalNs;
                    if (pacing == Pacing.SPINNING) {
                        spinUntil(intended);
                        call.run();
                        histogram.recordValue(Math.max(0, System.nanoTime() - intended));
                    } else {
                        parkUntil(intended);
                        long begin = System.nanoTime();
                        call.run();
                        // a call that took longer than the interval held up the calls due meanwhile: they are
                        // recorded too (HdrHistogram's coordinated-omission correction)
                        histogram.recordValueWithExpectedInterval(System.nanoTime() - begin, intervalNs);
                    }
                }
                finished.increment();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "open-loop-" + t);
            threads.add(thread);
            thread.start();
        }
        // the measurement is over when the last caller is done; the callers stay alive until the figures are read
        while (finished.sum() < THREADS) {
            Thread.sleep(1);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        GcPauses.Delta pauses = gc.stop();
        done.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        context.stop();
        histograms.forEach(all::add);
        return new Latency(setup, pacing, rate, logged.sum() / elapsed, logged.sum(), countLines(file), all, pauses);
    }

    /** Spins (and so keeps a core) until {@code intended}, parking only when it is far ahead. */
    private static void spinUntil(long intended) {
        long now;
        while ((now = System.nanoTime()) < intended) {
            // Linux wakes a parked thread up to 50 us late (timer slack): park only well ahead of the intended
            // start, and spin the rest, so the harness's own lateness stays out
            if (intended - now > 200_000) {
                LockSupport.parkNanos(intended - now - 150_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Sleeps until {@code intended}, leaving the core to others; may wake late, then calls catch up. */
    private static void parkUntil(long intended) {
        long now;
        while ((now = System.nanoTime()) < intended) {
            LockSupport.parkNanos(intended - now);
        }
    }

    private static long countLines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }

    private static void write(Path out, int seconds, List<Ceiling> ceilings, List<Latency> latencies) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("seconds", seconds);
        root.put("threads", THREADS);
        ArrayNode c = root.putArray("ceiling");
        for (Ceiling ceiling : ceilings) {
            c.addObject().put("setup", ceiling.setup().name()).put("logged", ceiling.logged())
                    .put("written", ceiling.written()).put("dropped", ceiling.dropped())
                    .put("writtenPerSecond", Math.round(ceiling.writtenPerSecond()));
        }
        ArrayNode l = root.putArray("latency");
        for (Latency latency : latencies) {
            Histogram h = latency.histogram();
            l.addObject().put("setup", latency.setup().name()).put("pacing", latency.pacing().name())
                    .put("rate", Math.round(latency.rate())).put("achievedRate", Math.round(latency.achievedRate()))
                    .put("gcPauses", latency.gc().count()).put("gcPauseMillis", latency.gc().millis())
                    .put("bytesPerLine", latency.bytesPerLine())
                    .put("logged", latency.logged()).put("written", latency.written())
                    .put("dropped", latency.logged() - latency.written())
                    .put("p50us", us(h, 50)).put("p99us", us(h, 99)).put("p999us", us(h, 99.9))
                    .put("p9999us", us(h, 99.99)).put("maxus", h.getMaxValue() / 1000.0);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
