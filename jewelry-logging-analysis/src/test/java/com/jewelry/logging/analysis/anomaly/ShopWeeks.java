package com.jewelry.logging.analysis.anomaly;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The labelled evaluation set: three weeks of a shop (SHOP), its partner API (API) and a growing business unit
 * (B2B), generated with a fixed seed. Daily curve (0.4 at night to 1.6 in the afternoon), weekends 25% busier, and
 * in the second and third week one incident of each class, each labelled with its start and end. The first week
 * is the probation period: learned, never scored. B2B grows 20% a week and has no incident: any alarm there is false.
 */
final class ShopWeeks {

    static final Instant START = Traffic.DAY_ZERO;
    static final int DAYS = 21;
    static final Instant SCORED_FROM = day(7);
    static final Instant END = day(DAYS);
    /** Normal stepping (counts are added every 5 s) and the 1 s stepping around the fast flood. */
    private static final Duration STEP = Duration.ofSeconds(5);

    static final SeriesKey SHOP_ORDERS = SeriesKey.of("SHOP", "order.created");
    static final SeriesKey SHOP_REQUESTS = SeriesKey.of("SHOP", SeriesKey.HTTP_REQUESTS);
    static final SeriesKey SHOP_ERRORS = SeriesKey.of("SHOP", SeriesKey.ERRORS);
    static final SeriesKey SHOP_RESPONSE_TIME = SeriesKey.of("SHOP", SeriesKey.RESPONSE_TIME);
    static final SeriesKey API_PARTNER_ORDERS = SeriesKey.of("API", "partner_order.received");
    static final SeriesKey API_REQUESTS = SeriesKey.of("API", SeriesKey.HTTP_REQUESTS);
    static final SeriesKey API_ERRORS = SeriesKey.of("API", SeriesKey.ERRORS);
    static final SeriesKey B2B_ORDERS = SeriesKey.of("B2B", "order.created");
    static final SeriesKey B2B_REQUESTS = SeriesKey.of("B2B", SeriesKey.HTTP_REQUESTS);

    static final Incident PARTNER_FLOOD = new Incident("API", "partner flood (one client id, 300/s)", at(8, 11, 0), at(8, 11, 45));
    static final Incident DISTRIBUTED_FLOOD = new Incident("SHOP", "distributed flood (200 networks, 5/s each)", at(9, 15, 0), at(9, 15, 30));
    static final Incident DDOS = new Incident("SHOP", "DDoS at 10,000/s", at(10, 14, 0).plusSeconds(3), at(10, 14, 10));
    static final Incident OUTAGE = new Incident("SHOP", "outage to zero", at(11, 12, 0), at(11, 12, 30));
    static final Incident PROMOTION = new Incident("SHOP", "promotion (orders x3)", at(12, 18, 0), at(12, 21, 0));
    static final Incident LATENCY = new Incident("SHOP", "slow latency degradation (x3 over 6 h)", at(15, 8, 0), at(15, 20, 0));
    static final Incident ERROR_BURST = new Incident("SHOP", "error burst (5/s)", at(16, 10, 0), at(16, 10, 20));
    static final Incident PARTNER_DROP = new Incident("API", "partner orders level shift down (x0.4)", at(17, 9, 0), at(17, 15, 0));
    static final List<Incident> INCIDENTS = List.of(PARTNER_FLOOD, DISTRIBUTED_FLOOD, DDOS, OUTAGE, PROMOTION, LATENCY,
            ERROR_BURST, PARTNER_DROP);
    static final List<String> SYSTEMS = List.of("SHOP", "API", "B2B");

    private final Random random = new Random(20261207L);
    private final List<Source> sources = new ArrayList<>();

    ShopWeeks() {
        sources.add(new Source(SHOP_ORDERS, t -> 4 * usual(t) * (PROMOTION.covers("SHOP", t, Duration.ZERO) ? 3 : 1) * up(t)));
        sources.add(new Source(SHOP_REQUESTS, t -> 40 * usual(t) * (PROMOTION.covers("SHOP", t, Duration.ZERO) ? 2 : 1) * up(t)
                + (DISTRIBUTED_FLOOD.covers("SHOP", t, Duration.ZERO) ? 1_000 : 0)
                + (DDOS.covers("SHOP", t, Duration.ZERO) ? 10_000 : 0)));
        sources.add(new Source(SHOP_ERRORS, t -> ERROR_BURST.covers("SHOP", t, Duration.ZERO) ? 5 : 0.05 * usual(t)));
        for (int n = 1; n <= 20; n++) {
            sources.add(new Source(network("203.0." + n), t -> 1.5 * usual(t) * up(t)));
        }
        for (int n = 1; n <= 200; n++) {
            sources.add(new Source(network("198.51." + n), t -> DISTRIBUTED_FLOOD.covers("SHOP", t, Duration.ZERO) ? 5 : 0));
        }
        sources.add(new Source(network("192.0.2"), t -> DDOS.covers("SHOP", t, Duration.ZERO) ? 10_000 : 0));
        sources.add(new Source(API_PARTNER_ORDERS, t -> 3 * usual(t) * (PARTNER_DROP.covers("API", t, Duration.ZERO) ? 0.4 : 1)));
        sources.add(new Source(API_REQUESTS, t -> 12 * usual(t) + (PARTNER_FLOOD.covers("API", t, Duration.ZERO) ? 300 : 0)));
        sources.add(new Source(API_ERRORS, t -> 0.02 * usual(t)));
        for (int n = 1; n <= 5; n++) {
            boolean flooding = n == 3;
            sources.add(new Source(SeriesKey.requestsBy("API", SeriesKey.CLIENT_ID, "P-EVAL-0" + n),
                    t -> 2 * usual(t) + (flooding && PARTNER_FLOOD.covers("API", t, Duration.ZERO) ? 300 : 0)));
        }
        sources.add(new Source(B2B_ORDERS, t -> 2 * usual(t) * growth(t)));
        sources.add(new Source(B2B_REQUESTS, t -> 10 * usual(t) * growth(t)));
    }

    static Instant day(int n) {
        return START.plus(Duration.ofDays(n));
    }

    private static Instant at(int day, int hour, int minute) {
        return day(day).plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }

    private static SeriesKey network(String prefix) {
        return SeriesKey.requestsBy("SHOP", SeriesKey.CLIENT_ADDRESS, prefix + ".0/24");
    }

    /** Daily curve and busier weekends. */
    private static double usual(Instant t) {
        DayOfWeek day = t.atZone(ZoneOffset.UTC).getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return Traffic.dailyCurve(t) * (weekend ? 1.25 : 1);
    }

    /** 0 during the outage. */
    private static double up(Instant t) {
        return OUTAGE.covers("SHOP", t, Duration.ZERO) ? 0 : 1;
    }

    /** 20% a week, compounded. */
    private static double growth(Instant t) {
        return Math.pow(1.2, Duration.between(START, t).toSeconds() / (7 * 86_400.0));
    }

    /** Response time in ms: slower when busy, three times slower after six hours of the degradation. */
    private static double responseMillis(Instant t, Random random) {
        double degradation = 1;
        if (LATENCY.covers("SHOP", t, Duration.ZERO)) {
            double hours = Duration.between(LATENCY.start(), t).toSeconds() / 3600.0;
            degradation = 1 + 2 * Math.min(1, hours / 6);
        }
        return 150 * (0.8 + 0.2 * Traffic.dailyCurve(t)) * degradation * Math.exp(0.1 * random.nextGaussian());
    }

    /** What the three weeks are played into: the detector, or the per-minute vectors of the forest. */
    interface Feed {
        void record(SeriesKey key, Instant at, long count);

        void observe(SeriesKey key, Instant at, double value);

        void advanceTo(Instant now);
    }

    /** Feeds the three weeks into the detector as they happen. */
    void play(AnomalyDetector detector) {
        play(new Feed() {
            @Override
            public void record(SeriesKey key, Instant at, long count) {
                detector.record(key, at, count);
            }

            @Override
            public void observe(SeriesKey key, Instant at, double value) {
                detector.observe(key, at, value);
            }

            @Override
            public void advanceTo(Instant now) {
                detector.advanceTo(now);
            }
        });
    }

    void play(Feed detector) {
        Instant t = START;
        while (t.isBefore(END)) {
            boolean fast = !t.isBefore(DDOS.start().minusSeconds(60)) && t.isBefore(DDOS.end());
            long step = (fast ? Duration.ofSeconds(1) : STEP).toSeconds();
            for (Source source : sources) {
                long n = Traffic.poisson(random, source.rate.applyAsDouble(t) * step);
                detector.record(source.key, t, n);
            }
            if (up(t) > 0) {
                detector.observe(SHOP_RESPONSE_TIME, t, responseMillis(t, random));
            }
            t = t.plusSeconds(step);
            detector.advanceTo(t);
        }
    }

    private record Source(SeriesKey key, ToDoubleFunction<Instant> rate) {
    }
}
