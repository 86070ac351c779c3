package com.jewelry.logging.analysis.anomaly;

import com.amazon.randomcutforest.RandomCutForest;
import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.AnomalyKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Random Cut Forest (randomcutforest-core, the algorithm of OpenSearch's anomaly detection) on the same labelled
 * weeks: one forest per system over a per-minute vector (ln orders, ln requests, error share, ln response time,
 * distinct clients), shingled over four minutes. Scored like the seasonal detector, at several thresholds, so the
 * choice in docs/analysis.md rests on figures.
 */
class ForestComparisonTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration TAIL = Duration.ofMinutes(10);
    private static final int SHINGLE = 4;
    private static final int DIMENSIONS = 5;

    @Test
    void theForestOverPerMinuteVectorsIsScoredOnTheLabelledWeeks() {
        Map<String, TreeMap<Instant, double[]>> vectors = new Vectors().collect();
        Map<Double, StreamingScore> byThreshold = new TreeMap<>();
        Map<Double, Integer> scoredAlarms = new HashMap<>();
        Map<String, List<double[]>> scores = new HashMap<>();
        vectors.forEach((system, minutes) -> scores.put(system, forestScores(minutes)));
        for (double threshold : new double[] {1.5, 2.0, 2.5, 3.0, 4.0}) {
            List<AnomalyDetected> alarms = new ArrayList<>();
            scores.forEach((system, timed) -> alarms.addAll(episodes(system, timed, threshold)));
            alarms.sort((a, b) -> a.time().compareTo(b.time()));
            StreamingScore score = StreamingScore.of(ShopWeeks.INCIDENTS, alarms, ShopWeeks.SCORED_FROM, TAIL);
            byThreshold.put(threshold, score);
            List<AnomalyDetected> scored = alarms.stream().filter(a -> !a.time().isBefore(ShopWeeks.SCORED_FROM)).toList();
            scoredAlarms.put(threshold, scored.size());
            System.out.printf("forest threshold %.1f: precision %.2f, recall %.2f, score %.1f, %d alarms, %d false%n",
                    threshold, score.precision(scored), score.recall(), score.normalised(), scored.size(),
                    score.falseAlarms().size());
            score.detections().forEach((incident, first) -> System.out.printf("  %-45s %s%n", incident.incidentClass(),
                    first.map(a -> "after " + Duration.between(incident.start(), a.time()).toSeconds() + "s").orElse("MISSED")));
        }

        // the forest finds the loud incidents at some threshold: the comparison is between working detectors
        assertThat(byThreshold.values()).anySatisfy(score -> assertThat(score.detected()).isGreaterThanOrEqualTo(4));
        // and it cannot decide before a minute has closed: a 10,000/s flood is never caught within a second
        assertThat(byThreshold.values()).allSatisfy(score -> score.detections().get(ShopWeeks.DDOS).ifPresent(a ->
                assertThat(Duration.between(ShopWeeks.DDOS.start(), a.time())).isGreaterThan(Duration.ofSeconds(1))));
    }

    /** One forest for one system: {time, score} per minute (0 until the forest is ready). */
    private static List<double[]> forestScores(TreeMap<Instant, double[]> minutes) {
        RandomCutForest forest = RandomCutForest.builder().dimensions(DIMENSIONS * SHINGLE).shingleSize(SHINGLE)
                .internalShinglingEnabled(true).numberOfTrees(50).sampleSize(256).outputAfter(720)
                .randomSeed(17).build();
        List<double[]> timed = new ArrayList<>();
        minutes.forEach((minute, vector) -> {
            double score = forest.getAnomalyScore(vector);
            forest.update(vector);
            timed.add(new double[] {minute.plus(MINUTE).toEpochMilli(), score});
        });
        return timed;
    }

    /** An episode starts at the threshold and ends after five minutes below two thirds of it: one alarm each. */
    private static List<AnomalyDetected> episodes(String system, List<double[]> timed, double threshold) {
        List<AnomalyDetected> alarms = new ArrayList<>();
        boolean inEpisode = false;
        int quiet = 0;
        for (double[] t : timed) {
            if (!inEpisode && t[1] >= threshold) {
                inEpisode = true;
                quiet = 0;
                alarms.add(new AnomalyDetected(Instant.ofEpochMilli((long) t[0]), AnomalyKind.LEVEL_SHIFT, system,
                        "forest", null, null, 0, 0, Math.round(t[1]), 60));
            } else if (inEpisode) {
                quiet = t[1] < threshold * 2 / 3 ? quiet + 1 : 0;
                inEpisode = quiet < 5;
            }
        }
        return alarms;
    }

    /** Per system and minute: ln(1+orders), ln(1+requests), errors/(requests+1), ln(1+response ms), distinct clients. */
    private static final class Vectors implements ShopWeeks.Feed {
        private final Map<String, TreeMap<Instant, double[]>> bySystem = new HashMap<>();
        private final Map<String, Map<Instant, Set<String>>> clients = new HashMap<>();
        private final Map<String, Map<Instant, double[]>> responseTimes = new HashMap<>();

        Map<String, TreeMap<Instant, double[]>> collect() {
            new ShopWeeks().play(this);
            bySystem.forEach((system, minutes) -> minutes.forEach((minute, v) -> {
                v[0] = Math.log1p(v[0]);
                v[1] = Math.log1p(v[1]);
                v[2] = v[2] / (Math.expm1(v[1]) + 1);
                double[] rt = responseTimes.getOrDefault(system, Map.of()).get(minute);
                v[3] = rt == null ? 0 : Math.log1p(rt[0] / rt[1]);
                v[4] = clients.getOrDefault(system, Map.of()).getOrDefault(minute, Set.of()).size();
            }));
            return bySystem;
        }

        private double[] vector(String system, Instant at) {
            Instant minute = Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), MINUTE.toMillis()) * MINUTE.toMillis());
            return bySystem.computeIfAbsent(system, s -> new TreeMap<>()).computeIfAbsent(minute, m -> new double[DIMENSIONS]);
        }

        @Override
        public void record(SeriesKey key, Instant at, long count) {
            double[] v = vector(key.system(), at);
            if (count == 0) {
                return;
            }
            if (key.isPerValue()) {
                Instant minute = Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), MINUTE.toMillis()) * MINUTE.toMillis());
                clients.computeIfAbsent(key.system(), s -> new HashMap<>()).computeIfAbsent(minute, m -> new HashSet<>()).add(key.value());
            } else if (key.event().equals(SeriesKey.HTTP_REQUESTS)) {
                v[1] += count;
            } else if (key.event().equals(SeriesKey.ERRORS)) {
                v[2] += count;
            } else {
                v[0] += count;
            }
        }

        @Override
        public void observe(SeriesKey key, Instant at, double value) {
            Instant minute = Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), MINUTE.toMillis()) * MINUTE.toMillis());
            double[] sumAndCount = responseTimes.computeIfAbsent(key.system(), s -> new HashMap<>())
                    .computeIfAbsent(minute, m -> new double[2]);
            sumAndCount[0] += value;
            sumAndCount[1]++;
        }

        @Override
        public void advanceTo(Instant now) {
        }
    }
}
