package com.jewelry.logging.analysis.anomaly;

import com.jewelry.logging.core.event.AnomalyDetected;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The default detector on three labelled weeks ({@link ShopWeeks}), scored like the public streaming benchmarks
 * ({@link StreamingScore}). Prints the figures docs/analysis.md quotes, and holds the detector to issue 17's bar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationTest {

    /** After an incident's end the recovery still belongs to it (a tail, as the benchmarks' windows have). */
    private static final Duration TAIL = Duration.ofMinutes(10);

    private final Recorded recorded = new Recorded();
    private List<AnomalyDetected> scored;
    private StreamingScore score;

    @BeforeAll
    void playThreeWeeks() {
        AnomalyDetector detector = new AnomalyDetector(DetectorSettings.defaults(),
                Clock.fixed(ShopWeeks.START, ZoneOffset.UTC), recorded);
        new ShopWeeks().play(detector);
        scored = recorded.started.stream().filter(a -> !a.time().isBefore(ShopWeeks.SCORED_FROM)).toList();
        score = StreamingScore.of(ShopWeeks.INCIDENTS, recorded.started, ShopWeeks.SCORED_FROM, TAIL);

        System.out.printf("evaluation: %d incidents, %d detected, %d alarms scored, %d false%n",
                ShopWeeks.INCIDENTS.size(), score.detected(), scored.size(), score.falseAlarms().size());
        System.out.printf("evaluation: precision %.2f, recall %.2f, score %.1f (raw %.2f)%n",
                score.precision(scored), score.recall(), score.normalised(), score.raw());
        score.detections().forEach((incident, first) -> System.out.printf("  %-45s %s%n", incident.incidentClass(),
                first.map(a -> String.format("after %5ds  %-12s %-32s worth %.3f", Duration.between(incident.start(),
                        a.time()).toSeconds(), a.kind(), SeriesKey.of(a), score.worth(incident, a.time()))).orElse("MISSED")));
        score.falseAlarms().forEach(a -> System.out.printf("  false alarm %s %s %s score %d%n", a.time(), a.kind(), SeriesKey.of(a), a.score()));
        System.out.printf("  false alarms per steady day per system: %s%n", falseAlarmsPerSteadyDay());
    }

    @Test
    void everyIncidentClassIsFlagged() {
        assertThat(score.detections()).allSatisfy((incident, first) ->
                assertThat(first).as(incident.incidentClass()).isPresent());
    }

    @Test
    void theOutageIsFlaggedWithinTwoWindows() {
        assertThat(delayOf(ShopWeeks.OUTAGE)).isLessThanOrEqualTo(DetectorSettings.defaults().window().multipliedBy(2));
    }

    @Test
    void theFloodOfTenThousandPerSecondIsFlaggedWithinOneSecond() {
        assertThat(delayOf(ShopWeeks.DDOS)).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void noServiceHasMoreThanOneFalseAlarmPerSteadyDay() {
        assertThat(falseAlarmsPerSteadyDay()).allSatisfy((system, perDay) -> assertThat(perDay).as(system).isLessThanOrEqualTo(1.0));
    }

    @Test
    void twentyPercentGrowthAWeekIsNotFlagged() {
        assertThat(recorded.started).filteredOn(a -> a.system().equals("B2B")).isEmpty();
    }

    @Test
    void theScoreBeatsAlarmingOnEveryStartByFarAndPrecisionIsHigh() {
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.normalised()).isGreaterThan(80);
        assertThat(score.precision(scored)).isGreaterThan(0.5);
    }

    private Duration delayOf(Incident incident) {
        Optional<AnomalyDetected> first = score.detections().get(incident);
        assertThat(first).as(incident.incidentClass()).isPresent();
        return Duration.between(incident.start(), first.get().time());
    }

    /** False alarms of each system on the scored days without any incident, per such day. */
    private Map<String, Double> falseAlarmsPerSteadyDay() {
        Set<Instant> incidentDays = ShopWeeks.INCIDENTS.stream()
                .map(i -> i.start().truncatedTo(ChronoUnit.DAYS)).collect(Collectors.toSet());
        List<Instant> steadyDays = java.util.stream.IntStream.range(7, ShopWeeks.DAYS).mapToObj(ShopWeeks::day)
                .filter(d -> !incidentDays.contains(d)).toList();
        return ShopWeeks.SYSTEMS.stream().collect(Collectors.toMap(system -> system, system -> (double) score.falseAlarms()
                .stream().filter(a -> a.system().equals(system))
                .filter(a -> steadyDays.contains(a.time().truncatedTo(ChronoUnit.DAYS))).count() / steadyDays.size(),
                (a, b) -> a, java.util.TreeMap::new));
    }
}
