#!/usr/bin/env bash
# Prints the home of a JDK whose major version is at least $1 (default 21), or fails with a message saying where
# it looked. A JEWELRY_IT_JDK that is set is the only candidate (a wrong one fails, it is not replaced); otherwise
# $JAVA_HOME, every /usr/lib/jvm/* and the java on PATH, and the newest qualifying version wins, so OpenSearch and
# the virtual-thread test run on the newest JDK the machine has.
#   JEWELRY_IT_JDK=$(scripts/find-jdk.sh 21) ./mvnw -B verify -Pintegration
set -uo pipefail
want="${1:-21}"

major() { # the feature version a JDK's java -version reports ("17.0.9", "21", "25.0.1", "1.8.0_392" -> 8)
  local v
  v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  v="${v#1.}"
  v="${v%%[.+-]*}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v"
}

candidates=()
if [ -n "${JEWELRY_IT_JDK:-}" ]; then
  candidates+=("$JEWELRY_IT_JDK")
else
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for dir in /usr/lib/jvm/*; do
    [ -d "$dir" ] && candidates+=("$dir")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
fi

best="" best_major=0 seen=()
for home in "${candidates[@]}"; do
  home="$(readlink -f "$home" 2>/dev/null || echo "$home")"
  [ -x "$home/bin/java" ] || { seen+=("$home (no bin/java)"); continue; }
  m="$(major "$home")"
  seen+=("$home (${m:-unknown version})")
  if [ -n "$m" ] && [ "$m" -ge "$want" ] && [ "$m" -gt "$best_major" ]; then
    best="$home" best_major="$m"
  fi
done

if [ -z "$best" ]; then
  {
    echo "find-jdk: no JDK $want or newer found; the integration tests (OpenSearch 3, virtual threads) need one."
    echo "find-jdk: looked at: ${seen[*]:-nothing (no JEWELRY_IT_JDK, no JAVA_HOME, no /usr/lib/jvm/*, no java on PATH)}"
    echo "find-jdk: install one (e.g. apt-get install openjdk-21-jdk-headless) or point JEWELRY_IT_JDK at it."
  } >&2
  exit 1
fi
echo "$best"
