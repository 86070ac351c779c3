#!/usr/bin/env bash
# Installs the jewelry-logging pack into Elasticsearch (8.x; flattened): component and index
# templates, ILM policies, and the first backing index of every family with its write alias.
# Idempotent: templates and policies are replaced, existing write aliases are left alone.
#   ELASTICSEARCH_URL=https://es-1.logging.internal:9200 ELASTICSEARCH_USER=admin \
#   ELASTICSEARCH_PASSWORD=... ops/elasticsearch/install.sh
# Extra curl options (e.g. --cacert /path/ca.pem) go in CURL_OPTS.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
url="${ELASTICSEARCH_URL:?set ELASTICSEARCH_URL}"
auth=(-u "${ELASTICSEARCH_USER:?set ELASTICSEARCH_USER}:${ELASTICSEARCH_PASSWORD:?set ELASTICSEARCH_PASSWORD}")
read -r -a extra <<< "${CURL_OPTS:-}"

call() { # method path [file]
  local method="$1" path="$2" body=()
  if [ $# -ge 3 ]; then body=(-H 'Content-Type: application/json' --data-binary "@$3"); fi
  curl -sS --fail-with-body "${extra[@]}" "${auth[@]}" -X "$method" "$url$path" "${body[@]}"
  echo
}

for f in "$here"/component-templates/*.json; do
  call PUT "/_component_template/$(basename "$f" .json)" "$f"
done
for f in "$here"/index-templates/*.json; do
  call PUT "/_index_template/$(basename "$f" .json)" "$f"
done
for f in "$here"/ilm-policies/*.json; do
  call PUT "/_ilm/policy/$(basename "$f" .json)" "$f"
done

# Bootstrap: jewelry-<system>-<stream>-000001 behind the write alias jewelry-<system>-<stream>.
for system in mes crm api shop; do
  for stream in operational error access; do
    alias="jewelry-$system-$stream"
    status="$(curl -sS -o /dev/null -w '%{http_code}' "${extra[@]}" "${auth[@]}" -I "$url/_alias/$alias")"
    if [ "$status" = "404" ]; then
      body="$(mktemp)"
      printf '{"aliases":{"%s":{"is_write_index":true}}}' "$alias" > "$body"
      call PUT "/$alias-000001" "$body"
      rm -f "$body"
    else
      echo "$alias exists (HTTP $status), left as it is"
    fi
  done
done
