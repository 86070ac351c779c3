#!/usr/bin/env bash
# The demo: a scripted day of the jewelry business. Builds the four example Spring Boot services (MES, CRM, partner
# API, shop), starts each in its own small JVM on a free port of 127.0.0.1, drives them through their HTTP endpoints,
# stops them and prints a summary. The JSON lines land in <output-dir>/jewelry-<system>.json.
# Usage: ./demo.sh [output-dir]     (default: demo-output)
set -euo pipefail
cd "$(dirname "$0")"
out="${1:-demo-output}"
[[ "$out" = /* ]] || out="$(pwd)/$out"
module=examples/day-of-the-shop
pids="$out/services/pids"

# Whatever happens (an error, Ctrl-C), no service is left running: the driver stops them itself, and this trap stops
# any process id it recorded that is still alive.
cleanup() {
  if [[ -f "$pids" ]]; then
    while read -r pid; do
      if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
    done < "$pids"
    sleep 1
    while read -r pid; do
      if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    done < "$pids"
  fi
}
trap cleanup EXIT

echo "Building the example services (quiet, tests skipped; the first run downloads dependencies)..." >&2
./mvnw -B -q package -DskipTests -pl "$module" -am
rm -f "$pids"

java -cp "$module/target/classes:$(cat "$module/target/driver-classpath.txt")" \
  com.jewelry.examples.day.Demo "$out" "$module/target/services"
