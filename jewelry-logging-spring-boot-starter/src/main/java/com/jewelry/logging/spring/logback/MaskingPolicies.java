package com.jewelry.logging.spring.logback;

import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.MaskingStyle;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Turns {@code jewelry.logging.masking.*} into a {@link MaskingPolicy}; a bad rule stops the start, naming it. */
public final class MaskingPolicies {

    private MaskingPolicies() {
    }

    public static MaskingPolicy from(JewelryLoggingProperties.Masking masking) {
        MaskingPolicy.Builder builder = MaskingPolicy.builder();
        for (String kind : masking.disable()) {
            builder.disable(kind(kind, "jewelry.logging.masking.disable"));
        }
        for (Map.Entry<String, String> rule : masking.fieldRules().entrySet()) {
            String property = "jewelry.logging.masking.field-rules." + rule.getKey();
            if ("none".equalsIgnoreCase(rule.getValue().trim())) {
                builder.keepField(rule.getKey());
            } else {
                builder.fieldRule(rule.getKey(), kind(rule.getValue(), property));
            }
        }
        for (Map.Entry<String, JewelryLoggingProperties.ValueRule> rule : masking.valueRules().entrySet()) {
            String property = "jewelry.logging.masking.value-rules." + rule.getKey();
            if (rule.getValue().regex() == null || rule.getValue().regex().isBlank()) {
                throw new IllegalArgumentException(property + ".regex is empty");
            }
            try {
                builder.valueRule(rule.getKey(), rule.getValue().regex(), kind(rule.getValue().kind(), property + ".kind"));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
            }
        }
        String key = masking.pseudonymisationKey();
        Set<String> pseudonymise = masking.pseudonymise();
        if (!pseudonymise.isEmpty()) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(
                        "jewelry.logging.masking.pseudonymise needs jewelry.logging.masking.pseudonymisation-key");
            }
            builder.pseudonymisationKey(key.getBytes(StandardCharsets.UTF_8));
            for (String kind : pseudonymise) {
                Set<SensitiveKind> kinds = "all".equalsIgnoreCase(kind.trim())
                        ? EnumSet.complementOf(EnumSet.of(SensitiveKind.SECRET, SensitiveKind.TOKEN))
                        : EnumSet.of(kind(kind, "jewelry.logging.masking.pseudonymise"));
                for (SensitiveKind k : kinds) {
                    builder.style(k, MaskingStyle.PSEUDONYM);
                }
            }
        } else if (key != null && !key.isBlank()) {
            builder.pseudonymisationKey(key.getBytes(StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static SensitiveKind kind(String text, String property) {
        try {
            return SensitiveKind.fromLabel(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
        }
    }

    /** Gives every library encoder of the running Logback set-up this policy. */
    public static int apply(MaskingPolicy policy) {
        return LogbackPipeline.current().map(pipeline -> {
            int applied = 0;
            for (var encoder : pipeline.encoders()) {
                var decorator = encoder.getMasking();
                decorator.setPolicy(policy);
                // the decorator builds its masker once; restarting it takes the new policy
                decorator.stop();
                decorator.start();
                applied++;
            }
            return applied;
        }).orElse(0);
    }
}
