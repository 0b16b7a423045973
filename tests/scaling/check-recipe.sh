#!/usr/bin/env bash
# check-recipe.sh GALASCAN: runs the recipe of docs/scaling.md (the block between its
# "recipe" markers, as written) on a copy of samples/ and two broken fixtures, with
# HOSTS=: (GNU parallel's name for this machine) unless HOSTS is set, and checks that the
# merged report is the report of one run over the same files, byte for byte.
set -euo pipefail
galascan=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/plannen/deel 2"
ln -s "$galascan" "$work/bin/galascan"   # the recipe calls plain `galascan`, as on a user's PATH
cp "$root"/samples/*.pdf "$work/plannen/"
cp "$root"/tests/fixtures/empty.pdf "$root"/tests/fixtures/not-a-pdf.pdf "$work/plannen/deel 2/"
recipe=$(sed -n '/^<!-- recipe/,/^<!-- end recipe/p' "$root/docs/scaling.md" | sed '1,2d;$d' | sed '$d')
[ -n "$recipe" ] || { echo "check-recipe: no recipe block in docs/scaling.md" >&2; exit 1; }
cd "$work"
export PATH="$work/bin:$PATH" PLANS=plannen HOSTS=${HOSTS:-:}
# A parallel job that fails, or a merge that exits other than 3 (two broken files), fails this.
set +e
bash -euo pipefail -c "$recipe"
status=$?
set -e
if [ $status -ne 3 ]; then
  echo "check-recipe: the recipe exited $status, expected 3 (two files cannot be read)" >&2
  exit 1
fi
galascan --format csv plannen > one-run.csv 2> /dev/null || [ $? -eq 3 ]
if ! cmp one-run.csv overzicht.csv; then
  echo "check-recipe: the merged report differs from one run's" >&2
  exit 1
fi
echo "check-recipe: $(($(wc -l < overzicht.csv) - 1)) documents over HOSTS=$HOSTS, merged: the same as one run"
