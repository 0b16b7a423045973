#!/usr/bin/env bash
# check-layering.sh [SRC_DIR]: fails when a stage includes a later stage, or when an outside
# library is included outside its one seam (docs/architecture.md, "One seam per library").
set -euo pipefail
src=${1:-$(dirname "$0")/../src}
cd "$src"

# What each stage folder may include: itself and the stages before it.
declare -A allowed=(
  [text]="text"
  [extract]="text extract"
  [layout]="text extract layout"
  [normalise]="text extract layout normalise"
  [lexicon]="text lexicon"
  [match]="text extract layout normalise lexicon match"
  [score]="text extract layout normalise lexicon match score"
  [report]="text extract layout normalise lexicon match score report"
  [store]="text extract layout normalise lexicon match score report store"
  [batch]="text batch"   # and extract/status.hpp alone, the status words of its outcomes
  [pipeline]="text extract layout normalise lexicon match score report store batch pipeline"
  [cli]="text extract layout normalise lexicon match score report store batch pipeline cli"
)
# Each outside library and the only files that may include it (space-separated).
declare -A seams=(
  ["poppler"]="extract/extract_pdf.cpp"
  ["unicode/"]="normalise/normalise.cpp text/character_classes.cpp"
  ["toml++"]="lexicon/load_lexicon.cpp cli/config_file.cpp"
  ["CLI/"]="cli/parse_args.cpp cli/command_options.cpp cli/did_you_mean.cpp cli/command_line_model.cpp"
  ["nlohmann/"]="report/json_writer.cpp report/json_reader.cpp report/json_evaluation_writer.cpp report/json_diff_writer.cpp"
  ["xxhash"]="store/cache.cpp text/content_hash.cpp"
  ["xlsxwriter"]="report/xlsx_writer.cpp"
)

status=0
while IFS= read -r file; do
  stage=${file%%/*}
  if [ "$file" = main.cpp ]; then stage=main; fi
  while IFS= read -r included; do
    dir=${included%%/*}
    [ "$dir" = "$included" ] && continue  # version.hpp and other generated top-level headers
    if [ "$stage" = main ]; then
      [ "$dir" = cli ] && continue
    elif [ "$stage" = batch ] && [ "$included" = extract/status.hpp ]; then
      continue
    elif [ -z "${allowed[$stage]+set}" ]; then
      echo "$file: stage '$stage' is not in check-layering.sh's list"; status=1; continue
    elif [[ " ${allowed[$stage]} " == *" $dir "* ]]; then
      continue
    fi
    echo "$file includes \"$included\": $stage may not depend on $dir"; status=1
  done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")
  for library in "${!seams[@]}"; do
    if grep -q "^#include <$library" "$file" && [[ " ${seams[$library]} " != *" $file "* ]]; then
      echo "$file includes <$library...>: only ${seams[$library]} may"; status=1
    fi
  done
done < <(find . -name '*.cpp' -o -name '*.hpp' | sed 's|^\./||' | sort)

[ $status -eq 0 ] && echo "layering ok: $(find . -name '*.[ch]pp' | wc -l) files"
exit $status
