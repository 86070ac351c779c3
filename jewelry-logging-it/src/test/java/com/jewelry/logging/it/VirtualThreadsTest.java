package com.jewelry.logging.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.it.support.Ci;
import com.jewelry.logging.it.support.Service;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 virtual threads log at once, through the default asynchronous set-up and through the synchronous file
 * appender (whose lock is held across the write): no deadlock (all finish within the limit, every line is there)
 * and no carrier pinned inside logging code (JFR's jdk.VirtualThreadPinned, threshold 0).
 *
 * <p>Runs in the surefire execution virtual-threads-jdk25 on Temurin 25; the module compiles for Java 17, so the
 * virtual-thread executor is looked up reflectively.
 */
class VirtualThreadsTest {

    private static final int THREADS = 10_000;
    private static final int EVENTS_EACH = 3;
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @BeforeAll
    static void needsVirtualThreads() {
        Ci.require(Runtime.version().feature() >= 21, "virtual threads need Java 21+, this JVM is "
                + Runtime.version() + " (the execution virtual-threads-jdk25 uses /usr/lib/jvm/temurin-25-jdk-amd64)");
    }

    @Test
    void tenThousandVirtualThreadsThroughTheAsyncFile(@TempDir Path dir) throws Exception {
        run(dir, List.of("JEWELRY_ASYNC_FILE"), "async");
    }

    @Test
    void tenThousandVirtualThreadsThroughTheSynchronousFile(@TempDir Path dir) throws Exception {
        run(dir, List.of("JEWELRY_JSON_FILE"), "sync");
    }

    private static void run(Path dir, List<String> appenders, String label) throws Exception {
        Path jfr = dir.resolve("pinned.jfr");
        long pinnedInLogging = 0;
        long pinnedAll = 0;
        long millis;
        Path file;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            try (Service service = Service.start("vt-" + label, SystemName.API, dir, Map.of(), "", appenders)) {
                EventLogger events = service.events("com.jewelry.it.Virtual");
                CountDownLatch go = new CountDownLatch(1);
                ExecutorService executor = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
                long start = System.nanoTime();
                try {
                    for (int t = 0; t < THREADS; t++) {
                        int thread = t;
                        executor.submit(() -> {
                            go.await();
                            for (int i = 0; i < EVENTS_EACH; i++) {
                                events.orderStatusChanged("C-1", "ORD-VT-" + thread + "-" + i, OrderStatus.NEW, OrderStatus.PAID);
                            }
                            return null;
                        });
                    }
                    go.countDown();
                    executor.shutdown();
                    assertThat(executor.awaitTermination(LIMIT.toSeconds(), TimeUnit.SECONDS))
                            .as("all virtual threads finished within " + LIMIT + " (no deadlock)").isTrue();
                } finally {
                    executor.shutdownNow();
                }
                millis = (System.nanoTime() - start) / 1_000_000;
                file = service.file();
            }
            recording.stop();
            recording.dump(jfr);
        }
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            pinnedAll++;
            if (event.getStackTrace() != null && event.getStackTrace().getFrames().stream().anyMatch(VirtualThreadsTest::isLogging)) {
                pinnedInLogging++;
                if (pinnedInLogging <= 3) {
                    System.out.println("[pinned] " + event.getDuration().toNanos() / 1000 + " µs at "
                            + event.getStackTrace().getFrames().stream().limit(25)
                                    .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName() + ":" + f.getLineNumber())
                                    .toList());
                }
            }
        }
        long lines = AsyncOverloadTest.countOrders(file);
        System.out.println("[figures] virtual threads (" + label + ", JDK " + Runtime.version().feature() + "): " + THREADS + " threads x "
                + EVENTS_EACH + " events in " + millis + " ms, " + lines + " lines; pinned events " + pinnedAll + ", in logging code " + pinnedInLogging);
        assertThat(lines).isEqualTo((long) THREADS * EVENTS_EACH);
        assertThat(pinnedInLogging).as("carriers pinned inside logging code").isZero();
    }

    private static boolean isLogging(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith("ch.qos.logback.") || type.startsWith("com.jewelry.logging.") || type.startsWith("net.logstash.");
    }
}
