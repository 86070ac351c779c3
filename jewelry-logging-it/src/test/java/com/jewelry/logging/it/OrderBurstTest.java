package com.jewelry.logging.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.it.support.Ci;
import com.jewelry.logging.it.support.Json;
import com.jewelry.logging.it.support.Processes;
import com.jewelry.logging.it.support.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flood of order creation, as bots or a looping integration would cause: 10,000 order.created events per second
 * for 10 seconds from two threads. Every one is written, and the operations pack's spike alert fires on the
 * counter these events make: the series jewelry_events_total{event="order.created"} is computed from the lines'
 * own timestamps at 15 s scrape steps and fed to {@code promtool test rules} with the shipped rule file.
 */
class OrderBurstTest {

    private static final int THREADS = 2;
    private static final int PER_THREAD_PER_SECOND = 5_000;
    private static final int SECONDS = 10;
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final int SCRAPE_SECONDS = 15;
    private static final List<OrderItem> ITEMS = List.of(new OrderItem("RING-AU585-17", "Gold ring 585, size 17", 1, Money.rub("48900.00")));

    @Test
    void burstOfTenThousandOrdersPerSecondIsFullyWrittenAndFiresTheSpikeAlert(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        long logged = 0;
        Path file;
        try (Service shop = Service.asyncFile("shop-checkout", SystemName.SHOP, dir)) {
            EventLogger events = shop.events("com.jewelry.it.Burst");
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = List.of(
                        threads.submit(() -> burst(events, "A", started)),
                        threads.submit(() -> burst(events, "B", started)));
                for (Future<Integer> result : results) {
                    logged += result.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            file = shop.file();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Set<String> orders = new HashSet<>();
        TreeMap<Long, Long> perSecond = new TreeMap<>();
        Json.forEachLine(file, line -> {
            if ("order.created".equals(line.at("/event/action").asString())) {
                orders.add(line.at("/order/number").asString());
                perSecond.merge(Instant.parse(line.at("/@timestamp").asString()).getEpochSecond(), 1L, Long::sum);
            }
        });
        System.out.printf(java.util.Locale.ROOT, "[figures] burst: %d order.created logged in %.1f s (%.0f/s achieved), %d written; per second %s%n",
                logged, seconds, logged / seconds, orders.size(), perSecond.values());
        assertThat(logged).isEqualTo((long) THREADS * PER_THREAD_PER_SECOND * SECONDS);
        assertThat(orders).as("every order.created line written").hasSize((int) logged);

        assertSpikeAlertFires(dir, perSecond);
    }

    /** One thread: {@value #PER_THREAD_PER_SECOND}/s for {@value #SECONDS} s, paced by due times, bounded by {@link #LIMIT}. */
    private static int burst(EventLogger events, String thread, long start) {
        long interval = TimeUnit.SECONDS.toNanos(1) / PER_THREAD_PER_SECOND;
        int total = PER_THREAD_PER_SECOND * SECONDS;
        long deadline = start + LIMIT.toNanos();
        int n = 0;
        for (; n < total && System.nanoTime() < deadline; n++) {
            long due = start + n * interval;
            long wait = due - System.nanoTime();
            if (wait > 50_000) {
                LockSupport.parkNanos(wait);
            }
            events.orderCreated("C-" + (n % 997), "ORD-BURST-" + thread + "-" + n, ITEMS, Money.rub("48900.00"));
        }
        return n;
    }

    /**
     * The counter a Prometheus scrape every 15 s would have seen: 5 quiet minutes, then the burst's cumulative counts
     * at each scrape, then flat for 10 minutes. The shipped rules must not fire before the burst and must fire after.
     */
    private static void assertSpikeAlertFires(Path dir, TreeMap<Long, Long> perSecond) throws IOException {
        Path promtool = Ci.tool("promtool");
        int quietSteps = 20;
        StringBuilder values = new StringBuilder("0x" + (quietSteps - 1));
        long first = perSecond.firstKey();
        long cumulative = 0;
        int burstSteps = (int) ((perSecond.lastKey() - first) / SCRAPE_SECONDS) + 1;
        for (int step = 0; step < burstSteps; step++) {
            long from = first + (long) step * SCRAPE_SECONDS;
            cumulative += perSecond.subMap(from, from + SCRAPE_SECONDS).values().stream().mapToLong(Long::longValue).sum();
            values.append(' ').append(cumulative);
        }
        values.append(' ').append(cumulative).append('x').append(40);
        int burstEndMinutes = (quietSteps + burstSteps) * SCRAPE_SECONDS / 60 + 1;
        Path rules = Path.of(System.getProperty("jewelry.it.ops.dir"), "prometheus", "jewelry-logging.rules.yml").toAbsolutePath();
        String test = """
                rule_files: [%s]
                evaluation_interval: 15s
                tests:
                  - interval: 15s
                    input_series:
                      - series: 'jewelry_events_total{application="shop-checkout",system="SHOP",event="order.created",outcome="success"}'
                        values: '%s'
                    promql_expr_test:
                      - expr: ALERTS{alertname="JewelryOrderCreationSpike"}
                        eval_time: 4m30s
                        exp_samples: []
                      - expr: ALERTS{alertname="JewelryOrderCreationSpike",alertstate="firing"}
                        eval_time: %dm
                        exp_samples:
                          - labels: 'ALERTS{alertname="JewelryOrderCreationSpike",alertstate="firing",severity="critical",team="security",system="SHOP"}'
                            value: 1
                """.formatted(Json.quote(rules.toString()), values, burstEndMinutes + 3);
        Path testFile = Files.writeString(dir.resolve("burst.rules.test.yml"), test);
        Processes.Result result = Processes.run(Duration.ofSeconds(60), promtool.toString(), "test", "rules", testFile.toString());
        System.out.println("[figures] burst series at 15 s scrapes: " + values);
        assertThat(result.exitCode()).as("promtool test rules:\n%s\n%s", result.output(), test).isZero();
    }
}
