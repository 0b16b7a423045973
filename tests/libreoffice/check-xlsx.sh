#!/usr/bin/env bash
# check-xlsx.sh GALASCAN: the --format xlsx report as LibreOffice reads it. Writes a workbook
# of three plans (one named "Súdwest-Fryslân", one "=HYPERLINK(...)" with formula text in
# it) and an empty file, converts every sheet to CSV with LibreOffice headless (text cells
# quoted, number cells not, so the quotes show each cell's type), and compares the sheets
# with expected/*.csv; GALASCAN_UPDATE_GOLDEN=1 rewrites them (review the diff). Then checks
# the cells that matter by name: the diacritics, numbers as numbers, formulas as text.
# Exits 77 (ctest: skipped) only when soffice is not installed; scripts/install-deps
# installs it (libreoffice-calc-nogui), so in CI it runs.
set -euo pipefail
GALASCAN=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if ! command -v soffice >/dev/null; then
  echo "check-xlsx: soffice (LibreOffice) is not installed: skipped" >&2
  exit 77
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/galascan-xlsx.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 XDG_CACHE_HOME=$scratch/cache HOME=$scratch/home
mkdir -p "$scratch/plannen" "$scratch/home"
cp "$root/samples/welzijnsnota-zandhoven.pdf" "$scratch/plannen/Súdwest-Fryslân.pdf"
cp "$root/tests/fixtures/hostile-formula.pdf" "$scratch/plannen/=HYPERLINK(\"klik\").pdf"
cp "$root/samples/mantelzorgbeleid-oosterveen.pdf" "$scratch/plannen/mantelzorg.pdf"
cp "$root/tests/fixtures/empty.pdf" "$scratch/plannen/leeg.pdf"
status=0
(cd "$scratch" && "$GALASCAN" --quiet --format xlsx -o rapport.xlsx plannen) || status=$?
[ "$status" = 3 ] || { echo "check-xlsx: galascan exited $status, expected 3 (the empty file)" >&2; exit 1; }

# Token 7 "true": quote every text cell; token 12 "-1": every sheet, as rapport-<sheet>.csv.
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1'
soffice -env:UserInstallation="file://$scratch/profile" --headless --norestore \
  --convert-to "$filter" --outdir "$scratch/csv" "$scratch/rapport.xlsx" >"$scratch/soffice.log" 2>&1 ||
  { cat "$scratch/soffice.log" >&2; exit 1; }

failed=0
for sheet in documents evidence "failed or partial"; do
  actual="$scratch/csv/rapport-$sheet.csv"
  expected="$here/expected/${sheet// /-}.csv"
  [ -f "$actual" ] || { echo "check-xlsx: LibreOffice wrote no sheet '$sheet'" >&2; cat "$scratch/soffice.log" >&2; exit 1; }
  if [ "${GALASCAN_UPDATE_GOLDEN:-}" = 1 ]; then
    mkdir -p "$here/expected"; cp "$actual" "$expected"; echo "updated $expected"; continue
  fi
  diff -u --label "expected $sheet" --label "actual $sheet" "$expected" "$actual" || failed=1
done
[ "${GALASCAN_UPDATE_GOLDEN:-}" = 1 ] && exit 0

documents="$scratch/csv/rapport-documents.csv"
expect() {  # expect WHAT PATTERN FILE: a fixed-string line part that must be there
  grep -qF -- "$2" "$3" || { echo "check-xlsx: $1: no '$2' in $(basename "$3")" >&2; failed=1; }
}
expect "headings in Dutch" '"Sociale samenhang","Mantelzorg"' "$documents"
expect "category ids under them" '"sociale_samenhang","mantelzorg"' "$documents"
expect "diacritics kept, pages and words as numbers" '"plannen/Súdwest-Fryslân.pdf","ok",,' "$documents"
expect "a formula file name stays text, nothing prepended" '"plannen/=HYPERLINK(""klik"").pdf","ok"' "$documents"
expect "formula text from a PDF stays text" '"=HYPERLINK(""http://example.invalid"",""klik"")' \
  "$scratch/csv/rapport-evidence.csv"
expect "the empty file set aside" '"plannen/leeg.pdf","empty"' "$scratch/csv/rapport-failed or partial.csv"
# Pages and words of an analysed document: unquoted, so number cells.
grep -qE '^"plannen/mantelzorg.pdf","ok",,[0-9]+,[0-9]+,' "$documents" ||
  { echo "check-xlsx: pages and words of mantelzorg.pdf are not number cells" >&2; failed=1; }
exit $failed
