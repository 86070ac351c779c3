package com.jewelry.logging.masking.logback;

import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingDiagnostics;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.MaskingStyle;
import com.jewelry.logging.masking.SensitiveKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.logstash.logback.decorate.JsonGeneratorDecorator;
import tools.jackson.core.JsonGenerator;

/**
 * Masks personal data and secrets in every value LLE writes: message, MDC, arguments, markers, stack trace,
 * event fields. Plug it into an LLE encoder once:
 * <pre>{@code
 * <encoder class="net.logstash.logback.encoder.LogstashEncoder">
 *   <decorator class="com.jewelry.logging.masking.logback.JewelryMaskingDecorator">
 *     <disable>phone</disable>
 *     <fieldRule>loyaltyCard=card</fieldRule>
 *     <fieldRule>productName=none</fieldRule>
 *     <valueRule>loyalty-number|LC-\d{8}|other</valueRule>
 *     <style>card=marker</style>
 *     <pseudonymisationKey>${MASKING_KEY}</pseudonymisationKey>
 *     <pseudonymise>email</pseudonymise>
 *   </decorator>
 * </encoder>}</pre>
 * or in Java with {@link #JewelryMaskingDecorator(MaskingPolicy)}. A broken configuration line is reported as a
 * Logback status error and skipped; a rule failing at run time is reported once as a status warning and counted
 * in {@link #getDiagnostics()}.
 */
public class JewelryMaskingDecorator extends ContextAwareBase implements JsonGeneratorDecorator, LifeCycle {

    /**
     * LLE's own top-level fields hold no user input (a timestamp, a level, code-given logger and thread names);
     * skipping their scan keeps the cost down. Field-name rules still apply to them.
     */
    private static final Set<String> UNSCANNED_TOP_LEVEL = Set.of("@timestamp", "@version", "level", "level_value",
            "logger_name", "thread_name", "caller_class_name", "caller_method_name", "caller_file_name",
            "caller_line_number");

    private final MaskingDiagnostics diagnostics = new MaskingDiagnostics();
    private final List<String> disabled = new ArrayList<>();
    private final List<String> fieldRules = new ArrayList<>();
    private final List<String> valueRules = new ArrayList<>();
    private final List<String> styles = new ArrayList<>();
    private final List<String> pseudonymised = new ArrayList<>();
    private final java.util.Set<String> unscanned = new java.util.HashSet<>(UNSCANNED_TOP_LEVEL);
    private volatile Set<String> unscannedView = Set.copyOf(UNSCANNED_TOP_LEVEL);
    private String pseudonymisationKey;
    private MaskingPolicy policy;
    private volatile Masker masker;

    public JewelryMaskingDecorator() {
    }

    public JewelryMaskingDecorator(MaskingPolicy policy) {
        this.policy = policy;
    }

    /**
     * A top-level field whose whole value — nested objects included — is written by code, never by users (an
     * envelope's log level, service name, event name): its values are not scanned for sensitive data. Field-name
     * rules still apply. Never name a field that can carry user input (message, MDC, arguments, request ids).
     */
    public synchronized void addUnscannedField(String topLevelName) {
        unscanned.add(topLevelName);
        unscannedView = Set.copyOf(unscanned);
    }

    /** The top-level fields whose values are not scanned (see {@link #addUnscannedField(String)}). */
    public Set<String> getUnscannedFields() {
        return unscannedView;
    }

    /** A kind to switch off, e.g. {@code phone}. */
    public void addDisable(String kind) {
        disabled.add(kind);
    }

    /** {@code fieldName=kind}, e.g. {@code loyaltyCard=card}; kind {@code none} exempts a name. */
    public void addFieldRule(String rule) {
        fieldRules.add(rule);
    }

    /** {@code name|regex|kind}, e.g. {@code loyalty-number|LC-\d{8}|other}. */
    public void addValueRule(String rule) {
        valueRules.add(rule);
    }

    /** {@code kind=partial|marker|pseudonym}. */
    public void addStyle(String rule) {
        styles.add(rule);
    }

    /** A kind to render as a keyed pseudonym; {@code all} for every personal-data kind. Needs the key. */
    public void addPseudonymise(String kind) {
        pseudonymised.add(kind);
    }

    /** The HMAC key (at least 16 bytes), from an environment variable; never logged. */
    public void setPseudonymisationKey(String key) {
        this.pseudonymisationKey = key;
    }

    /**
     * A policy built in Java (the Spring starter); replaces the XML rules. To change the policy of a running
     * decorator call {@link #stop()} and {@link #start()} after it: lines started afterwards use the new one.
     */
    public void setPolicy(MaskingPolicy policy) {
        this.policy = policy;
    }

    public MaskingDiagnostics getDiagnostics() {
        return diagnostics;
    }

    /** The masker in use (started on first use if Logback did not start the decorator). */
    public Masker getMasker() {
        Masker current = masker;
        if (current == null) {
            start();
            current = masker;
        }
        return current;
    }

    @Override
    public JsonGenerator decorate(JsonGenerator generator) {
        return new MaskingJsonGenerator(generator, this, unscannedView);
    }

    @Override
    public synchronized void start() {
        if (masker != null) {
            return;
        }
        MaskingPolicy effective = policy != null ? policy : buildPolicy();
        diagnostics.onFirstFailure(this::addWarn);
        masker = Masker.of(effective, diagnostics);
    }

    @Override
    public synchronized void stop() {
        masker = null;
    }

    @Override
    public boolean isStarted() {
        return masker != null;
    }

    private MaskingPolicy buildPolicy() {
        MaskingPolicy.Builder builder = MaskingPolicy.builder();
        for (String kind : disabled) {
            configure("disable", kind, () -> builder.disable(SensitiveKind.fromLabel(kind)));
        }
        for (String rule : fieldRules) {
            configure("fieldRule", rule, () -> {
                int eq = rule.lastIndexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected fieldName=kind");
                }
                String name = rule.substring(0, eq).trim();
                String kind = rule.substring(eq + 1).trim();
                if (kind.equalsIgnoreCase("none")) {
                    builder.keepField(name);
                } else {
                    builder.fieldRule(name, SensitiveKind.fromLabel(kind));
                }
            });
        }
        for (String rule : valueRules) {
            configure("valueRule", rule, () -> {
                int first = rule.indexOf('|');
                int last = rule.lastIndexOf('|');
                if (first <= 0 || last <= first) {
                    throw new IllegalArgumentException("expected name|regex|kind");
                }
                builder.valueRule(rule.substring(0, first).trim(), rule.substring(first + 1, last),
                        SensitiveKind.fromLabel(rule.substring(last + 1)));
            });
        }
        for (String rule : styles) {
            configure("style", rule, () -> {
                int eq = rule.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("expected kind=partial|marker|pseudonym");
                }
                builder.style(SensitiveKind.fromLabel(rule.substring(0, eq)),
                        MaskingStyle.valueOf(rule.substring(eq + 1).trim().toUpperCase(Locale.ROOT)));
            });
        }
        boolean hasKey = pseudonymisationKey != null && !pseudonymisationKey.isBlank();
        if (hasKey) {
            configure("pseudonymisationKey", "(not shown)", () ->
                    builder.pseudonymisationKey(pseudonymisationKey.getBytes(StandardCharsets.UTF_8)));
        }
        for (String kind : pseudonymised) {
            configure("pseudonymise", kind, () -> {
                Set<SensitiveKind> kinds = kind.trim().equalsIgnoreCase("all")
                        ? EnumSet.complementOf(EnumSet.of(SensitiveKind.SECRET, SensitiveKind.TOKEN))
                        : EnumSet.of(SensitiveKind.fromLabel(kind));
                for (SensitiveKind k : kinds) {
                    builder.style(k, MaskingStyle.PSEUDONYM);
                }
            });
        }
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            // pseudonymisation asked for without a usable key: fail closed to markers, never to clear text
            addError("Masking: " + e.getMessage() + "; pseudonymised kinds are fully masked instead");
            for (SensitiveKind k : SensitiveKind.values()) {
                if (builder.style(k) == MaskingStyle.PSEUDONYM) {
                    builder.style(k, MaskingStyle.MARKER);
                }
            }
            return builder.build();
        }
    }

    private void configure(String element, String text, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            addError("Masking: ignored <" + element + ">" + text + "</" + element + ">: " + e.getMessage());
        }
    }
}
