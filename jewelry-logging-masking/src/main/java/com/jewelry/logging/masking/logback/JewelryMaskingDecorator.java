package com.jewelry.logging.masking.logback;

import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingDiagnostics;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.MaskingRules;
import java.util.ArrayList;
import java.util.List;
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
            "caller_class_name", "caller_method_name", "caller_file_name",
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

    /** The XML rules through the one rule parser; a bad rule is reported as a status error and skipped. */
    private MaskingPolicy buildPolicy() {
        return rules().toPolicy(problem -> addError("Masking: ignored " + problem.getMessage()));
    }

    /** The rules configured in XML, each named by its element. */
    private MaskingRules rules() {
        MaskingRules rules = new MaskingRules();
        disabled.forEach(kind -> rules.disable("<disable>", kind));
        fieldRules.forEach(rule -> rules.fieldRule("<fieldRule>", rule));
        valueRules.forEach(rule -> rules.valueRule("<valueRule>", rule));
        styles.forEach(rule -> rules.style("<style>", rule));
        pseudonymised.forEach(kind -> rules.pseudonymise("<pseudonymise>", kind));
        rules.pseudonymisationKey("<pseudonymisationKey>", pseudonymisationKey);
        return rules;
    }
}
