package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Drops, level shifts, changed shapes and response times, and the two defects of the report path. */
class EveryDirectionTest {

    private static final SeriesKey SHOP_ORDERS = SeriesKey.of("SHOP", "order.created");
    private static final SeriesKey SHOP_REQUESTS = SeriesKey.of("SHOP", SeriesKey.HTTP_REQUESTS);
    private static final SeriesKey SHOP_RESPONSE_TIME = SeriesKey.of("SHOP", SeriesKey.RESPONSE_TIME);
    private static final Duration WINDOW = DetectorSettings.defaults().window();

    private final Recorded recorded = new Recorded();
    private final AnomalyDetector detector = new AnomalyDetector(DetectorSettings.defaults(),
            Clock.fixed(Traffic.DAY_ZERO, ZoneOffset.UTC), recorded);

    private static Traffic shop() {
        return new Traffic().addDaily(SHOP_ORDERS, 4).addDaily(SHOP_REQUESTS, 20);
    }

    private static Instant day(int n) {
        return Traffic.DAY_ZERO.plus(Traffic.DAY.multipliedBy(n));
    }

    @Test
    void aWholeMinutesCountPutAtTheMinutesStartIsReportedAtItsTrueRateNotPerSecond() {
        DetectorSettings perMinute = DetectorSettings.perMinute();
        AnomalyDetector report = new AnomalyDetector(perMinute, Clock.fixed(day(3), ZoneOffset.UTC), recorded);
        Traffic usual = new Traffic();
        for (Instant minute = day(0); minute.isBefore(day(2)); minute = minute.plus(perMinute.window())) {
            report.recordWindow(SHOP_ORDERS, minute, usual.poisson(100));
        }
        Instant burst = day(2).plus(Duration.ofHours(12));
        for (Instant minute = day(2); minute.isBefore(burst); minute = minute.plus(perMinute.window())) {
            report.recordWindow(SHOP_ORDERS, minute, usual.poisson(100));
        }
        report.recordWindow(SHOP_ORDERS, burst, 1_200);
        report.advanceTo(burst.plus(Duration.ofMinutes(1)));

        assertThat(recorded.started).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.RATE_SPIKE);
            assertThat(a.ratePerMinute()).as("the minute's own rate, not 60 times it").isEqualTo(1_200);
            assertThat(a.baselinePerMinute()).isBetween(90L, 110L);
            assertThat(a.score()).as("ln(1201/101) over a spread of about 0.26").isBetween(6L, 12L);
            assertThat(a.time()).as("decided when the minute closed").isEqualTo(burst.plus(Duration.ofMinutes(1)));
        });
    }

    @Test
    void withHourlyWindowsEachHourOfTheDayIsTrustedAfterThreeDaysNotThirty() {
        DetectorSettings hourly = DetectorSettings.defaults().withWindow(Duration.ofHours(1));
        AnomalyDetector report = new AnomalyDetector(hourly, Clock.fixed(day(0), ZoneOffset.UTC), recorded);
        Traffic usual = new Traffic();
        Instant burst = day(3).plus(Duration.ofHours(14));
        for (Instant hour = day(0); hour.isBefore(burst); hour = hour.plus(hourly.window())) {
            report.recordWindow(SHOP_ORDERS, hour, usual.poisson(4 * 3600 * Traffic.dailyCurve(hour)));
        }
        report.recordWindow(SHOP_ORDERS, burst, 10 * 4 * 3600);
        report.advanceTo(burst.plus(Duration.ofHours(1)));

        assertThat(recorded.started).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.RATE_SPIKE);
            assertThat(a.time()).isEqualTo(burst.plus(Duration.ofHours(1)));
            assertThat(a.baselinePerMinute()).as("the usual 14:00, not the average hour").isBetween(340L, 400L);
        });
    }

    @Test
    void ordersStoppingAtNoonAreADropFlaggedWithinTwoWindowsOnceForTheWholeOutage() {
        Instant noon = day(7).plus(Duration.ofHours(12));
        shop().play(detector, day(0), noon, WINDOW);
        recorded.started.clear();
        shop().without(SHOP_ORDERS).play(detector, noon, noon.plus(Duration.ofMinutes(30)), WINDOW);
        shop().play(detector, noon.plus(Duration.ofMinutes(30)), noon.plus(Duration.ofHours(3)), WINDOW);

        assertThat(recorded.started).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.RATE_DROP);
            assertThat(SeriesKey.of(a)).isEqualTo(SHOP_ORDERS);
            assertThat(a.ratePerMinute()).isZero();
            assertThat(a.score()).isLessThanOrEqualTo(-6);
            assertThat(Duration.between(noon, a.time())).isLessThanOrEqualTo(WINDOW.multipliedBy(2));
        });
        assertThat(recorded.ended).containsExactly(SHOP_ORDERS);
    }

    @ParameterizedTest(name = "orders at {0} times the usual rate for two hours are a level shift")
    @CsvSource({"0.5", "2.0"})
    void aRateSettlingAtAnotherLevelIsALevelShiftThatNoSingleWindowProves(double factor) {
        Instant at = day(7).plus(Duration.ofHours(10));
        shop().play(detector, day(0), at, WINDOW);
        recorded.started.clear();
        shop().without(SHOP_ORDERS).addDaily(SHOP_ORDERS, 4 * factor).play(detector, at, at.plus(Duration.ofHours(2)), WINDOW);

        assertThat(recorded.started).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.LEVEL_SHIFT);
            assertThat(SeriesKey.of(a)).isEqualTo(SHOP_ORDERS);
            assertThat(Long.signum(a.score())).isEqualTo(factor > 1 ? 1 : -1);
            assertThat(Duration.between(at, a.time())).isLessThan(Duration.ofMinutes(90));
        });
    }

    @Test
    void aDailyCurveThatFlattensIsFlaggedAsAShiftWhereItDiffersMost() {
        shop().play(detector, day(0), day(7), WINDOW);
        recorded.started.clear();
        shop().without(SHOP_ORDERS).add(SHOP_ORDERS, s -> 4).play(detector, day(7), day(8), WINDOW);

        // higher at night, lower in the afternoon: at most one episode for each
        assertThat(recorded.started).hasSizeBetween(1, 2).allSatisfy(a -> {
            assertThat(SeriesKey.of(a)).isEqualTo(SHOP_ORDERS);
            assertThat(a.kind()).isEqualTo(AnomalyKind.LEVEL_SHIFT);
        });
    }

    @Test
    void aResponseTimeCreepingToThreeTimesItsUsualOverSixHoursIsFlaggedButItsDailyNoiseIsNot() {
        Random noise = new Random(7);
        Instant degradation = day(7).plus(Duration.ofHours(8));
        Instant until = degradation.plus(Duration.ofHours(8));
        for (Instant t = day(0); t.isBefore(until); t = t.plus(WINDOW)) {
            double hoursIn = Math.max(0, Duration.between(degradation, t).toSeconds() / 3600.0);
            double factor = 1 + 2 * Math.min(1, hoursIn / 6);
            double millis = 120 * Traffic.dailyCurve(t) * factor * Math.exp(0.15 * noise.nextGaussian());
            detector.observe(SHOP_RESPONSE_TIME, t, millis);
            if (t.equals(degradation)) {
                assertThat(recorded.started).as("a week of normal response times").isEmpty();
            }
        }
        detector.advanceTo(until);

        assertThat(recorded.started).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnomalyKind.LEVEL_SHIFT);
            assertThat(SeriesKey.of(a)).isEqualTo(SHOP_RESPONSE_TIME);
            assertThat(a.ratePerMinute()).as("milliseconds now").isGreaterThan(a.baselinePerMinute());
            assertThat(Duration.between(degradation, a.time())).isLessThan(Duration.ofHours(5));
        });
    }

    @Test
    void aPartnerWhoseRequestsStopIsNotAnAlarmPerClientOnlyFloodsAre() {
        SeriesKey partner = SeriesKey.requestsBy("API", SeriesKey.CLIENT_ID, "P-TEST-01");
        Instant at = day(3).plus(Duration.ofHours(12));
        new Traffic().addDaily(partner, 3).play(detector, day(0), at, WINDOW);
        detector.advanceTo(at.plus(Duration.ofHours(2)));

        assertThat(recorded.started).isEmpty();
    }
}
