#!/usr/bin/env bash
# Installs the jewelry-logging pack into OpenSearch (2.7 or later: flat_object): component and index
# templates, ISM policies, and the first backing index of every family with its write alias.
# Idempotent: templates and policies are replaced, existing write aliases are left alone.
#   OPENSEARCH_URL=https://opensearch-1.logging.internal:9200 OPENSEARCH_USER=admin \
#   OPENSEARCH_PASSWORD=... ops/opensearch/install.sh
# Extra curl options (e.g. --cacert /path/ca.pem) go in CURL_OPTS.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
url="${OPENSEARCH_URL:?set OPENSEARCH_URL}"
auth=(-u "${OPENSEARCH_USER:?set OPENSEARCH_USER}:${OPENSEARCH_PASSWORD:?set OPENSEARCH_PASSWORD}")
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
for f in "$here"/ism-policies/*.json; do
  name="$(basename "$f" .json)"
  # ISM updates need the current seq_no/primary_term; a new policy is a plain PUT
  current="$(curl -sS "${extra[@]}" "${auth[@]}" "$url/_plugins/_ism/policies/$name" || true)"
  seq_no="$(printf '%s' "$current" | sed -n 's/.*"_seq_no":\([0-9]*\).*/\1/p')"
  term="$(printf '%s' "$current" | sed -n 's/.*"_primary_term":\([0-9]*\).*/\1/p')"
  if [ -n "$seq_no" ] && [ -n "$term" ]; then
    call PUT "/_plugins/_ism/policies/$name?if_seq_no=$seq_no&if_primary_term=$term" "$f"
  else
    call PUT "/_plugins/_ism/policies/$name" "$f"
  fi
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
