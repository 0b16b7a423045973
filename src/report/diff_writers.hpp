#pragma once
// The formats of `galascan diff` (docs/output-formats.md, "galascan diff"): thin layouts of a
// ReportDiff computed before them (report/report_diff.hpp).

#include <ostream>

#include "report/report_diff.hpp"

namespace galascan {

// For a person: per document only the categories whose grade changed, each with the
// evidence that appeared (+) or disappeared (-), then one summary line of counts.
void write_diff_table(const ReportDiff& diff, std::ostream& out);

// One row per document x category: old and new file, how they were paired, the grades,
// the change and how many evidence lines appeared and disappeared (RFC 4180, CRLF).
void write_diff_csv(const ReportDiff& diff, std::ostream& out);

// Everything, for a script: {"schema_version": 1, "categories", "summary", "documents"}.
void write_diff_json(const ReportDiff& diff, std::ostream& out);

// The summary line the table ends with: "1 dropped, 0 weakened, 0 appeared, 2 strengthened,
// 9 unchanged", and the documents only on one side or not compared when there are any.
std::string diff_summary(const ReportDiff& diff);

}  // namespace galascan
