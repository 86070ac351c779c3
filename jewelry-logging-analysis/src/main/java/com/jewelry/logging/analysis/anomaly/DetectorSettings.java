package com.jewelry.logging.analysis.anomaly;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How the detector learns and when it speaks. One setting for every series: the thresholds are in spreads and in
 * log-ratios, so they mean the same for 0.1 orders/s and for 1,000 requests/s.
 *
 * @param window              the counting window; a rate is the count of one window divided by its length
 * @param zone                the zone whose hour of the day picks the baseline bucket (the shop's opening hours)
 * @param learningDays        how many days of the same hour the baseline mostly remembers (EWMA memory)
 * @param minimumSpread       the smallest standard deviation of the log-value the score divides by: a rate
 *                            within {@code exp(enterScore * minimumSpread)} times its usual level never alarms at once
 * @param enterScore          an episode starts when the score reaches this (up) or minus this (down)
 * @param exitScore           an episode ends when the score stays within plus/minus this ...
 * @param quietWindowsToEnd   ... for this many windows in a row
 * @param minimumRatePerSecond no alarm for rates below this, however unusual (0.02/s against 0.001/s is no incident);
 *                            a drop alarms only when the usual rate is at least this
 * @param warmUp              how much of an hour of the day a baseline bucket must have seen before it is trusted, as
 *                            time, not as windows (at least three windows: with hourly windows, three days)
 * @param maxSeries           the most per-client series kept; the least recently seen quiet ones are forgotten first
 * @param shiftLogRatio       a level shift: the recent mean of {@code ln(value) - usual} beyond this (0.5: 1.65 times
 *                            or 0.6 times the usual level) ...
 * @param shiftMemory         ... averaged over about this long
 */
public record DetectorSettings(Duration window, ZoneId zone, double learningDays, double minimumSpread,
                               double enterScore, double exitScore, int quietWindowsToEnd,
                               double minimumRatePerSecond, Duration warmUp, int maxSeries,
                               double shiftLogRatio, Duration shiftMemory) {

    /** Fewer windows than this give no variance worth trusting, however long the windows are. */
    static final int MINIMUM_TRUSTED_WINDOWS = 3;

    public DetectorSettings {
        if (window.isNegative() || window.isZero() || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("window must be a positive whole number of seconds: " + window);
        }
        if (!(exitScore < enterScore) || minimumSpread <= 0 || learningDays <= 0 || quietWindowsToEnd < 1
                || warmUp.isNegative() || maxSeries < 1 || shiftLogRatio <= 0 || shiftMemory.isNegative()
                || shiftMemory.isZero()) {
            throw new IllegalArgumentException("inconsistent detector settings: " + this);
        }
    }

    /**
     * For services: 10 second windows, hours in UTC, a baseline remembering about three days of each hour, alarm
     * at 6 spreads (at least 4.5 times or a quarter of the usual rate) and at least 1 event/s, or when the last half
     * hour stays 1.65 times above or 0.6 times below the usual level; end after a minute back in range.
     */
    public static DetectorSettings defaults() {
        return new DetectorSettings(Duration.ofSeconds(10), ZoneOffset.UTC, 3, 0.25, 6, 3, 6, 1.0,
                Duration.ofMinutes(5), 10_000, 0.5, Duration.ofMinutes(30));
    }

    /** For reports over stored logs and OpenSearch histograms: one minute windows, otherwise {@link #defaults()}. */
    public static DetectorSettings perMinute() {
        return defaults().withWindow(Duration.ofMinutes(1)).withQuietWindowsToEnd(2);
    }

    public DetectorSettings withWindow(Duration window) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUp, maxSeries, shiftLogRatio, shiftMemory);
    }

    public DetectorSettings withZone(ZoneId zone) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUp, maxSeries, shiftLogRatio, shiftMemory);
    }

    public DetectorSettings withQuietWindowsToEnd(int quietWindowsToEnd) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUp, maxSeries, shiftLogRatio, shiftMemory);
    }

    public DetectorSettings withWarmUp(Duration warmUp) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUp, maxSeries, shiftLogRatio, shiftMemory);
    }

    public DetectorSettings withMaxSeries(int maxSeries) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUp, maxSeries, shiftLogRatio, shiftMemory);
    }

    long windowSeconds() {
        return window.toSeconds();
    }

    /** Windows an hour bucket must hold before it is trusted: the warm-up as time, never fewer than three. */
    long trustedWindows() {
        return Math.max(MINIMUM_TRUSTED_WINDOWS, warmUp.toSeconds() / windowSeconds());
    }

    /** EWMA weight per window: the memory is {@code learningDays} days of one hour bucket's windows. */
    double alpha() {
        double windowsPerHourBucketPerDay = Math.max(1.0, 3600.0 / windowSeconds());
        return 1.0 / (learningDays * windowsPerHourBucketPerDay);
    }

    /** EWMA weight per window of the recent mean deviation a level shift is judged on. */
    double shiftAlpha() {
        return Math.min(1.0, (double) windowSeconds() / shiftMemory.toSeconds());
    }
}
