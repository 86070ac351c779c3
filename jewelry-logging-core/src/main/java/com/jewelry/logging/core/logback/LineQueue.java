package com.jewelry.logging.core.logback;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The bounded queue between the callers and the writer thread of {@link JewelryAsyncAppender}. Adding never takes a
 * lock, so a caller is never parked behind the writer while it drains a batch (a lock-based queue parks the caller,
 * and waking it again costs tens to hundreds of microseconds on a busy machine). A caller that finds the queue full
 * waits by pausing and retrying, from {@link #FIRST_WAIT_NANOS} up to {@link #LONGEST_WAIT_NANOS}.
 *
 * @param <E> the queued lines
 */
final class LineQueue<E> {

    static final long FIRST_WAIT_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
    static final long LONGEST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ConcurrentLinkedQueue<E> items = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    LineQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** Adds the line if there is room; never waits. */
    boolean offer(E line) {
        if (size.getAndIncrement() >= capacity) {
            size.decrementAndGet();
            return false;
        }
        items.offer(line);
        return true;
    }

    /**
     * Adds the line, waiting for room as long as it takes ({@code timeoutNanos < 0}) or at most {@code timeoutNanos};
     * returns whether it was added.
     *
     * @throws InterruptedException if the caller is interrupted while it waits (the line is then not added)
     */
    boolean offer(E line, long timeoutNanos) throws InterruptedException {
        long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        long wait = FIRST_WAIT_NANOS;
        while (!offer(line)) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long left = deadline == Long.MAX_VALUE ? wait : deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(this, Math.min(wait, left));
            wait = Math.min(wait * 2, LONGEST_WAIT_NANOS);
        }
        return true;
    }

    /** Moves up to {@code max} lines, oldest first, into {@code batch}; returns how many. */
    int drainTo(List<E> batch, int max) {
        int n = 0;
        E line;
        while (n < max && (line = items.poll()) != null) {
            batch.add(line);
            n++;
        }
        if (n > 0) {
            size.addAndGet(-n);
        }
        return n;
    }

    int size() {
        return Math.max(0, Math.min(size.get(), capacity));
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
