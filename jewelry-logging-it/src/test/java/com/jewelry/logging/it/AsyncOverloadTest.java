package com.jewelry.logging.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.it.support.Json;
import com.jewelry.logging.it.support.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two threads log business events as fast as they can, far faster than a file can take them. The library's
 * asynchronous file appender must lose none; Logback's AsyncAppender with its default settings, in the same
 * harness, silently discards INFO lines once its queue is 80% full, which is why the library does not use it.
 */
class AsyncOverloadTest {

    private static final Duration FLOOD = Duration.ofSeconds(3);
    private static final int MAX_PER_THREAD = 2_000_000;
    /** The queue is measured, not rolling: a 3 s flood can pass the 100 MB default roll size. */
    private static final Map<String, String> NO_ROLLING = Map.of("JEWELRY_LOG_MAX_FILE_SIZE", "20GB", "JEWELRY_LOG_TOTAL_SIZE_CAP", "40GB");

    @Test
    void jewelryAsyncFileKeepsEveryBusinessEventUnderOverload(@TempDir Path dir) throws Exception {
        Flood flood;
        try (Service service = Service.start("overload-jewelry", SystemName.CRM, dir, NO_ROLLING, "", List.of("JEWELRY_ASYNC_FILE"))) {
            flood = flood(service.events("com.jewelry.it.Overload"), "J");
            service.close();
            flood = flood.written(countOrders(service.file()));
        }
        System.out.println("[figures] JEWELRY_ASYNC_FILE under overload: " + flood);
        assertThat(flood.logged()).as("enough load to overload the queue").isGreaterThan(20_000);
        assertThat(flood.written()).as("lines in the file").isEqualTo(flood.logged());
    }

    @Test
    void plainAsyncAppenderWithDefaultsDiscardsBusinessEventsInTheSameHarness(@TempDir Path dir) throws Exception {
        String plain = """
                <appender name="PLAIN_ASYNC" class="ch.qos.logback.classic.AsyncAppender">
                  <appender-ref ref="JEWELRY_JSON_FILE"/>
                </appender>
                """;
        Flood flood;
        try (Service service = Service.start("overload-plain", SystemName.CRM, dir, NO_ROLLING, plain, List.of("PLAIN_ASYNC"))) {
            flood = flood(service.events("com.jewelry.it.Overload"), "P");
            service.close();
            flood = flood.written(countOrders(service.file()));
        }
        System.out.println("[figures] Logback AsyncAppender, default settings, under overload: " + flood);
        assertThat(flood.written()).as("the contrast: defaults discard INFO lines when the queue is 80% full")
                .isLessThan(flood.logged());
    }

    /** Events logged by two threads, and how many reached the file. */
    record Flood(long logged, long written, long millis) {
        Flood written(long lines) {
            return new Flood(logged, lines, millis);
        }

        @Override
        public String toString() {
            double lost = logged == 0 ? 0 : 100.0 * (logged - written) / logged;
            return logged + " logged in " + millis + " ms by 2 threads, " + written + " written, "
                    + String.format(java.util.Locale.ROOT, "%.1f%% lost", lost);
        }
    }

    private static Flood flood(EventLogger events, String prefix) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        try {
            List<Future<Long>> results = List.of(
                    threads.submit(() -> logUntilDeadline(events, prefix + "A", start)),
                    threads.submit(() -> logUntilDeadline(events, prefix + "B", start)));
            long total = 0;
            for (Future<Long> result : results) {
                total += result.get(FLOOD.toSeconds() + 60, TimeUnit.SECONDS);
            }
            return new Flood(total, -1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } finally {
            threads.shutdownNow();
        }
    }

    private static long logUntilDeadline(EventLogger events, String thread, long start) {
        long deadline = start + FLOOD.toNanos();
        long n = 0;
        while (n < MAX_PER_THREAD && System.nanoTime() < deadline) {
            events.orderStatusChanged("C-77", "ORD-" + thread + "-" + n, OrderStatus.NEW, OrderStatus.PAID);
            n++;
        }
        return n;
    }

    /** Distinct order numbers of order.status_changed lines: a duplicate line would not hide a lost one. */
    static long countOrders(Path file) {
        Set<String> orders = new HashSet<>();
        Json.forEachLine(file, line -> {
            if ("order.status_changed".equals(line.at("/event/action").asString())) {
                orders.add(line.at("/order/number").asString());
            }
        });
        return orders.size();
    }
}
