// CSV for spreadsheets: one row per document, every input listed (failed ones too, with
// status and reason), a grade and a score column per category in lexicon order.

#include "report/csv_rows.hpp"
#include "report/sanitise.hpp"
#include "report/writers.hpp"

#include <string>
#include <vector>

namespace galascan {

void write_csv_start(std::ostream& out, const CsvDialect& dialect) {
    if (dialect.byte_order_mark) {
        out << "\xEF\xBB\xBF";
    }
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& cells, const CsvDialect& dialect) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out << dialect.separator;
        }
        out << cells[i];
    }
    out << "\r\n";  // RFC 4180 line break
}

void write_csv(const Report& report, std::ostream& out, const CsvDialect& dialect) {
    const auto text = [&dialect](std::string_view cell) { return csv_field(cell, true, dialect.separator); };
    std::vector<std::string> header = {"file", "status", "reason", "pages", "words"};
    for (const CategoryInfo& category : report.categories) {
        header.push_back(category.id + "_grade");
        header.push_back(category.id + "_score");
    }
    // Added after the category columns so that existing column positions stay put.
    header.insert(header.end(), {"furniture_lines", "toc_lines"});
    write_csv_start(out, dialect);
    write_csv_row(out, header, dialect);
    for (const DocumentReport& document : report.documents) {
        std::vector<std::string> row = {text(document.path), text(status_name(document.status)), text(document.reason),
                                        std::to_string(document.pages), std::to_string(document.words)};
        for (std::size_t i = 0; i < report.categories.size(); ++i) {
            if (i < document.categories.size()) {
                row.push_back(grade_name(document.categories[i].grade));
                row.push_back(std::to_string(document.categories[i].score));
            } else {
                row.insert(row.end(), {"", ""});  // not analysed: no grade rather than a false "absent"
            }
        }
        row.push_back(std::to_string(document.furniture_lines));
        row.push_back(std::to_string(document.toc_lines));
        write_csv_row(out, row, dialect);
    }
}

}  // namespace galascan
