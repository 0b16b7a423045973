#!/usr/bin/env bash
# xlsx-dump.sh FILE.xlsx: the workbook as text for a golden diff, with unzip, sed and bash
# only. Per sheet: its name, the frozen pane and autofilter, then one line per cell,
# "A1 s1 text" (a text cell with style 1; the text resolved from the shared strings, XML
# entities as stored) or "D3 n 12" (a number cell), and how many formula cells it holds
# (must be 0: no text becomes a formula). Then the fill of each style that has one.
set -euo pipefail
file=$1
mapfile -t strings < <(unzip -p "$file" xl/sharedStrings.xml | sed 's/<si>/\n<si>/g' |
                       sed -n 's/^<si><t[^>]*>\(.*\)<\/t><\/si>.*$/\1/p')
mapfile -t names < <(unzip -p "$file" xl/workbook.xml | grep -o '<sheet name="[^"]*"' | sed 's/<sheet name="//; s/"$//')
for index in "${!names[@]}"; do
  sheet=$(unzip -p "$file" "xl/worksheets/sheet$((index + 1)).xml")
  echo "== sheet $((index + 1)): ${names[$index]}"
  grep -o '<pane [^>]*>' <<<"$sheet" || echo "(no frozen pane)"
  grep -o '<autoFilter [^>]*>' <<<"$sheet" || echo "(no autofilter)"
  echo "formula cells: $(grep -o '<f>' <<<"$sheet" | wc -l)"
  sed 's/<c r=/\n<c r=/g' <<<"$sheet" |
    sed -n 's/^<c r="\([A-Z]*[0-9]*\)"\( s="\([0-9]*\)"\)\?\( t="\([a-z]*\)"\)\?><v>\([^<]*\)<\/v>.*$/\1|\5|\3|\6/p' |
    while IFS="|" read -r cell type style value; do
      if [ "$type" = s ]; then
        echo "$cell s$style ${strings[$value]}"
      else
        echo "$cell n$style $value"
      fi
    done
done
# The fill of each style (the N of "sN" above) that has one: the grade colours.
echo "== fills"
styles=$(unzip -p "$file" xl/styles.xml)
mapfile -t colours < <(grep -o '<fgColor rgb="[^"]*"/>' <<<"$styles" | sed 's/<fgColor rgb="//; s/"\/>//')
sed 's/.*<cellXfs[^>]*>//; s/<\/cellXfs>.*//; s/<xf /\n<xf /g' <<<"$styles" | grep '^<xf' |
  sed 's/.* fillId="\([0-9]*\)".*/\1/' | nl -v0 -w1 -s' ' |
  while read -r style fill; do
    # Fills 0 and 1 are Excel's own "none" and "gray125"; ours follow, in the order of fgColor.
    [ "$fill" -ge 2 ] && echo "s$style ${colours[$((fill - 2))]}"
  done || true
