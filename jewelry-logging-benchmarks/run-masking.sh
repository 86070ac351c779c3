#!/usr/bin/env sh
# Runs the masking benchmark with short settings and the GC profiler (bytes/op = gc.alloc.rate.norm):
#   a_plain          LLE LogstashEncoder, no masking
#   b_lleMasking     LLE's own MaskingJsonGeneratorDecorator (paths + e-mail/phone/card regexes)
#   c_jewelryMasking JewelryMaskingDecorator, every field rule and value detector on
# Targets: c <= 1.25 x a (time and bytes/op), c <= 0.25 x b. Use a quiet machine: wall-clock figures on a
# shared, loaded box swing by 2x. CpuTimeRatio (same jar) cross-checks with per-thread CPU time.
# Usage: jewelry-logging-benchmarks/run-masking.sh [more JMH options, e.g. -f 3 -i 10]
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package -pl jewelry-logging-benchmarks -am
exec java -jar jewelry-logging-benchmarks/target/benchmarks.jar MaskingEncoderBenchmark \
  -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -foe true "$@"
