package com.jewelry.logging.analysis.anomaly;

/**
 * The usual log-value of one series, per hour of the day and over all hours: an exponentially weighted mean and
 * variance of {@code ln(1 + value)} per bucket (a count per window, or a response time), so a window of zero is
 * data like any other. While a bucket is young its weight is {@code 1/n} (a plain mean), then the fixed EWMA weight,
 * so a slow drift (a growing business) is followed while a burst of minutes barely moves it.
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
    Bucket expected(int hour, long trusted) {
        Bucket own = hour(hour, trusted);
        if (own != null) {
            return own;
        }
        return all.n >= trusted ? all : null;
    }

    /** This hour's own bucket, or null while it is not trusted (a level shift is judged against nothing else). */
    Bucket hour(int hour, long trusted) {
        return hours[hour].n >= trusted ? hours[hour] : null;
    }

    void learn(int hour, double logValue, double alpha, double minimumSpread) {
        hours[hour].learn(logValue, alpha, minimumSpread);
        all.learn(logValue, alpha, minimumSpread);
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

        /** The usual value itself (a count per window, or a response time). */
        double usual() {
            return Math.expm1(mean);
        }

        /**
         * The spread the score divides by: learned, but never below the floor, and for counts never below the
         * Poisson noise of {@code ln(1 + count)} at this level (about {@code λ / (1 + λ)²}: 1/λ for busy series,
         * λ for rare ones).
         */
        double spread(double minimumSpread, boolean counts) {
            double lambda = Math.max(usual(), 0);
            double poisson = counts ? lambda / ((1 + lambda) * (1 + lambda)) : 0;
            return Math.sqrt(Math.max(variance, minimumSpread * minimumSpread + poisson));
        }
    }
}
