package com.jewelry.logging.masking;

import java.util.List;

/**
 * A custom detector for values the built-in ones do not know (added with
 * {@link MaskingPolicy.Builder#valueRule(String, SensitiveKind, SensitiveValueDetector)}). It runs on every
 * string that is logged, so it should rule out a text cheaply. If it throws, the value is replaced by
 * {@code [masked:error]} and the failure is reported once.
 */
@FunctionalInterface
public interface SensitiveValueDetector {

    /**
     * Finds sensitive values in the text.
     *
     * @return the findings (any order; overlapping ones are merged), or an empty list
     */
    List<Finding> detect(String text);
}
