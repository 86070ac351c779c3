package com.jewelry.logging.analysis.report;

import java.util.Arrays;

/**
 * Percentiles as OpenSearch's {@code percentiles} aggregation computes them while every value is its own t-digest
 * centroid (t-digest 3.3 {@code MergingDigest}: a quantile inside a singleton's half-unit sphere is that value, no
 * interpolation): the smallest value below rank 1, the largest above rank n-1, otherwise the value at rank
 * {@code floor(q * n)} of the sorted values.
 */
final class Percentiles {

    private Percentiles() {
    }

    static double of(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double index = q * n;
        if (index < 1) {
            return sorted[0];
        }
        if (index > n - 1) {
            return sorted[n - 1];
        }
        return sorted[(int) Math.floor(index)];
    }

    static Figures.Durations durations(double[] values) {
        if (values.length == 0) {
            return Figures.Durations.NONE;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Figures.Durations(sorted.length, of(sorted, 0.50), of(sorted, 0.95), sorted[sorted.length - 1]);
    }
}
