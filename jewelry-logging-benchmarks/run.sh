#!/usr/bin/env bash
# Runs the benchmark suite and writes the results as JSON and as a markdown table of ratios:
#   jewelry-logging-benchmarks/run.sh          short settings, under 10 minutes on 2 cores
#   jewelry-logging-benchmarks/run.sh --long   careful settings (3 forks, more iterations, 30 s end-to-end)
# Results: jewelry-logging-benchmarks/target/benchmark-results/{jmh.json,e2e.json,results.md,results.json}
# A failing benchmark fails the command (-foe true). Run on a quiet machine: ratios are from one run.
set -euo pipefail
cd "$(dirname "$0")/.."
out=jewelry-logging-benchmarks/target/benchmark-results
if [ "${1:-}" = "--long" ]; then
  jmh=(-f 3 -wi 5 -i 10 -w 2s -r 2s); seconds=30
else
  jmh=(-f 1 -wi 5 -i 5 -w 1s -r 1s); seconds=10
fi
./mvnw -B -q -DskipTests package -pl jewelry-logging-benchmarks -am
mkdir -p "$out"
jar=jewelry-logging-benchmarks/target/benchmarks.jar
java -jar "$jar" 'EventEncodingBenchmark|MaskedEncodingScalingBenchmark' "${jmh[@]}" -prof gc -foe true \
  -rf json -rff "$out/jmh.json"
java -cp "$jar" com.jewelry.logging.benchmarks.EndToEnd "$out/e2e.json" "$seconds"
java -cp "$jar" com.jewelry.logging.benchmarks.ResultsReport "$out/jmh.json" "$out/e2e.json" "$out/results.md" "$out/results.json"
cat "$out/results.md"
