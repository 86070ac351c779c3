package com.jewelry.logging.masking;

import com.jewelry.logging.masking.internal.FieldNames;
import com.jewelry.logging.masking.internal.RegexDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the security policy says must be masked and how: which kinds are detected, extra field-name and value
 * rules, the rendering style per kind and the pseudonymisation key. Immutable and thread-safe; build one with
 * {@link #builder()} (the Spring starter builds it from properties, logback.xml through the decorator's setters).
 */
public final class MaskingPolicy {

    /** A named custom value rule. */
    public record ValueRule(String name, SensitiveKind kind, SensitiveValueDetector detector) {
        public ValueRule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detector, "detector");
        }
    }

    private static final MaskingPolicy DEFAULTS = builder().build();

    private final Set<SensitiveKind> disabled;
    private final Map<String, SensitiveKind> fieldRules;
    private final Set<String> keptFields;
    private final List<ValueRule> valueRules;
    private final Map<SensitiveKind, MaskingStyle> styles;
    private final byte[] pseudonymisationKey;

    private MaskingPolicy(Builder b) {
        this.disabled = Collections.unmodifiableSet(EnumSet.copyOf(b.disabled));
        this.fieldRules = Collections.unmodifiableMap(new LinkedHashMap<>(b.fieldRules));
        this.keptFields = Collections.unmodifiableSet(new LinkedHashSet<>(b.keptFields));
        this.valueRules = List.copyOf(b.valueRules);
        this.styles = Collections.unmodifiableMap(new EnumMap<>(b.styles));
        this.pseudonymisationKey = b.key == null ? null : b.key.clone();
    }

    /** Every built-in field rule and value detector on; e-mail, phone and card partially shown, the rest marked. */
    public static MaskingPolicy defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this policy, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.disabled.addAll(disabled);
        b.fieldRules.putAll(fieldRules);
        b.keptFields.addAll(keptFields);
        b.valueRules.addAll(valueRules);
        b.styles.putAll(styles);
        b.key = pseudonymisationKey == null ? null : pseudonymisationKey.clone();
        return b;
    }

    public boolean isEnabled(SensitiveKind kind) {
        return !disabled.contains(kind);
    }

    public Set<SensitiveKind> disabledKinds() {
        return disabled;
    }

    /** Extra field rules by normalised name (lower case, separators removed). */
    public Map<String, SensitiveKind> fieldRules() {
        return fieldRules;
    }

    /** Normalised field names that are never masked by name (their values are still scanned). */
    public Set<String> keptFields() {
        return keptFields;
    }

    public List<ValueRule> valueRules() {
        return valueRules;
    }

    public MaskingStyle style(SensitiveKind kind) {
        return styles.getOrDefault(kind, defaultStyle(kind));
    }

    public boolean hasPseudonymisationKey() {
        return pseudonymisationKey != null;
    }

    /** For the masker only (package-private, so no caller can read the key back); a copy. */
    byte[] pseudonymisationKeyCopy() {
        return pseudonymisationKey == null ? null : pseudonymisationKey.clone();
    }

    static MaskingStyle defaultStyle(SensitiveKind kind) {
        return switch (kind) {
            case EMAIL, PHONE, CARD -> MaskingStyle.PARTIAL;
            default -> MaskingStyle.MARKER;
        };
    }

    /** Never prints the key, only whether there is one. */
    @Override
    public String toString() {
        return "MaskingPolicy[disabled=" + disabled + ", fieldRules=" + fieldRules + ", keptFields=" + keptFields
                + ", valueRules=" + valueRules.stream().map(ValueRule::name).toList() + ", styles=" + styles
                + ", pseudonymisationKey=" + (pseudonymisationKey == null ? "none" : "set") + "]";
    }

    /** Collects rules; {@link #build()} checks them and fails at start-up, never per event. */
    public static final class Builder {
        private final EnumSet<SensitiveKind> disabled = EnumSet.noneOf(SensitiveKind.class);
        private final Map<String, SensitiveKind> fieldRules = new LinkedHashMap<>();
        private final Set<String> keptFields = new LinkedHashSet<>();
        private final List<ValueRule> valueRules = new ArrayList<>();
        private final EnumMap<SensitiveKind, MaskingStyle> styles = new EnumMap<>(SensitiveKind.class);
        private byte[] key;

        private Builder() {
        }

        /** Switches a kind off everywhere: no field rule and no value detector reports it. */
        public Builder disable(SensitiveKind kind) {
            disabled.add(Objects.requireNonNull(kind, "kind"));
            return this;
        }

        public Builder enable(SensitiveKind kind) {
            disabled.remove(Objects.requireNonNull(kind, "kind"));
            return this;
        }

        /**
         * Values under a field with this name (case- and separator-insensitive, any depth) are of this kind.
         * Also matches names that end with it at a word boundary ({@code loyaltyCard} matches
         * {@code customerLoyaltyCard}).
         */
        public Builder fieldRule(String fieldName, SensitiveKind kind) {
            String key = requireName(fieldName);
            keptFields.remove(key);
            fieldRules.put(key, Objects.requireNonNull(kind, "kind"));
            return this;
        }

        /** Never masks this field by its name (a built-in name rule that is wrong for a service). */
        public Builder keepField(String fieldName) {
            String key = requireName(fieldName);
            fieldRules.remove(key);
            keptFields.add(key);
            return this;
        }

        /** A custom value rule by regular expression; every match is masked as the kind. */
        public Builder valueRule(String name, String regex, SensitiveKind kind) {
            return valueRule(name, kind, RegexDetector.compile(kind, regex));
        }

        /** A custom value rule with a hand-written detector. */
        public Builder valueRule(String name, SensitiveKind kind, SensitiveValueDetector detector) {
            valueRules.add(new ValueRule(name, kind, detector));
            return this;
        }

        public Builder style(SensitiveKind kind, MaskingStyle style) {
            styles.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(style, "style"));
            return this;
        }

        /** The style currently chosen for a kind. */
        public MaskingStyle style(SensitiveKind kind) {
            return styles.getOrDefault(kind, defaultStyle(kind));
        }

        /** The HMAC-SHA256 key for {@link MaskingStyle#PSEUDONYM}; keep it out of source control and logs. */
        public Builder pseudonymisationKey(byte[] key) {
            if (key == null || key.length < 16) {
                throw new IllegalArgumentException("a pseudonymisation key needs at least 16 bytes");
            }
            this.key = key.clone();
            return this;
        }

        /**
         * Sets the key and renders the given kinds (all personal-data kinds if none are given: every kind but
         * secrets and tokens, which are never worth following) as keyed pseudonyms.
         */
        public Builder pseudonymise(byte[] key, SensitiveKind... kinds) {
            pseudonymisationKey(key);
            List<SensitiveKind> chosen = kinds.length > 0 ? Arrays.asList(kinds)
                    : EnumSet.complementOf(EnumSet.of(SensitiveKind.SECRET, SensitiveKind.TOKEN)).stream().toList();
            for (SensitiveKind kind : chosen) {
                style(kind, MaskingStyle.PSEUDONYM);
            }
            return this;
        }

        /** @throws IllegalStateException if a kind is pseudonymised but no key was given */
        public MaskingPolicy build() {
            if (key == null && styles.containsValue(MaskingStyle.PSEUDONYM)) {
                throw new IllegalStateException("pseudonymisation needs a key (pseudonymisationKey)");
            }
            return new MaskingPolicy(this);
        }

        private static String requireName(String fieldName) {
            String key = fieldName == null ? "" : FieldNames.normalize(fieldName);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("a field rule needs a field name");
            }
            return key;
        }
    }
}
