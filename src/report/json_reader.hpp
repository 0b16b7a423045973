#pragma once
// Reading galascan's own JSON and JSON Lines reports back into the report model, for `merge`
// (shards of one batch) and `diff` (two runs). What write_json wrote, read_report gives back
// field for field: writing it again gives the same bytes.

#include <string>
#include <string_view>
#include <variant>

#include "report/report.hpp"

namespace galascan {

struct ReportReadError {
    std::string reason;  // "line 12: no field 'status' in a document", "not a galascan report"
};

// A JSON report (one object with `documents`), or JSON Lines: any number of document lines
// and summary lines in any order, as shards concatenated with `cat` give them. Every summary
// and the JSON's header must name the same categories (ids, kinds, labels), schema and
// galascan version; a report with a newer schema_version than this galascan writes is refused.
// Run statistics (`seconds`, `jobs`, `cache_hits`) are not read: they describe one run.
std::variant<Report, ReportReadError> read_report(std::string_view text);

}  // namespace galascan
