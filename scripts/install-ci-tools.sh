#!/usr/bin/env bash
# Installs the Debian packages that the ops pack's checks run (ops/ module tests):
#   prometheus            -> /usr/bin/promtool  (promtool check rules / test rules)
#   curl                  -> the install scripts, tested against a fake cluster on 127.0.0.1
#   rsyslog, rsyslog-elasticsearch, rsyslog-openssl -> /usr/sbin/rsyslogd -N1 with
#                            omelasticsearch, mmjsonparse and the ossl TLS driver
# Idempotent: installs only what is missing. Leaves no daemon running: a policy-rc.d
# forbids service starts during the install, and any server a postinst started anyway
# is stopped by its own pid afterwards.
set -euo pipefail

packages=(prometheus rsyslog rsyslog-elasticsearch rsyslog-openssl curl)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-ci-tools: all present (${packages[*]})"
else
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

  # Forbid invoke-rc.d from starting services (exit 101 = action forbidden), but only
  # while we install, and never clobber a policy-rc.d that someone else put there.
  policy=/usr/sbin/policy-rc.d
  own_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=1
  fi
  cleanup() { if [ "$own_policy" -eq 1 ]; then $sudo rm -f "$policy"; fi; }
  trap cleanup EXIT

  echo "install-ci-tools: installing ${missing[*]}"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# A postinst may still have started a daemon (no init system honours policy-rc.d here
# or there is one that ignores it). Stop exactly those processes, by pid.
for daemon in prometheus rsyslogd; do
  for pid in $(pgrep -x "$daemon" || true); do
    echo "install-ci-tools: stopping $daemon (pid $pid) started by the package install"
    kill "$pid" 2>/dev/null || true
  done
done
for daemon in prometheus rsyslogd; do
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    pgrep -x "$daemon" >/dev/null || break
    sleep 0.5
  done
done

command -v promtool >/dev/null || { echo "install-ci-tools: promtool missing after install" >&2; exit 1; }
[ -x /usr/sbin/rsyslogd ] || { echo "install-ci-tools: rsyslogd missing after install" >&2; exit 1; }
if pgrep -x prometheus >/dev/null || pgrep -x rsyslogd >/dev/null; then
  echo "install-ci-tools: a daemon is still running" >&2
  exit 1
fi
echo "install-ci-tools: ok"
