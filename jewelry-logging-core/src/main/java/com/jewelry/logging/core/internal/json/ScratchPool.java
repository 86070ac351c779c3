package com.jewelry.logging.core.internal.json;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A few per-line work areas (a line writer and its helpers) shared by the threads that log through one encoder or
 * layout. A thread takes the area of its slot (one atomic swap) and puts it back when the line is done; if another
 * thread holds it, a fresh one is made. Unlike a thread-local, it keeps nothing per thread, so millions of
 * short-lived virtual threads cost no more than a few platform threads.
 *
 * @param <T> the work area; used by one thread at a time between {@link #acquire()} and {@link #release}
 */
public final class ScratchPool<T> {

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

    public T acquire() {
        T scratch = slots.getAndSet(slot(), null);
        return scratch != null ? scratch : factory.get();
    }

    public void release(T scratch) {
        slots.lazySet(slot(), scratch);
    }

    private int slot() {
        int h = System.identityHashCode(Thread.currentThread()) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
