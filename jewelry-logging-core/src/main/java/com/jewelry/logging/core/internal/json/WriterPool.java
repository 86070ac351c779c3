package com.jewelry.logging.core.internal.json;

import com.jewelry.logging.masking.json.MaskingJsonWriter;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few line writers shared by the threads that log through one encoder or layout. A thread takes the writer of
 * its slot (one atomic swap) and puts it back when the line is done; if another thread holds it, a fresh writer
 * is made. Unlike a thread-local, it keeps nothing per thread, so millions of short-lived virtual threads cost
 * no more than a few platform threads.
 */
public final class WriterPool {

    private final AtomicReferenceArray<MaskingJsonWriter> slots;
    private final int mask;
    private final Set<String> unscannedTopLevel;

    public WriterPool(Set<String> unscannedTopLevel) {
        this.unscannedTopLevel = Set.copyOf(unscannedTopLevel);
        int wanted = Math.min(64, Runtime.getRuntime().availableProcessors() * 4);
        int size = Integer.highestOneBit(Math.max(4, wanted - 1)) << 1;
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    public MaskingJsonWriter acquire() {
        MaskingJsonWriter writer = slots.getAndSet(slot(), null);
        return writer != null ? writer : new MaskingJsonWriter(unscannedTopLevel);
    }

    public void release(MaskingJsonWriter writer) {
        slots.lazySet(slot(), writer);
    }

    private int slot() {
        int h = System.identityHashCode(Thread.currentThread()) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
