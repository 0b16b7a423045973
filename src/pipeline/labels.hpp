#pragma once
// The labels galascan evaluate measures against: an analyst's grades as a CSV file.

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "report/evaluation.hpp"

namespace galascan {

// Parses `content`, the bytes of a labels file that messages call `source`: RFC 4180 CSV
// (quoted fields, CRLF or LF, a UTF-8 BOM skipped, blank lines ignored) whose header names at
// least the columns file, category and grade, in any order; a split column is optional, other
// columns are ignored. Throws ConfigError "source:line: ..." on a malformed row, a category id
// the lexicon does not have, a grade other than absent, mentioned or covered, a file in two
// splits, a (file, category) labelled twice, or no labels at all. File paths are kept as
// written; "a/./b.pdf" and "a/b.pdf" are one file.
Labels parse_labels(std::string_view content, const std::string& source, const Lexicon& lexicon);

// The labels file at `path`; throws ConfigError as above, or when it cannot be read.
Labels read_labels(const std::string& path, const Lexicon& lexicon);

// Only the labels of these splits (every label when `splits` is empty), files renumbered.
// Throws ConfigError when a split has no label, or the labels have no split column.
Labels select_splits(const Labels& labels, const std::vector<std::string>& splits);

}  // namespace galascan
