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
 * Finds event rates that leave their usual range: orders created at 10,000/s where 4/s is usual, a flood of requests
 * from one partner or one address. Counts occurrences per {@link SeriesKey} in fixed windows, learns the usual
 * log-rate per hour of the day ({@link HourlyBaseline}) and scores each window by how many spreads its log-rate lies
 * above the usual one. A score of {@link DetectorSettings#enterScore()} starts an episode and tells the
 * {@link AnomalyListener} once; the episode ends when the score stays below {@link DetectorSettings#exitScore()} for
 * {@link DetectorSettings#quietWindowsToEnd()} windows.
 *
 * <p>A burst is flagged as soon as the count of the running window alone proves it, not at the end of the window: a
 * jump to 10,000/s is reported within the first second. What is learned during an episode is clipped and slowed
 * tenfold, so an attack does not become the new normal while a lasting change is still followed within days.
 *
 * <p>Used in a service ({@link #record(SeriesKey)} per occurrence, {@link #tick()} from a scheduler, both on the
 * injected clock) and over stored logs ({@link #record(SeriesKey, Instant, long)} with the lines' own times, in time
 * order). Thread-safe; the methods are short and synchronized.
 */
public final class AnomalyDetector {

    private final DetectorSettings settings;
    private final Clock clock;
    private final AnomalyListener listener;
    private final long windowMillis;
    private final double windowSeconds;
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
    }

    public DetectorSettings settings() {
        return settings;
    }

    /** One occurrence now (on the injected clock). */
    public void record(SeriesKey key) {
        record(key, clock.instant(), 1);
    }

    /** {@code count} occurrences at {@code at}. Times should not go backwards; a late one counts in the running window. */
    public synchronized void record(SeriesKey key, Instant at, long count) {
        if (count <= 0) {
            return;
        }
        long t = at.toEpochMilli();
        advance(t);
        Series s = seriesFor(key);
        if (s.windowStart != windowStart) {
            s.windowStart = windowStart;
            s.count = 0;
            s.alarmCount = alarmCount(s);
        }
        s.count += count;
        if (!s.inEpisode && s.count >= s.alarmCount) {
            // the running window alone already proves the burst: report now, not at the window's end
            double elapsed = Math.max(1.0, (t - windowStart) / 1000.0);
            double rate = s.count / elapsed;
            HourlyBaseline.Bucket expected = expected(s);
            s.lastScore = score(Math.log(rate), expected);
            startEpisode(s, at, rate, expected);
        }
    }

    /** Closes the windows that ended before now (call it every few seconds from a scheduler). */
    public void tick() {
        advanceTo(clock.instant());
    }

    /** Closes the windows that ended before {@code now} (for stored logs: the end of the period read). */
    public synchronized void advanceTo(Instant now) {
        advance(now.toEpochMilli());
    }

    /** The score of the last closed window of a series (0 when unknown, learning or idle). */
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

    private void advance(long t) {
        long start = Math.floorDiv(t, windowMillis) * windowMillis;
        if (windowStart == Long.MIN_VALUE) {
            openWindow(start);
            return;
        }
        int emptyClosed = 0;
        while (windowStart < start) {
            boolean hadCounts = closeWindow();
            emptyClosed = hadCounts ? 0 : emptyClosed + 1;
            if (emptyClosed > settings.quietWindowsToEnd()) {
                // a long gap: every episode has ended by now, no need to walk it window by window
                openWindow(start);
                return;
            }
            openWindow(windowStart + windowMillis);
        }
    }

    private void openWindow(long start) {
        windowStart = start;
        windowHour = Instant.ofEpochMilli(start).atZone(settings.zone()).getHour();
    }

    /** Scores, learns and ends episodes for the window that is closing; true when any series had counts in it. */
    private boolean closeWindow() {
        boolean hadCounts = false;
        Instant end = Instant.ofEpochMilli(windowStart + windowMillis);
        double alpha = settings.alpha();
        List<Series> ended = null;
        for (Series s : series.values()) {
            boolean active = s.windowStart == windowStart && s.count > 0;
            if (active) {
                hadCounts = true;
                double logRate = Math.log(s.count / windowSeconds);
                HourlyBaseline.Bucket expected = expected(s);
                s.lastScore = score(logRate, expected);
                if (!s.inEpisode && expected != null && s.lastScore >= settings.enterScore()
                        && s.count / windowSeconds >= settings.minimumRatePerSecond()) {
                    startEpisode(s, end, s.count / windowSeconds, expected);
                }
                if (s.inEpisode) {
                    s.baseline.learn(windowHour, logRate, alpha / 10, settings.minimumSpread());
                } else {
                    s.baseline.learn(windowHour, logRate, alpha, settings.minimumSpread());
                    if (s.key.isPerValue()) {
                        pools.computeIfAbsent(s.key.pool(), k -> new HourlyBaseline())
                                .learn(windowHour, logRate, alpha, settings.minimumSpread());
                    }
                }
            } else {
                s.lastScore = 0;
            }
            if (s.inEpisode) {
                s.quietWindows = active && s.lastScore >= settings.exitScore() ? 0 : s.quietWindows + 1;
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
        return hadCounts;
    }

    private HourlyBaseline.Bucket expected(Series s) {
        HourlyBaseline.Bucket own = s.baseline.expected(windowHour, settings.warmUpWindows());
        if (own != null || !s.key.isPerValue()) {
            return own;
        }
        // a client never seen (enough) before is compared with the usual client of its system
        HourlyBaseline pool = pools.get(s.key.pool());
        return pool == null ? null : pool.expected(windowHour, settings.warmUpWindows());
    }

    private double score(double logRate, HourlyBaseline.Bucket expected) {
        if (expected == null) {
            return 0;
        }
        return (logRate - expected.mean) / expected.spread(settings.minimumSpread(), windowSeconds);
    }

    /** The count in the running window from which the window's rate is an anomaly whatever comes later. */
    private long alarmCount(Series s) {
        HourlyBaseline.Bucket expected = expected(s);
        if (expected == null) {
            return Long.MAX_VALUE;
        }
        double logRate = expected.mean + settings.enterScore() * expected.spread(settings.minimumSpread(), windowSeconds);
        double count = Math.max(Math.exp(logRate), settings.minimumRatePerSecond()) * windowSeconds;
        return count >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) Math.ceil(count));
    }

    private void startEpisode(Series s, Instant at, double ratePerSecond, HourlyBaseline.Bucket expected) {
        s.inEpisode = true;
        s.quietWindows = 0;
        SeriesKey key = s.key;
        AnomalyDetected anomaly = new AnomalyDetected(at,
                key.isPerValue() ? AnomalyKind.POSSIBLE_DDOS : AnomalyKind.RATE_SPIKE,
                key.system(), key.event(), key.dimension(), key.value(),
                Math.round(ratePerSecond * 60), Math.round(Math.exp(expected.mean) * 60),
                Math.round(s.lastScore), (int) windowSeconds);
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
        long windowStart = Long.MIN_VALUE;
        long count;
        long alarmCount = Long.MAX_VALUE;
        double lastScore;
        boolean inEpisode;
        int quietWindows;

        Series(SeriesKey key) {
            this.key = key;
        }
    }
}
