package com.jewelry.logging.analysis.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Generated traffic: Poisson counts per step for a set of series, each with a rate (per second) that depends on the
 * time of day. Seeded, so every run sees the same traffic.
 */
final class Traffic {

    /** Day zero of every scenario: a Monday at midnight UTC. */
    static final Instant DAY_ZERO = Instant.parse("2026-11-02T00:00:00Z");
    static final Duration DAY = Duration.ofDays(1);

    private final Random random = new Random(20261102L);
    private final List<Source> sources = new ArrayList<>();

    /** The shop's daily curve around a mean of 1: 0.4 at one in the morning, 1.6 at one in the afternoon. */
    static double dailyCurve(Instant t) {
        double hours = (t.getEpochSecond() % 86_400) / 3600.0;
        return 1 + 0.6 * Math.sin(2 * Math.PI * (hours - 7) / 24);
    }

    /** A series whose rate at time t is {@code rate.applyAsDouble(seconds since day zero)}. */
    Traffic add(SeriesKey key, DoubleUnaryOperator ratePerSecondAtSecond) {
        sources.add(new Source(key, ratePerSecondAtSecond));
        return this;
    }

    /** The same traffic without the series of {@code key} (to replace it by another rate). */
    Traffic without(SeriesKey key) {
        sources.removeIf(source -> source.key.equals(key));
        return this;
    }

    /** A series following the daily curve around a mean rate. */
    Traffic addDaily(SeriesKey key, double meanPerSecond) {
        return add(key, s -> meanPerSecond * dailyCurve(DAY_ZERO.plusSeconds((long) s)));
    }

    /** Feeds [from, to) in steps, then lets the detector close the last window. */
    void play(AnomalyDetector detector, Instant from, Instant to, Duration step) {
        long stepSeconds = step.toSeconds();
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(stepSeconds)) {
            double second = Duration.between(DAY_ZERO, t).toSeconds();
            for (Source source : sources) {
                long n = poisson(source.rate.applyAsDouble(second) * stepSeconds);
                detector.record(source.key, t, n);
            }
            detector.advanceTo(t.plusSeconds(stepSeconds));
        }
    }

    long poisson(double mean) {
        return poisson(random, mean);
    }

    /** A Poisson count (normal approximation above a mean of 50). */
    static long poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = 1;
        long k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private record Source(SeriesKey key, DoubleUnaryOperator rate) {
    }
}
