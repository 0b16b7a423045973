#!/usr/bin/env bash
# run_case.sh GALASCAN CASE_DIR — one end-to-end golden case (see tests/e2e/README.md).
# Runs CASE_DIR/cmd with bash from the repository root, $GALASCAN naming the binary and
# $CASE_TMP a fresh scratch folder, then compares stdout, stderr and the exit code with
# expected.stdout, expected.stderr (if present) and expected.exit (0 if absent).
# GALASCAN_UPDATE_GOLDEN=1 rewrites the expected files instead; review that diff like code.
set -uo pipefail
GALASCAN=$(realpath "$1"); case_dir=$(realpath "$2")
export GALASCAN LC_ALL=C.UTF-8 NO_COLOR=1
unset GALASCAN_PASSWORD
scratch=$(mktemp -d "${TMPDIR:-/tmp}/galascan-e2e.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
CASE_TMP=$scratch/work; export CASE_TMP
# Each case starts with an empty extraction cache of its own, never the user's, and with no
# configuration file: XDG_CONFIG_HOME is an empty folder (a case that wants one writes it).
export XDG_CACHE_HOME=$scratch/cache XDG_CONFIG_HOME=$scratch/config
unset GALASCAN_CONFIG
mkdir "$XDG_CONFIG_HOME"
mkdir "$CASE_TMP" "$scratch/result"
result=$scratch/result

bash "$case_dir/cmd" >"$result/stdout" 2>"$result/stderr" </dev/null
echo $? >"$result/exit"

if [ "${GALASCAN_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$result/stdout" "$case_dir/expected.stdout"
  if [ -s "$result/stderr" ] || [ -f "$case_dir/expected.stderr" ]; then cp "$result/stderr" "$case_dir/expected.stderr"; fi
  if [ "$(cat "$result/exit")" != 0 ] || [ -f "$case_dir/expected.exit" ]; then cp "$result/exit" "$case_dir/expected.exit"; fi
  echo "updated $(basename "$case_dir")"
  exit 0
fi

failed=0
compare() {  # compare NAME EXPECTED ACTUAL
  if ! diff -u --label "expected $1" --label "actual $1" "$2" "$3"; then failed=1; fi
}
compare stdout "$case_dir/expected.stdout" "$result/stdout"
if [ -f "$case_dir/expected.stderr" ]; then
  compare stderr "$case_dir/expected.stderr" "$result/stderr"
fi
expected_exit=0
[ -f "$case_dir/expected.exit" ] && expected_exit=$(cat "$case_dir/expected.exit")
if [ "$(cat "$result/exit")" != "$expected_exit" ]; then
  echo "exit code: expected $expected_exit, got $(cat "$result/exit")"
  [ -f "$case_dir/expected.stderr" ] || { echo "stderr was:"; cat "$result/stderr"; }
  failed=1
fi
exit $failed
