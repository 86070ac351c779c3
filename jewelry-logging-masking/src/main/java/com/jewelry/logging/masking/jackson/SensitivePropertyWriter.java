package com.jewelry.logging.masking.jackson;

import com.jewelry.logging.masking.SensitiveKind;
import tools.jackson.databind.SerializationContext;

/**
 * A masking generator that can write a {@link com.jewelry.logging.masking.Sensitive} property by its declared kind
 * (so the policy's style and pseudonymisation apply). Found by {@link SensitiveAnnotations} in the generator chain.
 */
public interface SensitivePropertyWriter {

    /** Writes the value as of this kind; for an object or a collection the kind applies to everything inside. */
    void writeSensitive(SensitiveKind kind, Object value, SerializationContext context);
}
