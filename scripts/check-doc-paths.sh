#!/usr/bin/env bash
# check-doc-paths.sh [REPO_DIR]: fails when a document, a script or a source comment names a
# file of the repository that does not exist, or cites a section of a document that has no such
# heading (docs/architecture.md, "Batches": a path, a comma, a heading in quotes). A ctest,
# beside check-layering.sh: docs that name files stay true when files move.
#
# A path is a word starting with src/, scripts/, docs/, tests/, bench/, samples/, eval/,
# lexicons/ or cmake/; it may name a file or a folder, be a glob (lexicons/*.toml: at least
# one match) or name a built program by its source's stem (bench/bench_batch). It is looked
# up from the repository root and from the folder of the file that names it (a README may name
# the files of its own folder that way). "x.hpp/.cpp" names both files.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
shopt -s globstar nullglob

# Where references are read: every README and doc, the scripts, the build files, the sources.
# Test cases are not read: they name missing files on purpose.
sources=(./*.md docs/*.md ./*/README.md tests/*/README.md scripts/* CMakeLists.txt cmake/* .ci/*
         src/**/*.cpp src/**/*.hpp src/**/*.in src/CMakeLists.txt bench/*.cpp bench/*.hpp bench/CMakeLists.txt)
prefixes='src|scripts|docs|tests|bench|samples|eval|lexicons|cmake'

# True when `path`, named in a file in folder `dir`, exists there or from the root.
exists() {
  local path=$1 dir=$2 base
  for base in . "$dir"; do
    local candidate="$base/$path"
    if [[ $path == *'*'* ]]; then
      local matches=($candidate)
      [ ${#matches[@]} -gt 0 ] && return 0
    elif [ -e "$candidate" ]; then
      return 0
    elif [[ ${path##*/} != *.* ]]; then
      local built=("$candidate".*)   # a program named after its source
      [ ${#built[@]} -gt 0 ] && return 0
    fi
  done
  return 1
}

status=0
checked=0
for file in "${sources[@]}"; do
  [ -f "$file" ] || continue
  dir=$(dirname "$file")
  # File references: the path, then no more path characters. A word glued to a path on its
  # left (build/bench/..., https://.../src/...) is some other place's path.
  while IFS=: read -r line match; do
    path=${match#[^A-Za-z0-9_]}              # the character before the path, if any
    path=${path%%...}                        # "src/..." is no file
    path=${path%.}                           # a sentence's full stop
    [[ $path == */ ]] || [[ $path =~ ^($prefixes)/.+ ]] || continue
    targets=("$path")
    if [[ $path =~ ^(.*)\.([a-z]+)/\.([a-z]+)$ ]]; then   # x.hpp/.cpp
      targets=("${BASH_REMATCH[1]}.${BASH_REMATCH[2]}" "${BASH_REMATCH[1]}.${BASH_REMATCH[3]}")
    fi
    for target in "${targets[@]}"; do
      checked=$((checked + 1))
      if ! exists "$target" "$dir"; then
        echo "$file:$line: names $target, which does not exist"
        status=1
      fi
    done
  done < <(grep -noE "(^|[^A-Za-z0-9_./-])($prefixes)/[A-Za-z0-9_./*+-]*" "$file" || true)
  # Section citations: a document, a comma, a heading in quotes (the document may be a Markdown
  # link).
  while IFS=: read -r line match; do
    doc=$(sed -E 's/^([^)," ]+).*/\1/' <<<"$match")
    heading=$(sed -E 's/^[^"]*"([^"]+)".*/\1/' <<<"$match")
    checked=$((checked + 1))
    if [ -f "$doc" ] && ! grep -E '^#+ ' "$doc" | grep -qF "$heading"; then
      echo "$file:$line: cites \"$heading\" in $doc, which has no such heading"
      status=1
    fi
  done < <(grep -noE '(docs/[A-Za-z0-9_-]+\.md|README\.md)\)?, "[^"]+"' "$file" || true)
done

[ $status -eq 0 ] && echo "doc paths ok: $checked references in ${#sources[@]} files"
exit $status
