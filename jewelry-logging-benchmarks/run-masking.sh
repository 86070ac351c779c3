#!/usr/bin/env sh
# Runs the masking benchmark with short settings (about a minute) and the GC profiler for bytes/op.
# Usage: jewelry-logging-benchmarks/run-masking.sh [extra JMH options]
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package -pl jewelry-logging-benchmarks -am
exec java -jar jewelry-logging-benchmarks/target/benchmarks.jar MaskingEncoderBenchmark \
  -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -foe true "$@"
