#!/usr/bin/env sh
# Runs the masking benchmarks with short settings and the GC profiler (bytes/op = gc.alloc.rate.norm).
#   MaskingEncoderBenchmark: (a) plain LLE, (b) LLE's MaskingJsonGeneratorDecorator, (c) JewelryMaskingDecorator
#   MaskingPairedBenchmark:  (a) and (c) on two threads at once, for a fair ratio on a loaded machine
# Usage: jewelry-logging-benchmarks/run-masking.sh [JMH options, e.g. -f 2 -i 10]
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package -pl jewelry-logging-benchmarks -am
exec java -jar jewelry-logging-benchmarks/target/benchmarks.jar 'Masking(Encoder|Paired)Benchmark' \
  -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -foe true "$@"
