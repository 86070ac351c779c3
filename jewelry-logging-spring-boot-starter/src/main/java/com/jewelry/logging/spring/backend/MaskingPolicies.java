package com.jewelry.logging.spring.backend;

import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.MaskingRules;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingProperties;

/** Turns {@code jewelry.logging.masking.*} into a {@link MaskingPolicy}; a bad rule stops the start, naming it. */
public final class MaskingPolicies {

    private MaskingPolicies() {
    }

    /**
     * @throws com.jewelry.logging.masking.MaskingRuleException naming the property of the first bad rule
     */
    public static MaskingPolicy from(JewelryLoggingProperties.Masking masking) {
        String prefix = "jewelry.logging.masking.";
        MaskingRules rules = new MaskingRules();
        masking.disable().forEach(kind -> rules.disable(prefix + "disable", kind));
        masking.fieldRules().forEach((name, kind) -> rules.fieldRule(prefix + "field-rules." + name, name, kind));
        masking.valueRules().forEach((name, rule) ->
                rules.valueRule(prefix + "value-rules." + name, name, rule.regex(), rule.kind()));
        masking.pseudonymise().forEach(kind -> rules.pseudonymise(prefix + "pseudonymise", kind));
        rules.pseudonymisationKey(prefix + "pseudonymisation-key", masking.pseudonymisationKey());
        return rules.toPolicy();
    }

    /** Gives every JSON writer of the running back end (Logback encoders, Log4j2 layouts) this policy. */
    public static int apply(MaskingPolicy policy) {
        return LoggingBackend.current().map(backend -> backend.applyMasking(policy)).orElse(0);
    }
}
