package com.jewelry.logging.analysis.anomaly;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How the detector learns and when it speaks.
 *
 * @param window              the counting window; a rate is the count of one window divided by its length
 * @param zone                the zone whose hour of the day picks the baseline bucket (the shop's opening hours)
 * @param learningDays        how many days of the same hour the baseline mostly remembers (EWMA memory)
 * @param minimumSpread       the smallest standard deviation of the log-rate the score divides by: a rate
 *                            within {@code exp(enterScore * minimumSpread)} times its usual level never alarms
 * @param enterScore          an episode starts when the score reaches this
 * @param exitScore           an episode ends when the score stays below this ...
 * @param quietWindowsToEnd   ... for this many windows in a row
 * @param minimumRatePerSecond no alarm for rates below this, however unusual (0.02/s against 0.001/s is no incident)
 * @param warmUpWindows       windows an hour bucket (or the whole series) needs before it is trusted
 * @param maxSeries           the most per-client series kept; the least recently seen quiet ones are forgotten first
 */
public record DetectorSettings(Duration window, ZoneId zone, double learningDays, double minimumSpread,
                               double enterScore, double exitScore, int quietWindowsToEnd,
                               double minimumRatePerSecond, int warmUpWindows, int maxSeries) {

    public DetectorSettings {
        if (window.isNegative() || window.isZero() || window.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("window must be a positive whole number of seconds: " + window);
        }
        if (!(exitScore < enterScore) || minimumSpread <= 0 || learningDays <= 0 || quietWindowsToEnd < 1
                || warmUpWindows < 1 || maxSeries < 1) {
            throw new IllegalArgumentException("inconsistent detector settings: " + this);
        }
    }

    /**
     * For services: 10 second windows, hours in UTC, a baseline remembering about three days of each hour, alarm
     * at 6 spreads (at least 4.5 times the usual rate) and at least 1 event/s, end after a minute below 3.
     */
    public static DetectorSettings defaults() {
        return new DetectorSettings(Duration.ofSeconds(10), ZoneOffset.UTC, 3, 0.25, 6, 3, 6, 1.0, 30, 10_000);
    }

    /** For reports over stored logs and OpenSearch histograms: one minute windows, otherwise {@link #defaults()}. */
    public static DetectorSettings perMinute() {
        return defaults().withWindow(Duration.ofMinutes(1)).withQuietWindowsToEnd(2).withWarmUpWindows(20);
    }

    public DetectorSettings withWindow(Duration window) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUpWindows, maxSeries);
    }

    public DetectorSettings withZone(ZoneId zone) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUpWindows, maxSeries);
    }

    public DetectorSettings withQuietWindowsToEnd(int quietWindowsToEnd) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUpWindows, maxSeries);
    }

    public DetectorSettings withWarmUpWindows(int warmUpWindows) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUpWindows, maxSeries);
    }

    public DetectorSettings withMaxSeries(int maxSeries) {
        return new DetectorSettings(window, zone, learningDays, minimumSpread, enterScore, exitScore,
                quietWindowsToEnd, minimumRatePerSecond, warmUpWindows, maxSeries);
    }

    long windowSeconds() {
        return window.toSeconds();
    }

    /** EWMA weight per window: the memory is {@code learningDays} days of one hour bucket's windows. */
    double alpha() {
        double windowsPerHourBucketPerDay = 3600.0 / windowSeconds();
        return 1.0 / (learningDays * windowsPerHourBucketPerDay);
    }
}
