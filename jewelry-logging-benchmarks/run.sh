#!/usr/bin/env bash
# Runs the benchmark suite and writes the results as JSON and as a markdown table of ratios:
#   jewelry-logging-benchmarks/run.sh          short settings, about 14 minutes on 2 cores
#   jewelry-logging-benchmarks/run.sh --long   careful settings (5 rounds, longer iterations, 30 s end to end)
# Results: jewelry-logging-benchmarks/target/benchmark-results/
#   round-<n>-encoding-<k>.json (one per contender and pass), round-<n>-rules-<k>.json, scaling.json (JMH), e2e.json, results.md, results.json
# The contenders and the rule/clean-line pairs are measured in rounds; every ratio is taken within a round and the
# report gives the median over the rounds (a shared machine's speed drifts over minutes).
# A failing benchmark fails the command (-foe true). Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
out=jewelry-logging-benchmarks/target/benchmark-results
if [ "${1:-}" = "--long" ]; then
  rounds=5; jmh=(-f 1 -wi 5 -i 5 -w 2s -r 2s); seconds=30
else
  rounds=3; jmh=(-f 1 -wi 4 -i 3 -w 1s -r 1s); seconds=10
fi
./mvnw -B -q -DskipTests package -pl jewelry-logging-benchmarks -am
rm -rf "$out"
mkdir -p "$out"
jar=jewelry-logging-benchmarks/target/benchmarks.jar
contenders=(p1_lle p2_lleMasking p3_log4j2Template p4_handWritten p5_jewelry p6_jewelryLog4j2)
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds"
  # each contender twice, in ABBA order (p1..p6 then p6..p1): the two figures are averaged, so a steady drift of
  # the machine's speed over the round weighs the same on every contender
  k=0
  for c in "${contenders[@]}" $(printf '%s\n' "${contenders[@]}" | tac); do
    k=$((k + 1))
    java -jar "$jar" "EventEncodingBenchmark\\.$c\$" "${jmh[@]}" -prof gc -foe true \
      -rf json -rff "$out/round-$round-encoding-$k.json"
  done
  # 10 against 200 field rules, and lines with and without contacts, on an order of 10 items; twice, the second
  # time with the parameters in reverse order (ABBA again)
  java -jar "$jar" 'MaskedEncodingScalingBenchmark' -p items=10 -p messageLength=100 -p fieldRules=10,200 \
    -p contacts=true,false "${jmh[@]}" -prof gc -foe true -rf json -rff "$out/round-$round-rules-1.json"
  java -jar "$jar" 'MaskedEncodingScalingBenchmark' -p items=10 -p messageLength=100 -p fieldRules=200,10 \
    -p contacts=false,true "${jmh[@]}" -prof gc -foe true -rf json -rff "$out/round-$round-rules-2.json"
done
# growth with the items and the message (10 rules, contacts on)
java -jar "$jar" 'MaskedEncodingScalingBenchmark' -p fieldRules=10 -p contacts=true "${jmh[@]}" -prof gc -foe true \
  -rf json -rff "$out/scaling.json"
java -cp "$jar" com.jewelry.logging.benchmarks.EndToEnd "$out/e2e.json" "$seconds"
java -cp "$jar" com.jewelry.logging.benchmarks.ResultsReport "$out"
