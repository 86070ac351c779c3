package com.jewelry.logging.masking;

/**
 * A masking rule in its textual form that cannot be used: the message names where the rule came from (a
 * logback.xml element, a Log4j2 attribute, a Spring property), the rule as written (never a key) and why.
 */
public final class MaskingRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String rule;

    MaskingRuleException(String origin, String rule, String reason, Throwable cause) {
        super(origin + (rule == null ? "" : " '" + rule + "'") + ": " + reason, cause);
        this.origin = origin;
        this.rule = rule;
    }

    /** Where the rule was configured, e.g. {@code <fieldRule>} or {@code jewelry.logging.masking.disable}. */
    public String origin() {
        return origin;
    }

    /** The rule as written; {@code null} when it is not shown (a key). */
    public String rule() {
        return rule;
    }
}
