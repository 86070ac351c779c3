package com.jewelry.logging.analysis.anomaly;

/**
 * The usual log-rate of one series, per hour of the day and over all hours: an exponentially weighted mean and
 * variance of {@code ln(rate)} per bucket. While a bucket is young its weight is {@code 1/n} (a plain mean), then
 * the fixed EWMA weight, so a slow drift (a growing business) is followed while a burst of minutes barely moves it.
 */
final class HourlyBaseline {

    /** Values beyond this many spreads are clipped before they are learned (robust to the outliers we alarm on). */
    private static final double CLIP_SPREADS = 3;

    private final Bucket[] hours = new Bucket[24];
    private final Bucket all = new Bucket();

    HourlyBaseline() {
        for (int i = 0; i < hours.length; i++) {
            hours[i] = new Bucket();
        }
    }

    /** The bucket to compare with at this hour, or null while neither the hour nor the whole series is trusted. */
    Bucket expected(int hour, int warmUp) {
        if (hours[hour].n >= warmUp) {
            return hours[hour];
        }
        return all.n >= warmUp ? all : null;
    }

    void learn(int hour, double logRate, double alpha, double minimumSpread) {
        hours[hour].learn(logRate, alpha, minimumSpread);
        all.learn(logRate, alpha, minimumSpread);
    }

    static final class Bucket {
        long n;
        double mean;
        double variance;

        void learn(double x, double alpha, double minimumSpread) {
            double value = x;
            if (n >= 2) {
                double spread = Math.max(Math.sqrt(variance), minimumSpread) * CLIP_SPREADS;
                value = Math.max(mean - spread, Math.min(mean + spread, x));
            }
            n++;
            double a = Math.max(alpha, 1.0 / n);
            double delta = value - mean;
            mean += a * delta;
            variance = (1 - a) * (variance + a * delta * delta);
        }

        /** The spread the score divides by: learned, but never below the floor nor below Poisson noise at this level. */
        double spread(double minimumSpread, double windowSeconds) {
            double expectedCount = Math.exp(mean) * windowSeconds;
            double poisson = 1.0 / Math.max(expectedCount, 1.0);
            return Math.sqrt(Math.max(variance, minimumSpread * minimumSpread + poisson));
        }
    }
}
