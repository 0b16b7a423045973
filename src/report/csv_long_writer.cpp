// The long CSV layout (--format csv-long): the evidence behind every grade, a row per
// document x category x evidence line, for a pivot table or a filter on one category. The
// rows come from report/evidence_rows.cpp, the same the xlsx evidence sheet prints.

#include "report/csv_rows.hpp"
#include "report/evidence_rows.hpp"
#include "report/sanitise.hpp"
#include "report/writers.hpp"

#include <string>
#include <vector>

namespace galascan {

void write_csv_long(const Report& report, std::ostream& out, const CsvDialect& dialect) {
    const auto text = [&dialect](std::string_view cell) { return csv_field(cell, true, dialect.separator); };
    write_csv_start(out, dialect);
    write_csv_row(out,
                  {"file", "status", "reason", "category", "grade", "score", "rule", "page", "page_label", "block",
                   "term", "text", "snippet"},
                  dialect);
    for (const EvidenceRow& row : evidence_rows(report, true)) {
        const DocumentReport& document = *row.document;
        std::vector<std::string> cells = {text(document.path), text(status_name(document.status)),
                                          text(document.reason)};
        if (row.score != nullptr) {
            cells.insert(cells.end(), {text(row.category->id), grade_name(row.score->grade),
                                       std::to_string(row.score->score), text(row.score->rule)});
        } else {
            cells.insert(cells.end(), 4, "");
        }
        if (row.evidence != nullptr) {
            const Evidence& evidence = *row.evidence;
            cells.insert(cells.end(), {std::to_string(evidence.page_index), text(evidence.page_label),
                                       block_kind_name(evidence.block_kind), text(evidence.term), text(evidence.text),
                                       text(evidence.snippet)});
        } else {
            cells.insert(cells.end(), 6, "");
        }
        write_csv_row(out, cells, dialect);
    }
}

}  // namespace galascan
