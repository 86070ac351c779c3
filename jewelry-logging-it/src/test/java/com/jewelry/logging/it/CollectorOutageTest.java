package com.jewelry.logging.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.it.support.Certificates;
import com.jewelry.logging.it.support.Json;
import com.jewelry.logging.it.support.Service;
import com.jewelry.logging.it.support.TlsCollector;
import com.jewelry.logging.it.support.Wait;
import net.logstash.logback.appender.LogstashTcpSocketAppender;
import net.logstash.logback.appender.listener.TcpAppenderListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector goes away for a while as a service logs steadily. Business calls neither fail nor stall; the
 * local file has every event; the TCP route delivers what its ring buffer held once the collector is back, and
 * whatever it had to drop is counted by LLE's appender listener.
 */
class CollectorOutageTest {

    private static final int RATE_PER_SECOND = 200;

    @Test
    void thirtySecondOutageNeitherStallsCallersNorLosesEvents(@TempDir Path dir) {
        Outcome outcome = run(dir, Map.of(), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5));
        System.out.println("[figures] 30 s collector outage at " + RATE_PER_SECOND + "/s, default ring buffer: " + outcome);
        assertThat(outcome.inFile).as("the durable file has every event").isEqualTo(outcome.logged);
        assertThat(outcome.dropped).as("the default ring buffer (16384) holds a 30 s outage at 200/s").isZero();
        assertThat(outcome.duplicatesAtCollector).as("no line arrives twice").isZero();
        assertThat(outcome.unknownAtCollector).as("the collector has only lines that were logged").isEmpty();
        // LLE has no acknowledgements: what it wrote between the collector's exit and noticing the closed socket is
        // gone from this route (the file has it). Those lines, found by name (logged, neither at the collector nor
        // reported dropped), must be the ones written around the moment the collector went: at most 100 ms worth
        // before or after it, never one from the middle of the outage or after the collector came back.
        assertThat(outcome.lostInFlight).as("lines lost on the wire when the collector went")
                .hasSizeLessThanOrEqualTo(RATE_PER_SECOND / 10)
                .allSatisfy(order -> assertThat(order).matches(aroundTheCollectorsExit(5)));
        assertLatency(outcome);
    }

    /** Order numbers logged within 100 ms of the collector's exit: the last of the "up" phase, the first of "down". */
    private static java.util.function.Predicate<String> aroundTheCollectorsExit(int secondsBefore) {
        int up = secondsBefore * RATE_PER_SECOND;
        int window = RATE_PER_SECOND / 10;
        return order -> (order.startsWith("ORD-UP-") && Integer.parseInt(order.substring(7)) >= up - window)
                || (order.startsWith("ORD-DOWN-") && Integer.parseInt(order.substring(9)) < window);
    }

    @Test
    void boundedRingBufferDropsAreCountedAndTheFileStillHasEverything(@TempDir Path dir) {
        Outcome outcome = run(dir, Map.of("JEWELRY_TCP_RING_BUFFER_SIZE", "64"),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(2));
        System.out.println("[figures] 5 s collector outage at " + RATE_PER_SECOND + "/s, ring buffer 64: " + outcome);
        assertThat(outcome.inFile).as("the durable file has every event").isEqualTo(outcome.logged);
        assertThat(outcome.dropped).as("a 64-line buffer cannot hold 5 s at 200/s: drops, counted").isGreaterThan(0);
        assertThat(outcome.droppedAtCollector).as("a line reported dropped never arrives").isZero();
        assertThat(outcome.duplicatesAtCollector).as("no line arrives twice").isZero();
        assertThat(outcome.unknownAtCollector).as("the collector has only lines that were logged").isEmpty();
        assertThat(outcome.atCollector + outcome.dropped).as("what arrived and what was counted dropped")
                .isLessThanOrEqualTo(outcome.logged)
                .isGreaterThanOrEqualTo(outcome.logged - RATE_PER_SECOND / 10);
        assertLatency(outcome);
    }

    /**
     * p99 of a logging call under 1 ms, over what the same paced loop measures for a call that does nothing (a
     * disabled logger), so a busy build machine's scheduling delays do not count as the library's; and no stall.
     */
    private static void assertLatency(Outcome outcome) {
        // A call that encodes a line takes tens of microseconds; on a build machine with more runnable threads than
        // cores, 1% of such calls span a preemption and take milliseconds. The 1 ms bound is checked when the
        // machine is not oversubscribed; otherwise a 5 ms bound still catches a stall on the network or the disk.
        double loadPerCpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        long bound = loadPerCpu >= 0 && loadPerCpu < 1.0 ? 1000 : 5000;
        System.out.printf(java.util.Locale.ROOT, "[figures] load average per CPU %.2f: p99 bound %d µs%n", loadPerCpu, bound);
        assertThat(outcome.p99Micros - outcome.baselineP99Micros).as("caller-side p99 latency over baseline, µs").isLessThan(bound);
        assertThat(outcome.maxMicros).as("no call stalled (connect timeout is 5 s)").isLessThan(250_000);
    }

    /** What happened to the events of one run. */
    record Outcome(long logged, long inFile, long atCollector, long duplicatesAtCollector, Set<String> unknownAtCollector,
                   long dropped, long droppedAtCollector, Set<String> lostInFlight, long sendFailures,
                   long p99Micros, long maxMicros, long baselineP99Micros) {

        @Override
        public String toString() {
            return logged + " logged; file " + inFile + "; collector " + atCollector + "; dropped by the ring buffer "
                    + dropped + "; lost in flight " + lostInFlight.size() + " " + new java.util.TreeSet<>(lostInFlight)
                    + "; send failures " + sendFailures
                    + "; caller latency p99 " + p99Micros + " µs, max " + maxMicros + " µs (p99 of a no-op call in the same loop "
                    + baselineP99Micros + " µs)";
        }
    }

    private static Outcome run(Path dir, Map<String, String> settings, Duration before, Duration outage, Duration after) {
        Certificates pki = Certificates.generate(dir.resolve("pki"), "jewelry-it-logging-ca");
        Set<String> dropped = ConcurrentHashMap.newKeySet();
        AtomicLong drops = new AtomicLong();
        AtomicLong sendFailures = new AtomicLong();
        long[] latencies = new long[(int) ((before.toSeconds() + outage.toSeconds() + after.toSeconds()) * RATE_PER_SECOND)];
        long[] baseline = new long[latencies.length];
        int logged = 0;
        Service service;
        try (TlsCollector collector = TlsCollector.start(dir.resolve("collector"), pki)) {
            service = TlsCollectorTest.tcpService(dir.resolve("logs"), pki, collector.port(), settings);
            try (service) {
                LogstashTcpSocketAppender tcp = service.appender("JEWELRY_TCP");
                tcp.addListener(new TcpAppenderListener<>() {
                    @Override
                    public void eventAppendFailed(Appender<ILoggingEvent> appender, ILoggingEvent event, Throwable reason) {
                        drops.incrementAndGet();
                        dropped.add(orderNumberOf(event));
                    }

                    @Override
                    public void eventSendFailure(Appender<ILoggingEvent> appender, ILoggingEvent event, Throwable reason) {
                        sendFailures.incrementAndGet();
                    }

                    @Override
                    public void connectionOpened(Appender<ILoggingEvent> appender, Socket socket) {
                        // counted by the collector's file; nothing to do
                    }
                });
                EventLogger events = service.events("com.jewelry.it.Outage");
                service.context().getLogger("com.jewelry.it.Disabled").setLevel(ch.qos.logback.classic.Level.OFF);
                EventLogger disabled = service.events("com.jewelry.it.Disabled");
                warmUp(events);
                warmUp(disabled);
                logged = steady(events, disabled, "ORD-UP-", before, latencies, baseline, 0);
                collector.stop();
                logged += steady(events, disabled, "ORD-DOWN-", outage, latencies, baseline, logged);
                collector.restart();
                logged += steady(events, disabled, "ORD-BACK-", after, latencies, baseline, logged);
                // TCP keeps order on one connection: once the last line logged has arrived, everything before it
                // that the route still held has arrived too
                String last = "ORD-BACK-" + (after.toSeconds() * RATE_PER_SECOND - 1);
                boolean delivered = Wait.until(Duration.ofSeconds(30), Duration.ofMillis(250),
                        () -> collector.lines().stream().anyMatch(line -> last.equals(line.at("/order/number").asString())));
                assertThat(delivered).as("the line logged last (%s) reached the collector after it came back; rsyslog says: %s",
                        last, collector.diagnostics()).isTrue();
            }
            Set<String> inFile = new HashSet<>();
            Json.forEachLine(service.file(), line -> {
                if ("order.status_changed".equals(line.at("/event/action").asString())) {
                    inFile.add(line.at("/order/number").asString());
                }
            });
            inFile.removeIf(order -> order.startsWith("ORD-WARM-"));
            List<String> received = new java.util.ArrayList<>();
            collector.lines().forEach(line -> received.add(line.at("/order/number").asString()));
            received.removeIf(order -> order.startsWith("ORD-WARM-"));
            Set<String> atCollector = new HashSet<>(received);
            Set<String> unknown = new HashSet<>(atCollector);
            unknown.removeAll(inFile);
            Set<String> droppedOrders = new HashSet<>(dropped);
            droppedOrders.removeIf(order -> order.startsWith("ORD-WARM-"));
            long droppedAtCollector = droppedOrders.stream().filter(atCollector::contains).count();
            Set<String> lost = new HashSet<>(inFile);
            lost.removeAll(atCollector);
            lost.removeAll(droppedOrders);
            long[] measured = Arrays.copyOf(latencies, logged);
            Arrays.sort(measured);
            long[] noop = Arrays.copyOf(baseline, logged);
            Arrays.sort(noop);
            return new Outcome(logged, inFile.size(), atCollector.size(), received.size() - atCollector.size(), unknown,
                    droppedOrders.size(), droppedAtCollector, lost, sendFailures.get(),
                    measured[(int) (measured.length * 0.99)] / 1000,
                    measured[measured.length - 1] / 1000, noop[(int) (noop.length * 0.99)] / 1000);
        }
    }

    /** A few thousand calls so that the JIT has compiled the path before anything is measured. */
    private static void warmUp(EventLogger events) {
        for (int i = 0; i < 2_000; i++) {
            events.orderStatusChanged("C-1", "ORD-WARM-" + i, OrderStatus.NEW, OrderStatus.PAID);
        }
        Wait.sleep(Duration.ofSeconds(1));
    }

    /**
     * Logs at a steady rate for {@code duration}; records each call's latency, and that of the same call on a
     * disabled logger right after it (the baseline); returns the number logged.
     */
    private static int steady(EventLogger events, EventLogger disabled, String prefix, Duration duration, long[] latencies,
                              long[] baseline, int offset) {
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE_PER_SECOND;
        int count = (int) (duration.toSeconds() * RATE_PER_SECOND);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            long t0 = System.nanoTime();
            events.orderStatusChanged("C-1", prefix + i, OrderStatus.NEW, OrderStatus.PAID);
            long t1 = System.nanoTime();
            latencies[offset + i] = t1 - t0;
            disabled.orderStatusChanged("C-1", prefix + i, OrderStatus.NEW, OrderStatus.PAID);
            baseline[offset + i] = System.nanoTime() - t1;
        }
        return count;
    }

    private static final java.util.regex.Pattern ORDER = java.util.regex.Pattern.compile("ORD-(?:WARM|UP|DOWN|BACK)-\\d+");

    /** The order number, from the event's message ("Order ORD-UP-7 status changed ..."). */
    private static String orderNumberOf(ILoggingEvent event) {
        java.util.regex.Matcher matcher = ORDER.matcher(event.getFormattedMessage());
        return matcher.find() ? matcher.group() : "?" + event.getFormattedMessage();
    }
}
