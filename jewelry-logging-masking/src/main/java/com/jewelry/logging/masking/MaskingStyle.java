package com.jewelry.logging.masking;

/** How a sensitive value of one kind appears in the log. */
public enum MaskingStyle {
    /**
     * Keep a harmless part that helps support: card keeps its last 4 digits ({@code **** **** **** 1234}),
     * e-mail its first letter and domain ({@code i***@example.ru}), phone its last 2 digits. Kinds without a
     * useful partial form fall back to {@link #MARKER}.
     */
    PARTIAL,
    /** Replace the whole value with a marker naming the kind, e.g. {@code [masked:passport]}. */
    MARKER,
    /**
     * Replace the value with a keyed hash, e.g. {@code [email:hmac:3f9a0c1d2e3f4a5b]}: the same customer gives the
     * same pseudonym, so analysts can follow one customer without seeing the value. Needs a key.
     */
    PSEUDONYM
}
