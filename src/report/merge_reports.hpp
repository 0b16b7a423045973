#pragma once
// `galascan merge`: reports of parts of one batch (shards run on several machines, or one
// folder at a time) made into the report one run over all their files gives.

#include <string>
#include <variant>
#include <vector>

#include "report/report.hpp"

namespace galascan {

struct NamedReport {
    std::string source;  // where it was read from, for messages
    Report report;
};

struct MergeError {
    std::string reason;
};

// Every part must come from the same galascan and lexicon (same version, lexicon files and
// categories). The documents are ordered by path, byte for byte: the order of one run over a
// folder holding them all. A file in two parts is kept once when both say the same of it; when
// they differ (a re-run after the file changed) that is an error: which one is right is for
// the user to say.
std::variant<Report, MergeError> merge_reports(std::vector<NamedReport> parts);

}  // namespace galascan
