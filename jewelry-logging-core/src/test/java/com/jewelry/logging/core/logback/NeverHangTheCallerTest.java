package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asynchronous appender against an attached appender that throws {@code Error}s, a writer thread that dies, an
 * interrupted caller, a stop with a full queue and a full disk. Durations are measured only to check the stated
 * liveness bound (no call waits for room longer than stallTimeoutMillis) with generous slack, not speed.
 */
class NeverHangTheCallerTest {

    private static final int CALLERS = 4;
    private static final int LINES_PER_CALLER = 2_000;
    private static final long STALL_TIMEOUT_MILLIS = 5_000;
    /** Slack over the bound for a loaded 2-core machine: a liveness check, not a speed test. */
    private static final long SLACK_MILLIS = 10_000;

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void mdc() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        // the appender's own reports are lines too (diagnostics logger); kept apart so the counts below are the callers'
        context.getLogger(LogFields.DIAGNOSTICS_LOGGER).setAdditive(false);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    /** The real file-like appender behind the failing one: Logback's stream appender with the library's encoder. */
    private OutputStreamAppender<ILoggingEvent> memory() {
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        encoder.setSystem("MES");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> memory = new OutputStreamAppender<>();
        memory.setContext(context);
        memory.setName("memory");
        memory.setEncoder(encoder);
        memory.setOutputStream(out);
        memory.start();
        return memory;
    }

    private JewelryAsyncAppender async(ch.qos.logback.core.Appender<ILoggingEvent> target, int queueSize) {
        return async(target, queueSize, 512);
    }

    private JewelryAsyncAppender async(ch.qos.logback.core.Appender<ILoggingEvent> target, int queueSize, int batchSize) {
        JewelryAsyncAppender async = new JewelryAsyncAppender();
        async.setBatchSize(batchSize);
        async.setContext(context);
        async.setName("ASYNC");
        async.setQueueSize(queueSize);
        async.setStallTimeoutMillis(STALL_TIMEOUT_MILLIS);
        async.addAppender(target);
        async.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
        return async;
    }

    /** Runs the callers; returns the longest single call in milliseconds. */
    private long logFromSeveralCallers() throws InterruptedException {
        AtomicLong longestNanos = new AtomicLong();
        List<Thread> callers = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            int caller = c;
            Thread thread = new Thread(() -> {
                org.slf4j.Logger log = context.getLogger("com.example.Caller" + caller);
                for (int i = 0; i < LINES_PER_CALLER; i++) {
                    long start = System.nanoTime();
                    log.info("line {}-{}", caller, i);
                    longestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            });
            thread.start();
            callers.add(thread);
        }
        for (Thread caller : callers) {
            caller.join(TimeUnit.MINUTES.toMillis(5));
            assertThat(caller.isAlive()).as("a caller still logging after 5 minutes: it hangs").isFalse();
        }
        long longestMillis = TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
        System.out.println("longest single call: " + longestMillis + " ms"); // a figure for docs/reliability.md
        return longestMillis;
    }

    private Set<String> writtenMessages() {
        JsonMapper json = JsonMapper.builder().build();
        Set<String> messages = new HashSet<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                assertThat(messages.add(json.readTree(line).get("message").asString())).as("written once: " + line).isTrue();
            }
        }
        return messages;
    }

    private List<Status> statusesFrom(Object origin) {
        return context.getStatusManager().getCopyOfStatusList().stream().filter(s -> s.getOrigin() == origin).toList();
    }

    @Test
    void anErrorThenARealStackOverflowErrorInTheAttachedAppenderNeitherHangACallerNorLoseALine() throws Exception {
        FailingAppender failing = new FailingAppender(memory(), 500, 1_500);
        JewelryAsyncAppender async = async(failing, 64);

        long longestCallMillis = logFromSeveralCallers();
        async.stop();

        assertThat(failing.errorsThrown()).as("both failures happened").isEqualTo(2);
        assertThat(longestCallMillis).isLessThanOrEqualTo(STALL_TIMEOUT_MILLIS + SLACK_MILLIS);
        int total = CALLERS * LINES_PER_CALLER;
        assertThat(writtenMessages()).hasSize(total);
        PipelineStats stats = async.pipelineStats();
        assertThat(stats.accepted()).isEqualTo(total);
        assertThat(stats.written()).isEqualTo(total);
        assertThat(stats.droppedTotal()).isZero();
        assertThat(stats.writerRestarts()).as("the writer survived both").isZero();
        // each kind of failure reported once, in the status list at INFO (no plain-text WARN on standard error)
        assertThat(statusesFrom(async)).extracting(Status::getMessage)
                .filteredOn(m -> m.contains("java.lang.Error")).hasSize(1);
        assertThat(statusesFrom(async)).extracting(Status::getMessage)
                .filteredOn(m -> m.contains("java.lang.StackOverflowError")).hasSize(1);
        assertThat(statusesFrom(async)).allSatisfy(s -> assertThat(s.getLevel()).isEqualTo(Status.INFO));
        assertThat(stats.diagnosticsWarnings()).isEqualTo(2);
    }

    @Test
    void aWriterThreadThatDiesIsStartedAgainAndResumesWithTheLineItWasWriting() throws Exception {
        FailingAppender failing = new FailingAppender(memory(), 300, -1);
        // a misbehaving status listener turns the writer's two reports into Errors thrown out of its loop: it dies
        AtomicInteger thrown = new AtomicInteger();
        StatusListener throwing = status -> {
            if (status.getOrigin() instanceof JewelryAsyncAppender && thrown.getAndIncrement() < 2) {
                throw new ListenerError();
            }
        };
        context.getStatusManager().add(throwing);
        JewelryAsyncAppender async = async(failing, 64);

        long longestCallMillis = logFromSeveralCallers();
        async.stop();

        assertThat(thrown.get()).isGreaterThanOrEqualTo(2);
        assertThat(async.pipelineStats().writerRestarts()).isEqualTo(1);
        assertThat(longestCallMillis).isLessThanOrEqualTo(STALL_TIMEOUT_MILLIS + SLACK_MILLIS);
        assertThat(writtenMessages()).hasSize(CALLERS * LINES_PER_CALLER);
        assertThat(async.pipelineStats().droppedTotal()).isZero();
    }

    @Test
    void aLineTheAppenderCanNeverWriteIsTriedThreeTimesThenDroppedAndCountedAndTheRestIsWritten() {
        FailingAppender failing = new FailingAppender(memory(), -1, -1);
        failing.poison = "line poison";
        JewelryAsyncAppender async = async(failing, 64);
        Logger log = context.getLogger("com.example.Poison");
        log.info("line before");
        log.info("line poison");
        log.info("line after");
        async.stop();

        assertThat(writtenMessages()).containsExactlyInAnyOrder("line before", "line after");
        assertThat(failing.poisonAttempts.get()).isEqualTo(JewelryAsyncAppender.MAX_ATTEMPTS);
        assertThat(async.pipelineStats().dropped(DropReason.APPENDER_FAILED)).isEqualTo(1);
    }

    @Test
    void aCallerInterruptedWhileWaitingForRoomKeepsItsLineAndItsInterrupt() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StuckAppender stuck = new StuckAppender(entered, release, memory());
        JewelryAsyncAppender async = async(stuck, 1);
        Logger log = context.getLogger("com.example.Interrupted");
        log.info("line held by the writer");
        assertThat(entered.await(1, TimeUnit.MINUTES)).isTrue();
        log.info("line filling the queue");

        AtomicBoolean interruptKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            log.info("line of the interrupted caller");
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        awaitState(caller, Thread.State.TIMED_WAITING);
        caller.interrupt();
        release.countDown();
        caller.join(TimeUnit.MINUTES.toMillis(1));
        async.stop();

        assertThat(interruptKept).isTrue();
        assertThat(writtenMessages()).containsExactlyInAnyOrder("line held by the writer", "line filling the queue",
                "line of the interrupted caller");
        assertThat(async.pipelineStats().droppedTotal()).isZero();
    }

    @Test
    void stopWithAFullQueueSaysInTheStatusAndTheStatsHowManyLinesItLeft() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StuckAppender stuck = new StuckAppender(entered, release, memory());
        JewelryAsyncAppender async = async(stuck, 8, 1);
        async.setMaxShutdownMillis(100);
        Logger log = context.getLogger("com.example.Shutdown");
        log.info("line in the attached appender");
        assertThat(entered.await(1, TimeUnit.MINUTES)).isTrue();
        for (int i = 0; i < 8; i++) {
            log.info("queued line {}", i);
        }

        async.stop();
        release.countDown();

        assertThat(async.pipelineStats().dropped(DropReason.SHUTDOWN)).isEqualTo(8);
        assertThat(statusesFrom(async)).filteredOn(s -> s.getLevel() == Status.WARN)
                .extracting(Status::getMessage).singleElement().asString().startsWith("8 lines still queued in ASYNC");
    }

    @Test
    void aFullDiskIsReportedOnceAndThenCounted() throws Exception {
        Path full = Path.of("/dev/full"); // every write fails with ENOSPC, like a full disk
        Assumptions.assumeTrue(Files.isWritable(full), "/dev/full is Linux only");
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        encoder.setSystem("MES");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(full.toString());
        file.setEncoder(encoder);
        file.start();
        JewelryAsyncAppender async = async(file, 64);
        Logger log = context.getLogger("com.example.Disk");
        for (int i = 0; i < 200; i++) {
            log.info("line {}", i);
            if (i % 50 == 49) {
                // let the file stream's recovery attempts come due, so the disk fails again several times
                Thread.sleep(50);
            }
        }
        async.stop();

        assertThat(async.pipelineStats().diskWriteFailures()).isPositive();
        assertThat(statusesFrom(async)).filteredOn(s -> s.getMessage().contains("writing the file of ASYNC failed"))
                .hasSize(1);
    }

    private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (thread.getState() != state) {
            assertThat(System.nanoTime()).as("thread never reached " + state).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    /** An Error of its own kind, so the writer reports it as a new kind of failure (and the listener throws again). */
    static final class ListenerError extends Error {
        ListenerError() {
            super("status listener failed");
        }
    }

    /** Throws an Error on one append, a real StackOverflowError on another, and never writes the poison line. */
    static final class FailingAppender extends AppenderBase<ILoggingEvent> {
        private final ch.qos.logback.core.Appender<ILoggingEvent> target;
        private final int errorAt;
        private final int stackOverflowAt;
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger poisonAttempts = new AtomicInteger();
        volatile String poison;

        FailingAppender(ch.qos.logback.core.Appender<ILoggingEvent> target, int errorAt, int stackOverflowAt) {
            this.target = target;
            this.errorAt = errorAt;
            this.stackOverflowAt = stackOverflowAt;
            setContext(target.getContext());
            setName("failing");
            start();
        }

        @Override
        protected void append(ILoggingEvent event) {
            int call = calls.incrementAndGet();
            if (event.getFormattedMessage().equals(poison)) {
                poisonAttempts.incrementAndGet();
                throw new Error("cannot write this one");
            }
            if (call == errorAt) {
                errors.incrementAndGet();
                throw new Error("the attached appender failed");
            }
            if (call == stackOverflowAt) {
                errors.incrementAndGet();
                recurse(0);
            }
            target.doAppend(event);
        }

        int errorsThrown() {
            return errors.get();
        }

        private static int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }
    }

    /** Signals the first line it gets, then holds it until released; writes every line to the target. */
    static final class StuckAppender extends AppenderBase<ILoggingEvent> {
        private final CountDownLatch entered;
        private final CountDownLatch release;
        private final ch.qos.logback.core.Appender<ILoggingEvent> target;

        StuckAppender(CountDownLatch entered, CountDownLatch release, ch.qos.logback.core.Appender<ILoggingEvent> target) {
            this.entered = entered;
            this.release = release;
            this.target = target;
            setContext(target.getContext());
            setName("stuck");
            start();
        }

        @Override
        protected void append(ILoggingEvent event) {
            entered.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            target.doAppend(event);
        }
    }
}
