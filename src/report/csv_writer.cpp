// CSV for spreadsheets: one row per document, every input listed (failed ones too, with
// status and reason), a grade and a score column per category in lexicon order. Columns
// added later go at the end of the row, so existing positions stay put.

#include "report/sanitise.hpp"
#include "report/writers.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/core.h>

namespace galascan {

namespace {

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out << (i == 0 ? "" : ",") << cells[i];
    }
    out << "\r\n";  // RFC 4180 line break
}

// Every tag key of the report, in order of first appearance: a column each.
std::vector<std::string> tag_keys(const Report& report) {
    std::vector<std::string> keys;
    for (const DocumentReport& document : report.documents) {
        for (const auto& [key, value] : document.tags) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                keys.push_back(key);
            }
        }
    }
    return keys;
}

std::string tag_value(const DocumentReport& document, const std::string& key) {
    for (const auto& [name, value] : document.tags) {
        if (name == key) {
            return value;
        }
    }
    return {};
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
    header.insert(header.end(),
                  {"content_hash", "pdf_title", "pdf_author", "pdf_created", "pdf_modified", "pdf_producer"});
    for (const CategoryInfo& category : report.categories) {
        header.push_back(category.id + "_hits_per_1000_words");
        header.push_back(category.id + "_pages_with_hits");
    }
    const std::vector<std::string> tags = tag_keys(report);
    for (const std::string& key : tags) {
        header.push_back(csv_field("tag_" + key));
    }
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
        // The PDF's metadata is its author's text: quoted, defused and escaped like page text.
        const PdfInfo& info = document.info;
        for (const std::string* text :
             {&document.content_hash, &info.title, &info.author, &info.created, &info.modified, &info.producer}) {
            row.push_back(csv_field(*text));
        }
        for (std::size_t i = 0; i < report.categories.size(); ++i) {
            if (i < document.categories.size()) {
                const GradingSignals& signals = document.categories[i].signals;
                // '.' as decimal mark whatever the locale (fmt ignores it), one decimal: the
                // signal is rounded to 0.1.
                row.push_back(fmt::format("{:.1f}", signals.hits_per_1000_words));
                row.push_back(std::to_string(signals.pages));
            } else {
                row.insert(row.end(), {"", ""});
            }
        }
        for (const std::string& key : tags) {
            row.push_back(csv_field(tag_value(document, key)));
        }
        write_row(out, row);
    }
}

}  // namespace galascan
