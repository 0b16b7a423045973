// CSV for spreadsheets: one row per document, every input listed (failed ones too, with
// status and reason), a grade and a score column per category in lexicon order.

#include "report/sanitise.hpp"
#include "report/writers.hpp"

#include <string>
#include <vector>

namespace galascan {

namespace {

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out << (i == 0 ? "" : ",") << cells[i];
    }
    out << "\r\n";  // RFC 4180 line break
}

}  // namespace

void write_csv(const Report& report, std::ostream& out) {
    std::vector<std::string> header = {"file", "status", "reason", "pages", "words"};
    for (const CategoryInfo& category : report.categories) {
        header.push_back(category.id + "_grade");
        header.push_back(category.id + "_score");
    }
    // Added after the category columns so that existing column positions stay put.
    header.insert(header.end(), {"furniture_lines", "toc_lines"});
    write_row(out, header);
    for (const DocumentReport& document : report.documents) {
        std::vector<std::string> row = {csv_field(document.path), csv_field(status_name(document.status)),
                                        csv_field(document.reason), std::to_string(document.pages),
                                        std::to_string(document.words)};
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
        write_row(out, row);
    }
}

}  // namespace galascan
