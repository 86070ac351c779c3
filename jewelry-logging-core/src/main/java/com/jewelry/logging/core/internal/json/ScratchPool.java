package com.jewelry.logging.core.internal.json;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A few per-line work areas (a line writer and its helpers) shared by the threads that log through one encoder or
 * layout. A thread takes the area of its slot (one atomic swap) and puts it back when the line is done; if another
 * thread holds it, the next slots are tried, and only then is a fresh one made. Unlike a thread-local, it keeps
 * nothing per thread, so millions of short-lived virtual threads cost no more than a few platform threads.
 *
 * @param <T> the work area; used by one thread at a time between {@link #acquire()} and {@link #release}
 */
public final class ScratchPool<T> {

    private static final int PROBES = 4;

    private final AtomicReferenceArray<T> slots;
    private final int mask;
    private final Supplier<T> factory;

    public ScratchPool(Supplier<T> factory) {
        this.factory = factory;
        int wanted = Math.min(64, Runtime.getRuntime().availableProcessors() * 4);
        int size = Integer.highestOneBit(Math.max(4, wanted - 1)) << 1;
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    /** A work area for this thread: its slot's, else a neighbour's, else a new one. */
    public T acquire() {
        int home = slot();
        for (int p = 0; p < PROBES; p++) {
            T scratch = slots.getAndSet((home + p) & mask, null);
            if (scratch != null) {
                return scratch;
            }
        }
        return factory.get();
    }

    /** Gives the work area back: into this thread's slot, else a free neighbour; dropped if all are taken. */
    public void release(T scratch) {
        int home = slot();
        for (int p = 0; p < PROBES; p++) {
            if (slots.compareAndSet((home + p) & mask, null, scratch)) {
                return;
            }
        }
    }

    private int slot() {
        int h = System.identityHashCode(Thread.currentThread()) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
