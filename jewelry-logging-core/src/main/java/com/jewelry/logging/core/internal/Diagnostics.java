package com.jewelry.logging.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the library's own problems by kind, and says when one is seen for the first time, so it is reported once
 * and then only counted. The number of kinds is bounded: past the bound, new kinds share one counter.
 */
public final class Diagnostics {

    private static final int MAX_KINDS = 512;
    private static final String OVERFLOW = "other";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Counts one occurrence; true only the first time this kind is seen. */
    public boolean firstOccurrence(String kind) {
        LongAdder adder = counts.get(kind);
        if (adder != null) {
            adder.increment();
            return false;
        }
        if (counts.size() >= MAX_KINDS) {
            counts.computeIfAbsent(OVERFLOW, k -> new LongAdder()).increment();
            return false;
        }
        LongAdder fresh = new LongAdder();
        LongAdder previous = counts.putIfAbsent(kind, fresh);
        (previous != null ? previous : fresh).increment();
        return previous == null;
    }

    /** How often each kind of problem was seen. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /** Total problems seen. */
    public long total() {
        long total = 0;
        for (LongAdder adder : counts.values()) {
            total += adder.sum();
        }
        return total;
    }
}
