// CSV for spreadsheets: one row per document, every input listed (failed ones too, with
// status and reason), a grade and a score column per category in lexicon order. Columns
// added later go at the end of the row, so existing positions stay put.

#include "report/csv_rows.hpp"
#include "report/sanitise.hpp"
#include "report/writers.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/core.h>

namespace galascan {

namespace {

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

// One decimal (the signal is rounded to 0.1), with the dialect's decimal mark: fmt ignores
// the locale, so "2.5" unless the dialect says "2,5".
std::string one_decimal(double value, const CsvDialect& dialect) {
    std::string number = fmt::format("{:.1f}", value);
    std::replace(number.begin(), number.end(), '.', dialect.decimal_mark);
    return number;
}

}  // namespace

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
    header.insert(header.end(),
                  {"content_hash", "pdf_title", "pdf_author", "pdf_created", "pdf_modified", "pdf_producer"});
    for (const CategoryInfo& category : report.categories) {
        header.push_back(category.id + "_hits_per_1000_words");
        header.push_back(category.id + "_pages_with_hits");
    }
    const std::vector<std::string> tags = tag_keys(report);
    for (const std::string& key : tags) {
        header.push_back(text("tag_" + key));
    }
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
        // The PDF's metadata is its author's text: quoted, defused and escaped like page text.
        const PdfInfo& info = document.info;
        for (const std::string* field :
             {&document.content_hash, &info.title, &info.author, &info.created, &info.modified, &info.producer}) {
            row.push_back(text(*field));
        }
        for (std::size_t i = 0; i < report.categories.size(); ++i) {
            if (i < document.categories.size()) {
                const GradingSignals& signals = document.categories[i].signals;
                row.push_back(one_decimal(signals.hits_per_1000_words, dialect));
                row.push_back(std::to_string(signals.pages));
            } else {
                row.insert(row.end(), {"", ""});
            }
        }
        for (const std::string& key : tags) {
            row.push_back(text(tag_value(document, key)));
        }
        write_csv_row(out, row, dialect);
    }
}

}  // namespace galascan
