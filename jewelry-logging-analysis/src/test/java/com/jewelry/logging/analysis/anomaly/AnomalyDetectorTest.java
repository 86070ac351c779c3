package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.AnomalyKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The detector on generated traffic: quiet on normal days, fast on floods. */
class AnomalyDetectorTest {

    private static final SeriesKey SHOP_ORDERS = SeriesKey.of("SHOP", "order.created");
    private static final SeriesKey API_PARTNER_ORDERS = SeriesKey.of("API", "partner_order.received");
    private static final SeriesKey API_REQUESTS = SeriesKey.of("API", SeriesKey.HTTP_REQUESTS);
    private static final SeriesKey SHOP_ERRORS = SeriesKey.of("SHOP", SeriesKey.ERRORS);
    private static final Duration WINDOW = DetectorSettings.defaults().window();

    private final Recorded recorded = new Recorded();
    private final AnomalyDetector detector = new AnomalyDetector(DetectorSettings.defaults(),
            Clock.fixed(Traffic.DAY_ZERO, ZoneOffset.UTC), recorded);

    /** About 4 orders/s over the day, partners, errors, and requests from five partners and rotating addresses. */
    private static Traffic normalBusiness() {
        Traffic traffic = new Traffic()
                .addDaily(SHOP_ORDERS, 4)
                .addDaily(API_PARTNER_ORDERS, 0.5)
                .addDaily(SHOP_ERRORS, 0.05)
                .addDaily(API_REQUESTS, 12);
        for (int partner = 1; partner <= 5; partner++) {
            traffic.addDaily(SeriesKey.requestsBy("API", SeriesKey.CLIENT_ID, partnerId(partner)), 2);
        }
        // addresses as the masking module writes them: pseudonyms, and a new set every hour
        for (int slot = 0; slot < 4; slot++) {
            int s = slot;
            for (int hour = 0; hour < 24; hour++) {
                int h = hour;
                SeriesKey address = SeriesKey.requestsBy("API", SeriesKey.CLIENT_ADDRESS, "ip~" + Integer.toHexString(0x5a00 + h * 16 + s));
                traffic.add(address, second -> ((long) second % 86_400) / 3600 == h ? 0.5 * Traffic.dailyCurve(Traffic.DAY_ZERO.plusSeconds((long) second)) : 0);
            }
        }
        return traffic;
    }

    private static String partnerId(int n) {
        return "P-TEST-0" + n;
    }

    private static Instant day(int n) {
        return Traffic.DAY_ZERO.plus(Traffic.DAY.multipliedBy(n));
    }

    @Test
    void aSteadyDayWithItsDailyCurveRaisesNothing() {
        Traffic traffic = normalBusiness();
        traffic.play(detector, day(0), day(7), WINDOW);
        recorded.started.clear();

        double[] maxScore = {0};
        Traffic watched = normalBusiness();
        for (Instant t = day(7); t.isBefore(day(8)); t = t.plus(Duration.ofHours(1))) {
            watched.play(detector, t, t.plus(Duration.ofHours(1)), WINDOW);
            maxScore[0] = Math.max(maxScore[0], detector.scores().values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }

        assertThat(recorded.started).as("anomalies on a normal day").isEmpty();
        assertThat(maxScore[0]).isLessThan(DetectorSettings.defaults().enterScore());
        System.out.printf("steady day: %d anomalies, highest whole-rate score at an hour's end %.2f%n", recorded.started.size(), maxScore[0]);
    }

    @Test
    void aJumpToTenThousandOrdersPerSecondIsFlaggedWithinSeconds() {
        normalBusiness().play(detector, day(0), day(7), WINDOW);
        recorded.started.clear();
        Instant jump = day(7).plus(Duration.ofHours(14)).plusSeconds(3);
        normalBusiness().play(detector, day(7), jump, Duration.ofSeconds(1));

        Traffic flood = normalBusiness().without(SHOP_ORDERS).add(SHOP_ORDERS, s -> 10_000);
        flood.play(detector, jump, jump.plus(Duration.ofMinutes(10)), Duration.ofSeconds(1));

        assertThat(recorded.started).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.kind()).isEqualTo(AnomalyKind.RATE_SPIKE);
            assertThat(SeriesKey.of(anomaly)).isEqualTo(SHOP_ORDERS);
            // the rate of the running window so far: a lower bound, the jump came 3 s into the window
            assertThat(anomaly.baselinePerMinute()).isBetween(150L, 450L);
            assertThat(anomaly.ratePerMinute()).isGreaterThan(100 * anomaly.baselinePerMinute());
            assertThat(anomaly.score()).isGreaterThanOrEqualTo(6);
            Duration delay = Duration.between(jump, anomaly.time());
            assertThat(delay).isLessThanOrEqualTo(Duration.ofSeconds(1));
            System.out.printf("10,000/s jump: flagged after %d ms, score %d, rate %d/min against %d/min usual%n",
                    delay.toMillis(), anomaly.score(), anomaly.ratePerMinute(), anomaly.baselinePerMinute());
        });
        assertThat(detector.score(SHOP_ORDERS)).isGreaterThan(20);
    }

    @Test
    void anEpisodeEndsAfterQuietWindowsAndTheNextFloodIsANewEpisode() {
        Instant first = day(7).plus(Duration.ofHours(10));
        normalBusiness().play(detector, day(0), first, WINDOW);
        recorded.started.clear();
        Traffic flood = normalBusiness().without(SHOP_ORDERS).add(SHOP_ORDERS, s -> 10_000);
        flood.play(detector, first, first.plus(Duration.ofMinutes(5)), WINDOW);
        Instant calm = first.plus(Duration.ofMinutes(5));
        normalBusiness().play(detector, calm, calm.plus(Duration.ofMinutes(30)), WINDOW);
        Instant second = calm.plus(Duration.ofMinutes(30));
        flood.play(detector, second, second.plus(Duration.ofMinutes(5)), WINDOW);

        assertThat(recorded.started).extracting(SeriesKey::of).containsExactly(SHOP_ORDERS, SHOP_ORDERS);
        assertThat(recorded.ended).containsExactly(SHOP_ORDERS);
        Duration toEnd = Duration.between(calm, recorded.endedAt.get(0));
        assertThat(toEnd).isEqualTo(WINDOW.multipliedBy(DetectorSettings.defaults().quietWindowsToEnd()));
    }

    @Test
    void aFloodOfFewerMinutesDoesNotTeachTheBaselineThatFloodsAreNormal() {
        Instant at = day(7).plus(Duration.ofHours(10));
        normalBusiness().play(detector, day(0), at, WINDOW);
        normalBusiness().without(SHOP_ORDERS).add(SHOP_ORDERS, s -> 10_000).play(detector, at, at.plus(Duration.ofMinutes(30)), WINDOW);
        recorded.started.clear();
        // the same flood at the same hour the next day is just as unusual
        Instant nextDay = at.plus(Traffic.DAY);
        normalBusiness().play(detector, at.plus(Duration.ofMinutes(30)), nextDay, WINDOW);
        normalBusiness().without(SHOP_ORDERS).add(SHOP_ORDERS, s -> 10_000).play(detector, nextDay, nextDay.plus(Duration.ofMinutes(1)), WINDOW);

        assertThat(recorded.started).extracting(SeriesKey::of).contains(SHOP_ORDERS);
    }

    @Test
    void aSlowRiseOfTwentyPercentOverAWeekIsNotFlagged() {
        normalBusiness().play(detector, day(0), day(7), WINDOW);
        recorded.started.clear();
        double week = Duration.ofDays(7).toSeconds();
        double start = day(7).getEpochSecond() - Traffic.DAY_ZERO.getEpochSecond();
        Traffic growing = normalBusiness().without(SHOP_ORDERS).add(SHOP_ORDERS, s -> 4 * Traffic.dailyCurve(Traffic.DAY_ZERO.plusSeconds((long) s))
                * (1 + 0.2 * Math.max(0, s - start) / week));
        growing.play(detector, day(7), day(14), WINDOW);

        assertThat(recorded.started).isEmpty();
    }

    @Test
    void aFloodFromOnePartnerIsFlaggedAsAPossibleDdos() {
        normalBusiness().play(detector, day(0), day(7), WINDOW);
        recorded.started.clear();
        Instant at = day(7).plus(Duration.ofHours(11));
        SeriesKey partner = SeriesKey.requestsBy("API", SeriesKey.CLIENT_ID, partnerId(3));
        normalBusiness().play(detector, day(7), at, WINDOW);
        normalBusiness().add(partner, s -> 300).add(API_REQUESTS, s -> 300)
                .play(detector, at, at.plus(Duration.ofMinutes(2)), Duration.ofSeconds(1));

        assertThat(recorded.started).filteredOn(a -> a.kind() == AnomalyKind.POSSIBLE_DDOS).singleElement().satisfies(a -> {
            assertThat(a.dimension()).isEqualTo("client.id");
            assertThat(a.dimensionValue()).isEqualTo(partnerId(3));
            assertThat(Duration.between(at, a.time())).isLessThanOrEqualTo(Duration.ofSeconds(5));
        });
    }

    @Test
    void aFloodFromOneNeverSeenPseudonymisedAddressIsFlaggedAgainstTheUsualClient() {
        normalBusiness().play(detector, day(0), day(2), WINDOW);
        recorded.started.clear();
        Instant at = day(2).plus(Duration.ofHours(3));
        normalBusiness().play(detector, day(2), at, WINDOW);
        SeriesKey attacker = SeriesKey.requestsBy("API", SeriesKey.CLIENT_ADDRESS, "ip~ffee01");
        normalBusiness().add(attacker, s -> 200).play(detector, at, at.plus(Duration.ofMinutes(1)), Duration.ofSeconds(1));

        assertThat(recorded.started).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.POSSIBLE_DDOS);
            assertThat(SeriesKey.of(a)).isEqualTo(attacker);
            assertThat(a.baselinePerMinute()).isBetween(5L, 60L);
        });
    }

    @Test
    void aRareEventGettingLessRareStaysBelowTheMinimumRate() {
        SeriesKey rare = SeriesKey.of("CRM", SeriesKey.ERRORS);
        new Traffic().add(rare, s -> 0.01).play(detector, day(0), day(3), WINDOW);
        new Traffic().add(rare, s -> 0.08).play(detector, day(3), day(3).plus(Duration.ofHours(2)), WINDOW);

        assertThat(recorded.started).isEmpty();
    }

    @Test
    void occurrencesAndTicksFollowTheInjectedClock() {
        AtomicReference<Instant> now = new AtomicReference<>(day(0));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        AnomalyDetector live = new AnomalyDetector(DetectorSettings.defaults(), clock, recorded);
        SeriesKey orders = SeriesKey.of("SHOP", "order.created");
        for (int second = 0; second < 3600; second++) {
            now.set(day(0).plusSeconds(second));
            for (int i = 0; i < 4; i++) {
                live.record(orders);
            }
            live.tick();
        }
        now.set(day(0).plusSeconds(3600));
        IntStream.range(0, 2000).forEach(i -> live.record(orders));

        assertThat(recorded.started).singleElement().satisfies(a -> assertThat(a.time()).isEqualTo(day(0).plusSeconds(3600)));
        assertThat(live.inEpisode()).containsExactly(orders);
        for (int second = 3601; second <= 3600 + 120; second++) {
            now.set(day(0).plusSeconds(second));
            for (int i = 0; i < 4; i++) {
                live.record(orders);
            }
            live.tick();
        }
        assertThat(live.inEpisode()).isEmpty();
        assertThat(recorded.ended).containsExactly(orders);
    }

    @Test
    void aListenerThatThrowsNeverReachesTheCaller() {
        AnomalyDetector withBadListener = new AnomalyDetector(DetectorSettings.defaults(),
                Clock.systemUTC(), anomaly -> { throw new IllegalStateException("mail server down"); });
        new Traffic().add(SHOP_ORDERS, s -> 4).play(withBadListener, day(0), day(0).plus(Duration.ofHours(1)), WINDOW);
        new Traffic().add(SHOP_ORDERS, s -> 10_000).play(withBadListener, day(0).plus(Duration.ofHours(1)),
                day(0).plus(Duration.ofHours(1)).plusSeconds(20), Duration.ofSeconds(1));

        assertThat(withBadListener.listenerFailures()).isEqualTo(1);
        assertThat(withBadListener.inEpisode()).containsExactly(SHOP_ORDERS);
    }

    @Test
    void forgetsTheLeastRecentlySeenQuietClientsBeyondTheLimit() {
        AnomalyDetector small = new AnomalyDetector(DetectorSettings.defaults().withMaxSeries(3),
                Clock.systemUTC(), recorded);
        List<String> addresses = List.of("ip~a1", "ip~a2", "ip~a3", "ip~a4");
        for (String address : addresses) {
            small.record(SeriesKey.requestsBy("API", SeriesKey.CLIENT_ADDRESS, address), day(0), 1);
        }
        small.record(SHOP_ORDERS, day(0), 1);
        small.advanceTo(day(0).plusSeconds(10));
        small.record(SeriesKey.requestsBy("API", SeriesKey.CLIENT_ADDRESS, "ip~a1"), day(0).plusSeconds(10), 1);
        small.advanceTo(day(0).plusSeconds(20));

        assertThat(small.trackedSeries()).isEqualTo(4);
        assertThat(small.scores()).containsOnlyKeys(SHOP_ORDERS);
    }
}
