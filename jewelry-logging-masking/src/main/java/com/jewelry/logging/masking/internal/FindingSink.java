package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;

/**
 * Receives what a detector found: the kind and the range {@code [start, end)} in the text it was given. Detectors
 * report through a sink instead of returning lists, so a scan over a clean line allocates nothing.
 */
@FunctionalInterface
public interface FindingSink {

    /** One finding of {@code kind} at {@code text[start, end)}; ranges may overlap earlier ones. */
    void found(SensitiveKind kind, int start, int end);
}
