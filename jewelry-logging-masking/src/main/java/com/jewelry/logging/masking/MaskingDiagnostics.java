package com.jewelry.logging.masking;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * How often masking failed closed: a rule or detector threw, and the value was replaced by
 * {@code [masked:error]} instead of being written. Each failing rule is reported once to the registered
 * reporter (the Logback decorator turns that into a status warning); the counter keeps counting quietly.
 * Reports name the rule and the exception type only, never the value or the exception message.
 */
public final class MaskingDiagnostics {

    private final LongAdder failures = new LongAdder();
    private final Set<String> failedRules = ConcurrentHashMap.newKeySet();
    private volatile Consumer<String> reporter = message -> { };

    /** How many values were replaced because a rule failed. */
    public long ruleFailures() {
        return failures.sum();
    }

    /** The names of the rules that failed at least once. */
    public Set<String> failedRules() {
        return Collections.unmodifiableSet(failedRules);
    }

    /** Where the one-per-rule report goes (a Logback status warning, a metric, ...). */
    public void onFirstFailure(Consumer<String> reporter) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
    }

    void recordFailure(String rule, Throwable failure) {
        failures.increment();
        if (failedRules.add(rule)) {
            try {
                reporter.accept("Masking rule '" + rule + "' failed with " + failure.getClass().getName()
                        + "; the value was replaced by " + Masker.ERROR_MARKER
                        + ". Further failures of this rule are only counted.");
            } catch (RuntimeException ignored) {
                // a broken reporter must not break logging; the counter still tells the story
            }
        }
    }
}
