package com.jewelry.logging.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.logback.JewelryAsyncAppender;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.core.pipeline.DropReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncAppenderTest {

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        context.stop();
    }

    private JewelryAsyncAppender asyncInto(ch.qos.logback.core.Appender<ILoggingEvent> target, int queueSize) {
        JewelryAsyncAppender async = new JewelryAsyncAppender();
        async.setContext(context);
        async.setName("async");
        async.setQueueSize(queueSize);
        async.addAppender(target);
        return async;
    }

    private OutputStreamAppender<ILoggingEvent> memoryAppender() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        encoder.setSystem("SHOP");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> memory = new OutputStreamAppender<>();
        memory.setContext(context);
        memory.setName("memory");
        memory.setEncoder(encoder);
        memory.setOutputStream(out);
        memory.start();
        return memory;
    }

    private Logger root(ch.qos.logback.core.Appender<ILoggingEvent> appender) {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        return root;
    }

    @Test
    void twoThreadsOverloadingATinyQueueLoseNoLine() throws Exception {
        JewelryAsyncAppender async = asyncInto(memoryAppender(), 16);
        async.start();
        root(async);
        EventLogger events = EventLogger.create(context, "com.example.Load", Clock.systemUTC());
        int perThread = 5_000;

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    events.orderStatusChanged("C-" + thread, "ORD-" + thread + "-" + i, OrderStatus.NEW, OrderStatus.PAID);
                }
            });
            worker.start();
            threads.add(worker);
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        async.stop();

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2 * perThread);
        Set<String> numbers = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines) {
            numbers.add(json.readTree(line).at("/order/number").asString());
        }
        assertThat(numbers).hasSize(2 * perThread);
        assertThat(async.getDroppedCount()).isZero();
        assertThat(async.getEnqueuedCount()).isEqualTo(2L * perThread);
        assertThat(async.getWrittenCount()).isEqualTo(2L * perThread);
    }

    @Test
    void linesAreEncodedOnTheCallersThreadWithTheCallersMdc() {
        JewelryAsyncAppender async = asyncInto(memoryAppender(), 64);
        async.start();
        root(async);
        context.getMDCAdapter().put("requestId", "req-42");
        context.getLogger("com.example.Caller").info("hello");
        context.getMDCAdapter().clear();
        async.stop();

        JsonNode line = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(line.at("/request/id").asString()).isEqualTo("req-42");
        assertThat(line.at("/process/thread/name").asString()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aBoundedCallerWaitDropsCountsAndReportsOnceWhenTheTargetIsStuck() throws Exception {
        context.setMDCAdapter(new LogbackMDCAdapter());
        CountDownLatch release = new CountDownLatch(1);
        StuckAppender stuck = new StuckAppender(release);
        stuck.setContext(context);
        stuck.start();
        JewelryAsyncAppender async = asyncInto(stuck, 4);
        async.setMaxCallerWaitMillis(5);
        async.start();
        Logger root = root(async);
        // the drop report is itself a line (diagnostics logger); kept out of the counts asserted here
        context.getLogger(LogFields.DIAGNOSTICS_LOGGER).setAdditive(false);

        for (int i = 0; i < 50; i++) {
            root.info("line {}", i);
        }
        release.countDown();
        async.stop();

        assertThat(async.getDroppedCount()).isPositive();
        assertThat(async.getEnqueuedCount() + async.getDroppedCount()).isEqualTo(50);
        assertThat(stuck.count).isEqualTo(async.getEnqueuedCount());
        // reported once (kept in the status list at INFO, logged as a JSON line on the diagnostics logger), then counted
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(s -> s.getMessage().contains("maxCallerWaitMillis"))
                .hasSize(1)
                .allSatisfy(s -> assertThat(s.getLevel()).isEqualTo(Status.INFO));
        assertThat(async.pipelineStats().dropped(DropReason.CALLER_WAIT_TIMEOUT)).isEqualTo(async.getDroppedCount());
    }

    @Test
    void stopWritesEverythingStillQueued() throws Exception {
        context.setMDCAdapter(new LogbackMDCAdapter());
        CountDownLatch release = new CountDownLatch(1);
        StuckAppender slow = new StuckAppender(release);
        slow.setContext(context);
        slow.start();
        JewelryAsyncAppender async = asyncInto(slow, 100);
        async.start();
        Logger root = root(async);
        for (int i = 0; i < 60; i++) {
            root.info("line {}", i);
        }
        release.countDown();
        async.stop();

        assertThat(slow.count).isEqualTo(60);
    }

    @Test
    void aLineLoggedAfterAQuietSpellReachesTheTargetWithoutAStop() throws Exception {
        JewelryAsyncAppender async = asyncInto(memoryAppender(), 64);
        async.start();
        EventLogger events = EventLogger.create(context, "com.example.Quiet", Clock.systemUTC());
        root(async);
        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
        Thread.sleep(300); // the writer's pause grows to its longest while nothing comes
        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.PAID, OrderStatus.IN_PRODUCTION);

        // callers never wake the writer: it must come back by itself; generous bound for a loaded machine
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (async.getWrittenCount() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(async.getWrittenCount()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(2);
    }

    /** Blocks every append until released. */
    static final class StuckAppender extends AppenderBase<ILoggingEvent> {
        private final CountDownLatch release;
        volatile long count;

        StuckAppender(CountDownLatch release) {
            this.release = release;
        }

        @Override
        protected void append(ILoggingEvent event) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            count++;
        }
    }
}
