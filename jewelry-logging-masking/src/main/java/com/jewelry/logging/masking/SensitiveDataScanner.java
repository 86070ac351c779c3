package com.jewelry.logging.masking;

import java.util.List;

/**
 * Finds sensitive values in text and reports their kinds and offsets only, never the values, so a finding can
 * be shown in a test failure (the test kit asserts with it that no personal data leaked into a log).
 */
public final class SensitiveDataScanner {

    private final Masker masker;

    private SensitiveDataScanner(Masker masker) {
        this.masker = masker;
    }

    public static SensitiveDataScanner defaults() {
        return of(MaskingPolicy.defaults());
    }

    public static SensitiveDataScanner of(MaskingPolicy policy) {
        return new SensitiveDataScanner(Masker.of(policy));
    }

    /** Every sensitive value in the text, by position. */
    public List<Finding> scan(CharSequence text) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        return List.copyOf(masker.findings(text.toString()));
    }

    public boolean containsSensitive(CharSequence text) {
        return !scan(text).isEmpty();
    }
}
