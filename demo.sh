#!/usr/bin/env bash
# Runs the main demo: a scripted day of the jewelry shop, all four systems, every business event.
# Usage: ./demo.sh [output-dir]     (default: demo-output/plain)
set -euo pipefail
cd "$(dirname "$0")"
out="$(pwd)/${1:-demo-output/plain}"
echo "Building (first run downloads dependencies)..." >&2
./mvnw -B -q -DskipTests install -pl examples/plain-logback -am
./mvnw -B -q -pl examples/plain-logback exec:java -Dexec.args="$out"
