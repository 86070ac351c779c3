package com.jewelry.logging.masking;

/**
 * Where a sensitive value sits in a text: its kind and offsets ({@code start} inclusive, {@code end} exclusive).
 * Deliberately holds no copy of the value, so a finding can be printed or asserted on without leaking it.
 */
public record Finding(SensitiveKind kind, int start, int end) {

    public Finding {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a finding needs 0 <= start < end, got " + start + ".." + end);
        }
    }
}
