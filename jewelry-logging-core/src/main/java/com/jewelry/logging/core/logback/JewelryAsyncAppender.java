package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;

import ch.qos.logback.core.recovery.RecoveryListener;
import ch.qos.logback.core.recovery.ResilientOutputStreamBase;
import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.core.pipeline.PipelineStatsSource;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An asynchronous appender that never drops a line by default. Unlike Logback's {@code AsyncAppender}, which
 * queues events and encodes them on its one worker thread (and by default silently discards INFO lines when the
 * queue is 80% full), this one encodes each line on the caller's thread — callers encode in parallel — and queues
 * the finished bytes; its writer thread only writes them to the attached appender, in batches, flushing once per
 * batch. Callers never wake the writer (that would cost each call a system call): it looks at the queue again
 * after a short pause, so a line reaches the file within 20 ms of a quiet spell, at once under load.
 * <p>
 * When the queue is full the caller waits for room: business lines are not discarded while the writer moves. A user
 * may bound that wait ({@code maxCallerWaitMillis}); lines that still find no room are then dropped, counted
 * ({@link #pipelineStats()}) and reported once on the diagnostics logger.
 * <p>
 * <b>No call waits for room longer than {@code maxCallerWaitMillis} when set, else {@code stallTimeoutMillis}
 * (default 5 s).</b> A writer that makes no room for that long is stuck (a hung disk, an attached appender that
 * never returns): the line is then dropped and counted ({@link DropReason#WRITER_STALLED}) rather than hanging the
 * service. Whatever the attached appender throws — an {@code Error} included — is caught: the line is tried again
 * ({@value #MAX_ATTEMPTS} attempts, then dropped and counted as {@link DropReason#APPENDER_FAILED}), reported once,
 * and the writer goes on. Should the writer thread die all the same, it is started again (by its own last act, or by
 * the first caller that finds the queue full) and the new one resumes with the line the old one was writing.
 * <pre>{@code
 * <appender name="ASYNC" class="com.jewelry.logging.core.logback.JewelryAsyncAppender">
 *   <queueSize>8192</queueSize>
 *   <appender-ref ref="FILE"/>
 * </appender>
 * }</pre>
 */
public class JewelryAsyncAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent>, PipelineStatsSource {

    /** Attempts to write one line before it is given up as {@link DropReason#APPENDER_FAILED}. */
    static final int MAX_ATTEMPTS = 3;
    /** The writer's first pause when it finds the queue empty. */
    static final long MIN_IDLE_PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    /** The writer's longest pause: the most a line waits in a quiet queue before it is written. */
    static final long MAX_IDLE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private final StatsCounters stats = new StatsCounters();
    private final SelfDiagnostics diagnostics = new SelfDiagnostics(this);
    private final Object writerLock = new Object();

    private int queueSize = 8192;
    private int batchSize = 512;
    private long maxCallerWaitMillis = -1;
    private long stallTimeoutMillis = 5_000;
    private long maxShutdownMillis = 10_000;

    private LineQueue<ILoggingEvent> queue;
    private JewelryJsonEncoder encoder;
    /** Reused line arrays, when the attached appender is known to keep none; null otherwise. */
    private LineArrays lineArrays;
    private OutputStreamAppender<ILoggingEvent> flushTarget;
    private volatile Thread writer;
    /** Set by stop() when it gives up waiting: the writer leaves what is still queued. */
    private volatile boolean abandoned;
    /** Set by a writer that ended because the appender stopped and everything was written: not to be restarted. */
    private volatile boolean finished;

    // The writer's work in progress. Only one writer thread runs at a time; a writer started after another died
    // takes it over (Thread.start orders the dead writer's last writes before the new one's reads).
    private List<ILoggingEvent> batch;
    private int nextInBatch;
    private int attempts;
    private OutputStream watchedStream;

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        if (!appenders.iteratorForAppenders().hasNext()) {
            addError("No appender attached to " + getName() + "; attach one with <appender-ref>");
            return;
        }
        if (queueSize < 1 || batchSize < 1) {
            addError("queueSize and batchSize must be positive");
            return;
        }
        queue = new LineQueue<>(queueSize);
        batch = new ArrayList<>(batchSize);
        nextInBatch = 0;
        attempts = 0;
        abandoned = false;
        finished = false;
        findEncodingTarget();
        diagnostics.ready();
        super.start();
        synchronized (writerLock) {
            writer = started(newWriter());
        }
    }

    private Thread newWriter() {
        Thread thread = new Thread(this::drainLoop, "jewelry-async-" + (getName() == null ? "appender" : getName()));
        thread.setDaemon(true);
        // the writer's last act, should anything escape its loop: start the next one
        thread.setUncaughtExceptionHandler((dead, failure) -> restartWriter(dead, failure));
        return thread;
    }

    /** Published only once started: a caller that saw a writer not yet started would take it for dead. */
    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    /** Starts a new writer in place of {@code dead}, unless another caller did already. */
    private void restartWriter(Thread dead, Throwable failure) {
        synchronized (writerLock) {
            if (writer != dead || abandoned || finished) {
                return;
            }
            stats.writerRestarts.increment();
            writer = started(newWriter());
        }
        try {
            diagnostics.report("writer restarted", "jewelry-logging: the writer thread of " + getName() + " died ("
                    + (failure == null ? "cause unknown" : failure.getClass().getName())
                    + ") and was started again; it resumes with the line it was writing. Further restarts are counted.",
                    failure);
        } catch (Throwable ignored) {
            // the new writer runs; the restart is counted
        }
    }

    /** A caller's check: a writer that is not alive while lines wait is replaced. */
    private void restartIfDead() {
        Thread current = writer;
        if (current != null && !current.isAlive()) {
            restartWriter(current, null);
        }
    }

    /**
     * With exactly one attached stream appender, lines are encoded by its encoder on the caller's thread, and the
     * stream is flushed once per batch instead of once per line (its immediateFlush is switched off: this
     * appender flushes after every batch, so a line reaches the file within one batch). When that appender is
     * one of Logback's own file or console appenders, which write a line's array and keep no reference to it,
     * the arrays are reused line after line ({@link LineArrays}).
     */
    @SuppressWarnings("unchecked")
    private void findEncodingTarget() {
        Iterator<Appender<ILoggingEvent>> it = appenders.iteratorForAppenders();
        Appender<ILoggingEvent> only = it.next();
        if (!it.hasNext() && only instanceof OutputStreamAppender<ILoggingEvent> stream
                && stream.getEncoder() instanceof JewelryJsonEncoder jewelry) {
            encoder = jewelry;
            stream.setImmediateFlush(false);
            flushTarget = stream;
            Class<?> type = stream.getClass();
            if (type == OutputStreamAppender.class || type == FileAppender.class || type == RollingFileAppender.class
                    || type == ConsoleAppender.class || type == JewelryConsoleAppender.class) {
                lineArrays = new LineArrays();
            }
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        ILoggingEvent queued = event;
        if (encoder != null) {
            try {
                byte[] line = lineArrays != null ? encoder.encode(event, lineArrays) : encoder.encode(event);
                queued = new PreEncodedLoggingEvent(event, encoder, line);
            } catch (RuntimeException e) {
                // leave it to the attached appender, which reports its own encoding errors
                event.prepareForDeferredProcessing();
            }
        } else {
            event.prepareForDeferredProcessing();
        }
        if (queue.offer(queued)) {
            stats.accepted.increment();
            return;
        }
        waitForRoom(queued);
    }

    /**
     * The queue is full: wait for room, at most {@code maxCallerWaitMillis} when set, else {@code stallTimeoutMillis}.
     * A caller interrupted meanwhile keeps waiting (its line is a business event) and gets its interrupt back.
     */
    private void waitForRoom(ILoggingEvent line) {
        long start = System.nanoTime();
        boolean bounded = maxCallerWaitMillis >= 0;
        long bound = TimeUnit.MILLISECONDS.toNanos(bounded ? maxCallerWaitMillis : stallTimeoutMillis);
        boolean interrupted = false;
        boolean added = false;
        long pause = LineQueue.FIRST_WAIT_NANOS;
        LockSupport.unpark(writer); // it may be in its idle pause
        long waited = 0;
        while (true) {
            restartIfDead();
            if (queue.offer(line)) {
                added = true;
                break;
            }
            waited = System.nanoTime() - start;
            if (waited >= bound) {
                break;
            }
            if (Thread.interrupted()) {
                interrupted = true; // an interrupted thread's park returns at once: clear it while waiting
            }
            LockSupport.parkNanos(this, Math.min(pause, bound - waited));
            pause = Math.min(pause * 2, LineQueue.LONGEST_WAIT_NANOS);
        }
        stats.waited(System.nanoTime() - start);
        if (added) {
            stats.accepted.increment();
        } else if (bounded) {
            stats.drop(DropReason.CALLER_WAIT_TIMEOUT);
            diagnostics.report("caller wait timeout", "jewelry-logging: the queue of " + getName() + " stayed full for "
                    + maxCallerWaitMillis + " ms (maxCallerWaitMillis); lines are being dropped and counted. "
                    + "Remove maxCallerWaitMillis to never drop while the writer moves.", null);
        } else {
            stats.drop(DropReason.WRITER_STALLED);
            diagnostics.report("writer stalled", "jewelry-logging: the writer of " + getName() + " made no room for "
                    + stallTimeoutMillis + " ms (stallTimeoutMillis): it is stuck in the attached appender or the "
                    + "disk; lines are dropped and counted until it moves again.", null);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes what callers queued. Callers never wake this thread (a wake-up is a system call on the caller's
     * thread, paid on every line); it looks at the queue again after a pause that starts at
     * {@link #MIN_IDLE_PAUSE_NANOS} and doubles while the queue stays empty, up to {@link #MAX_IDLE_PAUSE_NANOS},
     * so a line waits at most that long before it is written. A caller that finds the queue full wakes it.
     * Nothing thrown while writing ends the loop: it is counted, reported once, and the line is tried again.
     */
    private void drainLoop() {
        long pause = MIN_IDLE_PAUSE_NANOS;
        while (!abandoned && (isStarted() || !queue.isEmpty() || nextInBatch < batch.size())) {
            try {
                if (nextInBatch >= batch.size()) {
                    batch.clear();
                    nextInBatch = 0;
                    if (queue.drainTo(batch, batchSize) == 0) {
                        LockSupport.parkNanos(this, pause);
                        pause = Math.min(pause * 2, MAX_IDLE_PAUSE_NANOS);
                        continue;
                    }
                    pause = MIN_IDLE_PAUSE_NANOS;
                }
                writeBatch();
                flush();
            } catch (Throwable failure) {
                writeFailed(failure);
            }
        }
        finished = true;
    }

    /** Writes the batch from the line the writer is at; a line that fails is tried again, up to MAX_ATTEMPTS. */
    private void writeBatch() {
        while (nextInBatch < batch.size() && !abandoned) {
            ILoggingEvent event = batch.get(nextInBatch);
            try {
                appenders.appendLoopOnAppenders(event);
            } catch (Throwable failure) {
                if (++attempts < MAX_ATTEMPTS) {
                    writeFailed(failure);
                    continue;
                }
                // given up: move on before reporting, so a report that throws cannot count the line twice
                attempts = 0;
                nextInBatch++;
                stats.drop(DropReason.APPENDER_FAILED);
                writeFailed(failure);
                continue;
            }
            attempts = 0;
            nextInBatch++;
            stats.written.increment();
            if (lineArrays != null && event instanceof PreEncodedLoggingEvent pre) {
                lineArrays.give(pre.bytes()); // written: the appender keeps no reference to it
            }
        }
    }

    private void writeFailed(Throwable failure) {
        diagnostics.report("write failure " + failure.getClass().getName(), "jewelry-logging: writing a line in "
                + getName() + " failed (" + failure + "); the line is tried again (" + MAX_ATTEMPTS
                + " attempts in all), then dropped and counted. Further failures of this kind are counted.", failure);
    }

    private void flush() {
        if (flushTarget != null) {
            OutputStream out = flushTarget.getOutputStream();
            if (out != null) {
                watchDisk(out);
                try {
                    out.flush();
                } catch (IOException e) {
                    diskFailed(e);
                }
            }
        }
    }

    /**
     * Logback's file stream reports a failed write (a full disk) in its status again after each recovery attempt;
     * it tells a recovery listener once per failure, and this appender reports the first and counts them all.
     * The stream is replaced on every roll-over, hence the check per batch.
     */
    private void watchDisk(OutputStream out) {
        if (out != watchedStream && out instanceof ResilientOutputStreamBase resilient) {
            resilient.addRecoveryListener(new RecoveryListener() {
                @Override
                public void newFailure(IOException e) {
                    diskFailed(e);
                }

                @Override
                public void recoveryOccured() {
                    // the next failure is a new one; it is counted
                }
            });
            watchedStream = out;
        }
    }

    private void diskFailed(IOException e) {
        stats.diskWriteFailures.increment();
        diagnostics.report("disk write failure", "jewelry-logging: writing the file of " + getName() + " failed ("
                + e.getMessage() + "); lines are lost until it can be written again. Further failures are counted "
                + "(diskWriteFailures), not reported.", e);
    }

    /**
     * Waits up to {@code maxShutdownMillis} for the queued lines to be written. Lines still queued then are left:
     * how many is said in Logback's status and counted as {@link DropReason#SHUTDOWN}.
     */
    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxShutdownMillis);
        try {
            while (true) {
                restartIfDead();
                Thread current = writer;
                LockSupport.unpark(current);
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    current.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
                if (writer == current && (!current.isAlive() || System.nanoTime() >= deadline)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread current = writer;
        if (current.isAlive()) {
            abandoned = true;
            // the line the writer is in the middle of is the attached appender's; the rest of its batch is left
            long left = queue.size() + Math.max(0, batch.size() - nextInBatch - 1);
            stats.drop(DropReason.SHUTDOWN, left);
            addWarn(left + " lines still queued in " + getName() + " after " + maxShutdownMillis
                    + " ms (maxShutdownMillis) were not written; stopping anyway");
            current.interrupt();
        }
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public PipelineStats pipelineStats() {
        LineQueue<ILoggingEvent> q = queue;
        return stats.snapshot(getName(), "async-file", q == null ? 0 : q.size(), queueSize, encoder, diagnostics.total());
    }

    /** Lines accepted from callers. */
    public long getEnqueuedCount() {
        return stats.accepted.sum();
    }

    /** Lines handed to the attached appender. */
    public long getWrittenCount() {
        return stats.written.sum();
    }

    /** Lines dropped for any reason ({@link #pipelineStats()} tells which). */
    public long getDroppedCount() {
        return pipelineStats().droppedTotal();
    }

    /** How full the queue is, 0 to 1. */
    public double getQueueFillRatio() {
        LineQueue<ILoggingEvent> q = queue;
        return q == null ? 0 : (double) q.size() / queueSize;
    }

    public int getQueueSize() {
        return queueSize;
    }

    /** Lines the queue holds before callers wait (default 8192). */
    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public int getBatchSize() {
        return batchSize;
    }

    /** Most lines written between flushes (default 512). */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getMaxCallerWaitMillis() {
        return maxCallerWaitMillis;
    }

    /**
     * How long a caller may wait for room before its line is dropped and counted; negative (the default) means
     * wait while the writer moves, up to {@code stallTimeoutMillis}.
     */
    public void setMaxCallerWaitMillis(long maxCallerWaitMillis) {
        this.maxCallerWaitMillis = maxCallerWaitMillis;
    }

    public long getStallTimeoutMillis() {
        return stallTimeoutMillis;
    }

    /**
     * When {@code maxCallerWaitMillis} is not set: how long a caller waits for room before the writer is taken for
     * stuck and the line is dropped and counted (default 5 s). Under mere overload the writer makes room long before.
     */
    public void setStallTimeoutMillis(long stallTimeoutMillis) {
        this.stallTimeoutMillis = stallTimeoutMillis;
    }

    public long getMaxShutdownMillis() {
        return maxShutdownMillis;
    }

    /** How long {@link #stop()} waits for queued lines to be written (default 10 s). */
    public void setMaxShutdownMillis(long maxShutdownMillis) {
        this.maxShutdownMillis = maxShutdownMillis;
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
