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
 * and no carrier pinned across I/O or for a millisecond or more (JFR's jdk.VirtualThreadPinned, threshold 0; the
 * moments a class loads on first use are counted apart).
 *
 * <p>Runs in the surefire execution virtual-threads-jdk21 on the Java 21+ JDK named by JEWELRY_IT_JDK (.ci/run finds
 * one with scripts/find-jdk.sh); the module compiles for Java 17, so the virtual-thread executor is looked up
 * reflectively.
 */
class VirtualThreadsTest {

    private static final int THREADS = 10_000;
    private static final int EVENTS_EACH = 3;
    private static final int WARM_UP = 200;
    private static final Duration LONG_PIN = Duration.ofMillis(1);
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @BeforeAll
    static void needsVirtualThreads() {
        Ci.require(Runtime.version().feature() >= 21, "virtual threads need Java 21+, this JVM is "
                + Runtime.version() + " (the execution virtual-threads-jdk21 runs on JEWELRY_IT_JDK; scripts/find-jdk.sh finds one)");
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
        long millis;
        Path file;
        try (Service service = Service.start("vt-" + label, SystemName.API, dir, Map.of(), "", appenders);
             Recording recording = new Recording()) {
            EventLogger events = service.events("com.jewelry.it.Virtual");
            // first use loads and initialises classes, which pins a virtual thread for a moment (JDK behaviour,
            // once per JVM); warm the path on this platform thread so the recording sees the steady state
            for (int i = 0; i < WARM_UP; i++) {
                events.orderStatusChanged("C-1", "ORD-VT-WARM-" + i, OrderStatus.NEW, OrderStatus.PAID);
            }
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
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
            recording.stop();
            recording.dump(jfr);
            file = service.file();
        }
        long classLoading = 0;
        long briefPins = 0;
        List<String> harmful = new java.util.ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            List<RecordedFrame> frames = event.getStackTrace() == null ? List.of() : event.getStackTrace().getFrames();
            if (frames.stream().limit(4).anyMatch(VirtualThreadsTest::isClassLoading)) {
                classLoading++; // the JDK pins while a class loads, once per class and JVM; not a lock of ours
            } else if (frames.stream().anyMatch(VirtualThreadsTest::isIo) || event.getDuration().compareTo(LONG_PIN) >= 0) {
                harmful.add(event.getDuration().toNanos() / 1000 + " µs, "
                        + (event.hasField("pinnedReason") ? event.getString("pinnedReason") : "no reason recorded") + ", at "
                        + frames.stream().limit(15).map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()
                                + ":" + f.getLineNumber()).toList());
            } else {
                briefPins++; // e.g. LLE's ThreadLocalHolder polling its ReferenceQueue when threads die: microseconds
            }
        }
        long lines = AsyncOverloadTest.countOrders(file);
        System.out.println("[figures] virtual threads (" + label + ", JDK " + Runtime.version().feature() + "): " + THREADS + " threads x "
                + EVENTS_EACH + " events in " + millis + " ms, " + lines + " lines; pinned across I/O or >= 1 ms: " + harmful.size()
                + ", brief pins without I/O " + briefPins + ", while loading a class " + classLoading);
        assertThat(lines).isEqualTo((long) THREADS * EVENTS_EACH + WARM_UP);
        assertThat(harmful).as("carriers pinned across I/O or for a millisecond or more").isEmpty();
        assertThat(classLoading).as("first-use class loading only, a handful").isLessThanOrEqualTo(10);
    }

    private static boolean isIo(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith("java.io.FileOutputStream") || type.startsWith("sun.nio.ch.") || type.startsWith("java.net.Socket")
                || type.startsWith("sun.security.ssl.") || type.startsWith("java.io.RandomAccessFile");
    }

    private static boolean isClassLoading(RecordedFrame frame) {
        return frame.getMethod().getType().getName().startsWith("jdk.internal.loader.") || "loadClass".equals(frame.getMethod().getName());
    }

}
