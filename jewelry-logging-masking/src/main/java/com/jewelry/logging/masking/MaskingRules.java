package com.jewelry.logging.masking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one parser of the textual masking rules, shared by logback.xml (the encoder's and the LLE decorator's
 * {@code <masking>} elements), Log4j2's {@code JewelryMasking} element and the Spring starter's properties:
 * <ul>
 *   <li>{@code disable}: a kind, e.g. {@code phone};</li>
 *   <li>{@code fieldRule}: {@code fieldName=kind}, e.g. {@code loyaltyCard=card}; kind {@code none} exempts the
 *       name from the name rules (its values are still scanned);</li>
 *   <li>{@code valueRule}: {@code name|regex|kind}, e.g. {@code loyalty-number|LC-\d{8}|other};</li>
 *   <li>{@code style}: {@code kind=partial|marker|pseudonym};</li>
 *   <li>{@code pseudonymise}: a kind, or {@code all} for every personal-data kind (not secrets, not tokens);</li>
 *   <li>{@code pseudonymisationKey}: the HMAC key, at least 16 bytes; never shown.</li>
 * </ul>
 * Each rule is added with its origin (where it was configured), which every error names. {@link #toPolicy()}
 * stops at the first bad rule; {@link #toPolicy(Consumer)} reports each bad rule and goes on without it.
 */
public final class MaskingRules {

    /** One rule as configured, applied to a builder when the policy is built. */
    private record Entry(String origin, String shown, Action action) {
    }

    @FunctionalInterface
    private interface Action {
        void apply(MaskingPolicy.Builder builder);
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> pseudonymiseOrigins = new ArrayList<>();
    private String key;
    private String keyOrigin = "pseudonymisationKey";

    /** A kind to switch off. */
    public MaskingRules disable(String origin, String kind) {
        return add(origin, kind, b -> b.disable(kind(kind)));
    }

    /** {@code fieldName=kind}; kind {@code none} exempts the name. */
    public MaskingRules fieldRule(String origin, String rule) {
        return add(origin, rule, b -> {
            int eq = rule == null ? -1 : rule.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected fieldName=kind");
            }
            applyFieldRule(b, rule.substring(0, eq), rule.substring(eq + 1));
        });
    }

    /** A field rule given as name and kind (a property map); kind {@code none} exempts the name. */
    public MaskingRules fieldRule(String origin, String fieldName, String kind) {
        return add(origin, fieldName + "=" + kind, b -> applyFieldRule(b, fieldName, kind));
    }

    /** {@code name|regex|kind}; the regular expression may hold {@code |} itself. */
    public MaskingRules valueRule(String origin, String rule) {
        return add(origin, rule, b -> {
            int first = rule == null ? -1 : rule.indexOf('|');
            int last = rule == null ? -1 : rule.lastIndexOf('|');
            if (first <= 0 || last <= first) {
                throw new IllegalArgumentException("expected name|regex|kind");
            }
            applyValueRule(b, rule.substring(0, first), rule.substring(first + 1, last), rule.substring(last + 1));
        });
    }

    /** A value rule given as its parts (a property map). */
    public MaskingRules valueRule(String origin, String name, String regex, String kind) {
        return add(origin, name + "|" + regex + "|" + kind, b -> applyValueRule(b, name, regex, kind));
    }

    /** {@code kind=partial|marker|pseudonym}. */
    public MaskingRules style(String origin, String rule) {
        return add(origin, rule, b -> {
            int eq = rule == null ? -1 : rule.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected kind=partial|marker|pseudonym");
            }
            b.style(kind(rule.substring(0, eq)), style(rule.substring(eq + 1)));
        });
    }

    /** A kind to render as a keyed pseudonym, or {@code all}; needs {@link #pseudonymisationKey}. */
    public MaskingRules pseudonymise(String origin, String kindOrAll) {
        pseudonymiseOrigins.add(origin);
        return add(origin, kindOrAll, b -> {
            Set<SensitiveKind> kinds = kindOrAll != null && kindOrAll.trim().equalsIgnoreCase("all")
                    ? EnumSet.complementOf(EnumSet.of(SensitiveKind.SECRET, SensitiveKind.TOKEN))
                    : EnumSet.of(kind(kindOrAll));
            for (SensitiveKind k : kinds) {
                b.style(k, MaskingStyle.PSEUDONYM);
            }
        });
    }

    /** The pseudonymisation key, or {@code null}/blank for none; the origin is named when it is missing. */
    public MaskingRules pseudonymisationKey(String origin, String key) {
        this.keyOrigin = Objects.requireNonNull(origin, "origin");
        this.key = key == null || key.isBlank() ? null : key;
        return this;
    }

    /**
     * The policy, or the first bad rule as an exception.
     *
     * @throws MaskingRuleException naming the rule's origin, the rule and the reason
     */
    public MaskingPolicy toPolicy() {
        return build(e -> {
            throw e;
        }, false);
    }

    /**
     * The policy without the bad rules, each reported to {@code problems}. Pseudonymisation asked for without a
     * usable key is reported and falls back to markers: fail closed, never to clear text.
     */
    public MaskingPolicy toPolicy(Consumer<MaskingRuleException> problems) {
        return build(Objects.requireNonNull(problems, "problems"), true);
    }

    private MaskingPolicy build(Consumer<MaskingRuleException> problems, boolean lenient) {
        MaskingPolicy.Builder builder = MaskingPolicy.builder();
        if (key != null) {
            try {
                builder.pseudonymisationKey(key.getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                problems.accept(new MaskingRuleException(keyOrigin, null, e.getMessage(), e));
            }
        }
        for (Entry entry : entries) {
            try {
                entry.action().apply(builder);
            } catch (MaskingRuleException e) {
                problems.accept(e);
            } catch (RuntimeException e) {
                problems.accept(new MaskingRuleException(entry.origin(), entry.shown(), e.getMessage(), e));
            }
        }
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            String origin = pseudonymiseOrigins.isEmpty() ? "style" : pseudonymiseOrigins.get(0);
            problems.accept(new MaskingRuleException(origin, null, "pseudonymisation needs a key (" + keyOrigin
                    + ")" + (lenient ? "; pseudonymised kinds are fully masked instead" : ""), e));
            for (SensitiveKind k : SensitiveKind.values()) {
                if (builder.style(k) == MaskingStyle.PSEUDONYM) {
                    builder.style(k, MaskingStyle.MARKER);
                }
            }
            return builder.build();
        }
    }

    private MaskingRules add(String origin, String text, Action action) {
        entries.add(new Entry(Objects.requireNonNull(origin, "origin"), text, action));
        return this;
    }

    private static void applyFieldRule(MaskingPolicy.Builder b, String fieldName, String kind) {
        String name = fieldName == null ? "" : fieldName.trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a field rule needs a field name");
        }
        if (kind != null && kind.trim().equalsIgnoreCase("none")) {
            b.keepField(name);
        } else {
            b.fieldRule(name, kind(kind));
        }
    }

    private static void applyValueRule(MaskingPolicy.Builder b, String name, String regex, String kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a value rule needs a name");
        }
        if (regex == null || regex.isBlank()) {
            throw new IllegalArgumentException("a value rule needs a regular expression");
        }
        b.valueRule(name.trim(), regex, kind(kind));
    }

    private static SensitiveKind kind(String text) {
        return SensitiveKind.fromLabel(text);
    }

    private static MaskingStyle style(String text) {
        String wanted = text == null ? "" : text.trim();
        for (MaskingStyle style : MaskingStyle.values()) {
            if (style.name().equalsIgnoreCase(wanted)) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown masking style '" + wanted + "' (partial, marker or pseudonym)");
    }
}
