package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.AnomalyKind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds rates and response times that leave their usual range, in every direction: orders created at 10,000/s
 * where 4/s is usual, a flood from one partner or one network, orders stopping at noon, a rate or a response time
 * that settles at another level, a daily curve that flattens. Counts occurrences per {@link SeriesKey} in fixed
 * windows (a window without any is a count of zero, scored and learned like any other), learns the usual
 * {@code ln(1 + count)} per hour of the day ({@link HourlyBaseline}) and judges each window two ways:
 * <ul>
 *   <li>the score, how many spreads the window lies above or below the usual value: at
 *       {@link DetectorSettings#enterScore()} a spike (or, for a whole rate usually above the minimum rate, a drop);</li>
 *   <li>the recent mean deviation from this hour's usual value (about {@link DetectorSettings#shiftMemory()}): beyond
 *       {@link DetectorSettings#shiftLogRatio()} a level shift, which catches what no single window proves.</li>
 * </ul>
 * The first of them starts an episode and tells the {@link AnomalyListener} once; the episode ends when both stay
 * in range for {@link DetectorSettings#quietWindowsToEnd()} windows.
 *
 * <p>A burst is flagged as soon as the count of the running window alone proves it, not at the end of the window: a
 * jump to 10,000/s is reported within the first second. A window far out of range is learned clipped and ten times
 * slower, so an attack or an outage does not become the new normal while a lasting change is followed within days.
 *
 * <p>Used in a service ({@link #record(SeriesKey)} per occurrence, {@link #tick()} from a scheduler, both on the
 * injected clock) and over stored logs ({@link #recordWindow(SeriesKey, Instant, long)} with whole windows' counts,
 * in time order). Response times go in with {@link #observe(SeriesKey, Instant, double)}. Thread-safe; the methods
 * are short and synchronized.
 */
public final class AnomalyDetector {

    /** A longer silence than this is a stopped process or a gap in the data, not an outage to walk window by window. */
    private static final long LONGEST_WALKED_GAP_MILLIS = 7L * 24 * 3600 * 1000;

    private final DetectorSettings settings;
    private final Clock clock;
    private final AnomalyListener listener;
    private final long windowMillis;
    private final double windowSeconds;
    private final long trustedWindows;
    /** Access-ordered, so the per-client series not seen for longest come first when some must be forgotten. */
    private final LinkedHashMap<SeriesKey, Series> series = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<SeriesKey, HourlyBaseline> pools = new HashMap<>();
    private int perValueSeries;
    private long windowStart = Long.MIN_VALUE;
    private int windowHour;
    private long listenerFailures;

    public AnomalyDetector(DetectorSettings settings, Clock clock, AnomalyListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.windowMillis = settings.window().toMillis();
        this.windowSeconds = settings.windowSeconds();
        this.trustedWindows = settings.trustedWindows();
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** One occurrence now (on the injected clock). */
    public void record(SeriesKey key) {
        record(key, clock.instant(), 1);
    }

    /**
     * {@code count} occurrences at {@code at}, as they happen. Times should not go backwards; a late one counts in
     * the running window. A count that already proves a burst is reported at once, its rate measured over the part
     * of the window that has passed.
     */
    public synchronized void record(SeriesKey key, Instant at, long count) {
        if (count <= 0) {
            return;
        }
        long t = at.toEpochMilli();
        Series s = add(key, t, count);
        if (!s.inEpisode && s.count >= s.alarmCount) {
            // the running window alone already proves the burst: report now, not at the window's end
            double elapsed = Math.max(1.0, Math.min(windowSeconds, (t - windowStart) / 1000.0 + 1));
            HourlyBaseline.Bucket expected = expected(s);
            double perWindow = s.count * windowSeconds / elapsed;
            s.lastScore = score(Math.log1p(perWindow), expected, true);
            startEpisode(s, at, AnomalyKind.RATE_SPIKE, perWindow / windowSeconds, expected.usual() / windowSeconds);
        }
    }

    /**
     * The count of a whole window that starts at {@code windowStart} (stored logs, date histograms). Scored when the
     * window closes, over the whole window: a count put at the window's start is not a burst in its first second.
     */
    public synchronized void recordWindow(SeriesKey key, Instant windowStart, long count) {
        if (count > 0) {
            add(key, windowStart.toEpochMilli(), count);
        } else {
            advance(windowStart.toEpochMilli());
            seriesFor(key);
        }
    }

    /**
     * One measured value (a response time in milliseconds) at {@code at}; a window's value is the mean of its
     * values. A window without any is no data (nobody was served), unlike a window without occurrences.
     */
    public synchronized void observe(SeriesKey key, Instant at, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            return;
        }
        advance(at.toEpochMilli());
        Series s = seriesFor(key);
        s.measured = true;
        openIn(s);
        s.count++;
        s.sum += value;
    }

    /** Closes the windows that ended before now (call it every few seconds from a scheduler). */
    public void tick() {
        advanceTo(clock.instant());
    }

    /** Closes the windows that ended before {@code now} (for stored logs: the end of the period read). */
    public synchronized void advanceTo(Instant now) {
        advance(now.toEpochMilli());
    }

    /** The score of the last closed window of a series (0 when unknown or learning; negative below the usual). */
    public synchronized double score(SeriesKey key) {
        Series s = series.get(key);
        return s == null ? 0 : s.lastScore;
    }

    /**
     * The scores of the whole-rate series (not the per-client ones, whose number is unbounded): what the
     * {@code jewelry.anomaly.score{system,event}} gauge shows.
     */
    public synchronized Map<SeriesKey, Double> scores() {
        Map<SeriesKey, Double> scores = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Series s : series.values()) {
            if (!s.key.isPerValue()) {
                scores.put(s.key, s.lastScore);
            }
        }
        return scores;
    }

    /** Whether the detector watches this series: something was recorded for it and it has not been forgotten. */
    public synchronized boolean watches(SeriesKey key) {
        return series.containsKey(key);
    }

    /** The series in an episode right now. */
    public synchronized List<SeriesKey> inEpisode() {
        List<SeriesKey> keys = new ArrayList<>();
        series.values().stream().filter(s -> s.inEpisode).forEach(s -> keys.add(s.key));
        return keys;
    }

    /** How many series are kept (whole rates and per-client ones). */
    synchronized int trackedSeries() {
        return series.size();
    }

    /** How often the listener threw (it is never allowed to break the caller). */
    public synchronized long listenerFailures() {
        return listenerFailures;
    }

    private Series add(SeriesKey key, long t, long count) {
        advance(t);
        Series s = seriesFor(key);
        openIn(s);
        s.count += count;
        return s;
    }

    private void openIn(Series s) {
        if (s.windowStart != windowStart) {
            s.windowStart = windowStart;
            s.count = 0;
            s.sum = 0;
            s.alarmCount = s.measured ? Long.MAX_VALUE : alarmCount(s);
        }
    }

    private void advance(long t) {
        long start = Math.floorDiv(t, windowMillis) * windowMillis;
        if (windowStart == Long.MIN_VALUE || start - windowStart > LONGEST_WALKED_GAP_MILLIS) {
            openWindow(start);
            return;
        }
        while (windowStart < start) {
            closeWindow();
            openWindow(windowStart + windowMillis);
        }
    }

    private void openWindow(long start) {
        windowStart = start;
        windowHour = Instant.ofEpochMilli(start).atZone(settings.zone()).getHour();
    }

    /** Scores, learns and ends episodes for the window that is closing: every series, zero counts included. */
    private void closeWindow() {
        Instant end = Instant.ofEpochMilli(windowStart + windowMillis);
        List<Series> ended = null;
        for (Series s : series.values()) {
            boolean current = s.windowStart == windowStart;
            if (s.measured && !(current && s.count > 0)) {
                s.lastScore = 0;   // no request, no response time: nothing to judge
            } else {
                judge(s, current ? s.count : 0, current ? s.sum : 0, end);
            }
            if (s.inEpisode) {
                s.quietWindows = Math.abs(s.lastScore) < settings.exitScore()
                        && Math.abs(s.shift) < settings.shiftLogRatio() / 2 ? s.quietWindows + 1 : 0;
                if (s.quietWindows >= settings.quietWindowsToEnd()) {
                    s.inEpisode = false;
                    if (ended == null) {
                        ended = new ArrayList<>(2);
                    }
                    ended.add(s);
                }
            }
        }
        if (ended != null) {
            for (Series s : ended) {
                try {
                    listener.episodeEnded(s.key, end);
                } catch (RuntimeException e) {
                    listenerFailures++;
                }
            }
        }
    }

    private void judge(Series s, long count, double sum, Instant end) {
        double value = s.measured ? sum / count : count;
        double x = Math.log1p(value);
        HourlyBaseline.Bucket expected = expected(s);
        s.lastScore = score(x, expected, !s.measured);
        HourlyBaseline.Bucket hour = s.baseline.hour(windowHour, trustedWindows);
        if (hour == null) {
            s.shift = 0;
        } else {
            // clipped, so that minutes of a flood or an outage do not read as a shift for an hour afterwards
            double limit = 2 * settings.shiftLogRatio();
            double deviation = Math.max(-limit, Math.min(limit, x - hour.mean));
            s.shift += settings.shiftAlpha() * (deviation - s.shift);
        }
        if (!s.inEpisode && expected != null) {
            AnomalyKind kind = kindOf(s, value, expected);
            if (kind != null) {
                startEpisode(s, end, kind, s.measured ? value : value / windowSeconds,
                        s.measured ? expected.usual() : expected.usual() / windowSeconds);
            }
        }
        double alpha = settings.alpha();
        boolean farOut = Math.abs(s.lastScore) >= settings.exitScore();
        s.baseline.learn(windowHour, x, farOut ? alpha / 10 : alpha, settings.minimumSpread());
        if (s.key.isPerValue() && count > 0 && !farOut) {
            pools.computeIfAbsent(s.key.pool(), k -> new HourlyBaseline())
                    .learn(windowHour, x, alpha, settings.minimumSpread());
        }
    }

    /** What this window shows, or null when it is within range. Per-client series are watched for floods only. */
    private AnomalyKind kindOf(Series s, double value, HourlyBaseline.Bucket expected) {
        double minimum = settings.minimumRatePerSecond() * windowSeconds;
        boolean busy = s.measured || value >= minimum;
        boolean usuallyBusy = s.measured || expected.usual() >= minimum;
        if (s.lastScore >= settings.enterScore() && busy) {
            return s.key.isPerValue() ? AnomalyKind.POSSIBLE_DDOS : AnomalyKind.RATE_SPIKE;
        }
        if (s.key.isPerValue()) {
            return s.shift >= settings.shiftLogRatio() && busy ? AnomalyKind.POSSIBLE_DDOS : null;
        }
        if (s.lastScore <= -settings.enterScore() && usuallyBusy) {
            return AnomalyKind.RATE_DROP;
        }
        if (Math.abs(s.shift) >= settings.shiftLogRatio() && (busy || usuallyBusy)) {
            return AnomalyKind.LEVEL_SHIFT;
        }
        return null;
    }

    private HourlyBaseline.Bucket expected(Series s) {
        HourlyBaseline.Bucket own = s.baseline.expected(windowHour, trustedWindows);
        if (own != null || !s.key.isPerValue()) {
            return own;
        }
        // a client never seen (enough) before is compared with the usual client of its system when it is active
        HourlyBaseline pool = pools.get(s.key.pool());
        return pool == null ? null : pool.expected(windowHour, trustedWindows);
    }

    private double score(double x, HourlyBaseline.Bucket expected, boolean counts) {
        if (expected == null) {
            return 0;
        }
        return (x - expected.mean) / expected.spread(settings.minimumSpread(), counts);
    }

    /** The count in the running window from which the window is a burst whatever comes later. */
    private long alarmCount(Series s) {
        HourlyBaseline.Bucket expected = expected(s);
        if (expected == null) {
            return Long.MAX_VALUE;
        }
        double x = expected.mean + settings.enterScore() * expected.spread(settings.minimumSpread(), true);
        double count = Math.max(Math.expm1(x), settings.minimumRatePerSecond() * windowSeconds);
        return count >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) Math.ceil(count));
    }

    private void startEpisode(Series s, Instant at, AnomalyKind kind, double perSecond, double usualPerSecond) {
        s.inEpisode = true;
        s.quietWindows = 0;
        SeriesKey key = s.key;
        // a response time is reported as it is (milliseconds), a rate per minute
        double scale = s.measured ? 1 : 60;
        AnomalyDetected anomaly = new AnomalyDetected(at,
                kind == AnomalyKind.RATE_SPIKE && key.isPerValue() ? AnomalyKind.POSSIBLE_DDOS : kind,
                key.system(), key.event(), key.dimension(), key.value(),
                Math.round(perSecond * scale), Math.round(usualPerSecond * scale),
                Math.round(kind == AnomalyKind.LEVEL_SHIFT ? s.shift / settings.minimumSpread() : s.lastScore),
                (int) windowSeconds);
        try {
            listener.episodeStarted(anomaly);
        } catch (RuntimeException e) {
            listenerFailures++;
        }
    }

    private Series seriesFor(SeriesKey key) {
        Series s = series.get(key);
        if (s != null) {
            return s;
        }
        if (key.isPerValue()) {
            if (perValueSeries >= settings.maxSeries()) {
                forgetOldestQuietClient();
            }
            perValueSeries++;
        }
        s = new Series(key);
        series.put(key, s);
        return s;
    }

    private void forgetOldestQuietClient() {
        for (Iterator<Series> it = series.values().iterator(); it.hasNext(); ) {
            Series s = it.next();
            if (s.key.isPerValue() && !s.inEpisode) {
                it.remove();
                perValueSeries--;
                return;
            }
        }
    }

    private static final class Series {
        final SeriesKey key;
        final HourlyBaseline baseline = new HourlyBaseline();
        /** A response time (a mean of observed values) rather than a count of occurrences. */
        boolean measured;
        long windowStart = Long.MIN_VALUE;
        long count;
        double sum;
        long alarmCount = Long.MAX_VALUE;
        double lastScore;
        /** The recent mean of ln(1 + value) minus this hour's usual one: a level shift when it stays large. */
        double shift;
        boolean inEpisode;
        int quietWindows;

        Series(SeriesKey key) {
            this.key = key;
        }
    }
}
