#!/usr/bin/env bash
# Installs the Debian packages that the ops pack's checks run (ops/ module tests):
#   prometheus            -> /usr/bin/promtool  (promtool check rules / test rules)
#   curl                  -> the install scripts, tested against a fake cluster on 127.0.0.1
#   rsyslog, rsyslog-elasticsearch, rsyslog-openssl -> /usr/sbin/rsyslogd -N1 with
#                            omelasticsearch, mmjsonparse and the ossl TLS driver
#   prometheus-alertmanager -> /usr/bin/amtool (amtool check-config / config routes test)
#   openssl, util-linux   -> the integration tests (jewelry-logging-it): a throw-away CA and certificates
#                            for the TLS route, setpriv to run OpenSearch as an unprivileged user
# Idempotent: installs only what is missing. Leaves no daemon running: a policy-rc.d
# forbids service starts during the install, and any daemon that appeared anyway is
# stopped by its pid afterwards (daemons that ran before are left alone). The kernel keeps 15
# characters of a process name: prometheus-alertmanager shows as prometheus-aler; pgrep refuses a pattern longer
# than 15 characters (it matches nothing), so each name is looked up on its own.
set -euo pipefail

packages=(prometheus prometheus-alertmanager rsyslog rsyslog-elasticsearch rsyslog-openssl curl openssl util-linux)

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

  # Forbid invoke-rc.d from starting services (exit 101 = action forbidden), only while we
  # install, and never clobber a policy-rc.d that someone else put there.
  policy=/usr/sbin/policy-rc.d
  own_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=1
  fi
  cleanup() { if [ "$own_policy" -eq 1 ]; then $sudo rm -f "$policy"; fi; }
  trap cleanup EXIT

  daemons() { for name in prometheus prometheus-aler rsyslogd; do pgrep -x "$name" || true; done; }
  before=" $(daemons | tr '\n' ' ') "

  echo "install-ci-tools: installing ${missing[*]}"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"

  # A postinst may still have started a daemon (an init that ignores policy-rc.d).
  started=()
  for pid in $(daemons); do
    case "$before" in *" $pid "*) ;; *) started+=("$pid") ;; esac
  done
  for pid in "${started[@]}"; do
    echo "install-ci-tools: stopping pid $pid, started by the package install"
    $sudo kill "$pid" 2>/dev/null || true
  done
  for pid in "${started[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "install-ci-tools: pid $pid is still running" >&2
      exit 1
    fi
  done
fi

command -v promtool >/dev/null || { echo "install-ci-tools: promtool missing after install" >&2; exit 1; }
[ -x /usr/sbin/rsyslogd ] || { echo "install-ci-tools: rsyslogd missing after install" >&2; exit 1; }
command -v amtool >/dev/null || { echo "install-ci-tools: amtool missing after install" >&2; exit 1; }
command -v curl >/dev/null || { echo "install-ci-tools: curl missing after install" >&2; exit 1; }
command -v openssl >/dev/null || { echo "install-ci-tools: openssl missing after install" >&2; exit 1; }
echo "install-ci-tools: ok"
