#!/usr/bin/env bash
# check-schema.sh GALASCAN: validates galascan's JSON against docs/schema/report.schema.json:
# every golden JSON report and JSON Lines file of tests/e2e/cases, and fresh reports of the
# samples and of every fixture (broken, hostile, with metadata and tags) as JSON, JSON Lines
# and merged. Then two reports broken on purpose must fail, so the check is known to bite.
set -euo pipefail
galascan=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
schema=$root/docs/schema/report.schema.json
validate() { python3 "$root/tests/schema/validate.py" "$schema" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
mapfile -t goldens < <(grep -l '"schema_version"' tests/e2e/cases/*/expected.stdout |
                       xargs grep -L -e '"figures"' -e '"blocks"' -e '"evidence_appeared"' |   # evaluate's, text's, diff's own JSON
                       while read -r file; do head -c1 "$file" | grep -q '{' && echo "$file"; done)
[ ${#goldens[@]} -gt 0 ] || { echo "check-schema: no golden JSON found" >&2; exit 1; }
"$galascan" -f json --stats --tag gemeente=Dijkwater samples tests/fixtures > "$work/all.json" 2> /dev/null || true
"$galascan" -f jsonl --require all=covered samples tests/fixtures > "$work/all.jsonl" 2> /dev/null || true
"$galascan" merge -f json --require themes=mentioned "$work/all.jsonl" > "$work/merged.json" 2> /dev/null || true
validate "${goldens[@]}" "$work/all.json" "$work/all.jsonl" "$work/merged.json"
sed 's/"status": "empty"/"status": "melted"/' "$work/all.json" > "$work/bad-status.json"
sed '0,/"file": /s//"fiel": /' "$work/all.json" > "$work/bad-field.json"
for bad in bad-status bad-field; do
  if validate "$work/$bad.json"; then
    echo "check-schema: $bad.json validated, but it breaks the schema" >&2
    exit 1
  fi
done
echo "check-schema: ${#goldens[@]} goldens and 3 fresh reports valid; 2 broken ones refused"
