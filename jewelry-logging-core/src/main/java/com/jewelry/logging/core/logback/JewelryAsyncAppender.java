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

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.LongAdder;

/**
 * An asynchronous appender that never drops a line by default. Unlike Logback's {@code AsyncAppender}, which
 * queues events and encodes them on its one worker thread (and by default silently discards INFO lines when the
 * queue is 80% full), this one encodes each line on the caller's thread — callers encode in parallel — and queues
 * the finished bytes; its writer thread only writes them to the attached appender, in batches, flushing once per
 * batch. Callers never wake the writer (that would cost each call a system call): it looks at the queue again
 * after a short pause, so a line reaches the file within 20 ms of a quiet spell, at once under load.
 * <p>
 * When the queue is full the caller waits for room: business lines are never discarded. A user may bound that wait
 * ({@code maxCallerWaitMillis}); lines that still find no room are then dropped, counted ({@link #getDroppedCount()})
 * and reported once in Logback's status.
 * <pre>{@code
 * <appender name="ASYNC" class="com.jewelry.logging.core.logback.JewelryAsyncAppender">
 *   <queueSize>8192</queueSize>
 *   <appender-ref ref="FILE"/>
 * </appender>
 * }</pre>
 */
public class JewelryAsyncAppender extends UnsynchronizedAppenderBase<ILoggingEvent> implements AppenderAttachable<ILoggingEvent> {

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private final LongAdder enqueued = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final AtomicBoolean dropReported = new AtomicBoolean();

    /** The writer's first pause when it finds the queue empty. */
    static final long MIN_IDLE_PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    /** The writer's longest pause: the most a line waits in a quiet queue before it is written. */
    static final long MAX_IDLE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private int queueSize = 8192;
    private int batchSize = 512;
    private long maxCallerWaitMillis = -1;
    private long maxShutdownMillis = 10_000;

    private LineQueue<ILoggingEvent> queue;
    private JewelryJsonEncoder encoder;
    /** Reused line arrays, when the attached appender is known to keep none; null otherwise. */
    private LineArrays lineArrays;
    private OutputStreamAppender<ILoggingEvent> flushTarget;
    private Thread writer;

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
        findEncodingTarget();
        writer = new Thread(this::drainLoop, "jewelry-async-" + (getName() == null ? "appender" : getName()));
        writer.setDaemon(true);
        super.start();
        writer.start();
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
                    || type == ConsoleAppender.class) {
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
            enqueued.increment();
            return;
        }
        // full: the writer may be in its idle pause; wake it, then wait for room
        LockSupport.unpark(writer);
        try {
            if (!queue.offer(queued, maxCallerWaitMillis < 0 ? -1 : TimeUnit.MILLISECONDS.toNanos(maxCallerWaitMillis))) {
                drop();
                return;
            }
            enqueued.increment();
        } catch (InterruptedException e) {
            // keep the caller's interrupt, and still keep the line: it is a business event
            Thread.currentThread().interrupt();
            if (!queue.offer(queued)) {
                drop();
                return;
            }
            enqueued.increment();
        }
    }

    private void drop() {
        dropped.increment();
        if (dropReported.compareAndSet(false, true)) {
            addWarn("Queue of " + getName() + " stayed full for " + maxCallerWaitMillis
                    + " ms (maxCallerWaitMillis); lines are being dropped and counted. Remove maxCallerWaitMillis to never drop.");
        }
    }

    /**
     * Writes what callers queued. Callers never wake this thread (a wake-up is a system call on the caller's
     * thread, paid on every line); it looks at the queue again after a pause that starts at
     * {@link #MIN_IDLE_PAUSE_NANOS} and doubles while the queue stays empty, up to {@link #MAX_IDLE_PAUSE_NANOS},
     * so a line waits at most that long before it is written. A caller that finds the queue full wakes it.
     */
    private void drainLoop() {
        List<ILoggingEvent> batch = new ArrayList<>(batchSize);
        long pause = MIN_IDLE_PAUSE_NANOS;
        while (isStarted() || !queue.isEmpty()) {
            if (!isStarted() && Thread.currentThread().isInterrupted()) {
                break; // stop() gave up waiting
            }
            try {
                if (queue.drainTo(batch, batchSize) == 0) {
                    LockSupport.parkNanos(this, pause);
                    pause = Math.min(pause * 2, MAX_IDLE_PAUSE_NANOS);
                    continue;
                }
                pause = MIN_IDLE_PAUSE_NANOS;
                for (ILoggingEvent event : batch) {
                    appenders.appendLoopOnAppenders(event);
                    if (lineArrays != null && event instanceof PreEncodedLoggingEvent pre) {
                        lineArrays.give(pre.bytes()); // written: the appender keeps no reference to it
                    }
                }
                written.add(batch.size());
                flush();
            } catch (RuntimeException e) {
                addError("Writing a batch failed in " + getName(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void flush() {
        if (flushTarget != null) {
            OutputStream out = flushTarget.getOutputStream();
            if (out != null) {
                try {
                    out.flush();
                } catch (java.io.IOException e) {
                    addError("Flushing " + flushTarget.getName() + " failed", e);
                }
            }
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        LockSupport.unpark(writer);
        try {
            writer.join(maxShutdownMillis);
            if (writer.isAlive()) {
                addWarn(queue.size() + " lines still queued after " + maxShutdownMillis + " ms; stopping anyway");
                writer.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        appenders.detachAndStopAllAppenders();
    }

    /** Lines accepted from callers. */
    public long getEnqueuedCount() {
        return enqueued.sum();
    }

    /** Lines handed to the attached appender. */
    public long getWrittenCount() {
        return written.sum();
    }

    /** Lines dropped because {@code maxCallerWaitMillis} ran out; always 0 with the default settings. */
    public long getDroppedCount() {
        return dropped.sum();
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
     * wait as long as it takes and never drop.
     */
    public void setMaxCallerWaitMillis(long maxCallerWaitMillis) {
        this.maxCallerWaitMillis = maxCallerWaitMillis;
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
