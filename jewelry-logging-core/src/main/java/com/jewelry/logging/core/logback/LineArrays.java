package com.jewelry.logging.core.logback;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Byte arrays of exact lengths that {@link JewelryAsyncAppender} hands from its callers (who encode a line into
 * one) to its writer thread (which gives it back once the file appender has written it), so a steady stream of
 * lines allocates no array per line. Logback's encoders return a line as an array of exactly its length, hence
 * a table of arrays found by length: a slot near {@code length} holds an array of about that length, and a caller
 * takes one only if its length is exact. When none fits, a new array is made; when the slots near its length are
 * all taken, a given-back array replaces one of their arrays. Lines longer than {@link #MAX_POOLED_LENGTH} are never pooled.
 */
final class LineArrays {

    static final int MAX_POOLED_LENGTH = 2048;
    private static final int SLOTS = 2048;
    /** Lines in flight between callers and the writer under steady load are about one writer pause's worth. */
    private static final int PROBES = 16;

    /** At most {@code SLOTS} arrays of at most 2 KB: 4 MB in the worst case, about 2 MB for typical lines. */
    private final AtomicReferenceArray<byte[]> slots = new AtomicReferenceArray<>(SLOTS);
    /** Which probe slot the next replacement takes; a race between two givers only picks another slot. */
    private int evictions;

    /** An array of exactly {@code length} bytes: a pooled one if there is one, else a new one. */
    byte[] take(int length) {
        if (length <= MAX_POOLED_LENGTH) {
            int home = length & (SLOTS - 1);
            for (int p = 0; p < PROBES; p++) {
                int slot = (home + p) & (SLOTS - 1);
                byte[] array = slots.get(slot);
                if (array != null && array.length == length && slots.compareAndSet(slot, array, null)) {
                    return array;
                }
            }
        }
        return new byte[length];
    }

    /** Gives back an array nobody reads any more; kept if there is room near its length. */
    void give(byte[] array) {
        int length = array.length;
        if (length == 0 || length > MAX_POOLED_LENGTH) {
            return;
        }
        int home = length & (SLOTS - 1);
        for (int p = 0; p < PROBES; p++) {
            int slot = (home + p) & (SLOTS - 1);
            if (slots.get(slot) == null && slots.compareAndSet(slot, null, array)) {
                return;
            }
        }
        // all taken, most likely by lengths that came and went (a timestamp's digits, an order number's): the
        // newest array replaces one of them, so the table follows the lengths of the lines being written now
        slots.set((home + (evictions++ & (PROBES - 1))) & (SLOTS - 1), array);
    }
}
