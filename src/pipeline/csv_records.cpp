// RFC 4180 records, with the line each starts on so that a caller's messages can point at it.
// A small state machine over the text: a field is quoted or plain, and only a line end outside
// quotes ends a record.

#include "pipeline/csv_records.hpp"

#include <utility>

#include <fmt/core.h>

#include "lexicon/load_lexicon.hpp"

namespace galascan {

namespace {

// A position in the CSV text, with the line it is on.
struct CsvCursor {
    std::string_view text;
    std::size_t position = 0;
    int line = 1;
    const std::string& source;

    bool at_end() const { return position >= text.size(); }
    char peek() const { return text[position]; }
};

// A field in quotes: "" is a quote, and commas and line breaks are text.
std::string read_quoted_field(CsvCursor& cursor) {
    const int opened_on = cursor.line;
    std::string field;
    ++cursor.position;  // the opening quote
    while (!cursor.at_end()) {
        const char c = cursor.text[cursor.position++];
        if (c == '"' && !cursor.at_end() && cursor.peek() == '"') {
            ++cursor.position;
        } else if (c == '"') {
            return field;
        }
        cursor.line += c == '\n' ? 1 : 0;
        field += c;
    }
    throw ConfigError(fmt::format("{}:{}: a quoted field is never closed", cursor.source, opened_on));
}

std::string read_plain_field(CsvCursor& cursor) {
    const std::size_t start = cursor.position;
    while (!cursor.at_end() && cursor.peek() != ',' && cursor.peek() != '\n' && cursor.peek() != '\r') {
        ++cursor.position;
    }
    return std::string(cursor.text.substr(start, cursor.position - start));
}

// One record: fields up to a line end that is not inside quotes.
CsvRecord read_record(CsvCursor& cursor) {
    CsvRecord record{cursor.line, {}};
    while (true) {
        const bool quoted = !cursor.at_end() && cursor.peek() == '"';
        record.fields.push_back(quoted ? read_quoted_field(cursor) : read_plain_field(cursor));
        if (cursor.at_end()) {
            return record;
        }
        const char next = cursor.text[cursor.position++];
        if (next == ',') {
            continue;
        }
        if (next == '\r' || next == '\n') {
            if (next == '\r' && !cursor.at_end() && cursor.peek() == '\n') {
                ++cursor.position;
            }
            ++cursor.line;
            return record;
        }
        throw ConfigError(fmt::format("{}:{}: text after a closing quote (a quote inside a field is written \"\")",
                                      cursor.source, cursor.line));
    }
}

}  // namespace

std::vector<CsvRecord> read_csv(std::string_view text, const std::string& source) {
    constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
    if (text.substr(0, byte_order_mark.size()) == byte_order_mark) {
        text.remove_prefix(byte_order_mark.size());
    }
    CsvCursor cursor{text, 0, 1, source};
    std::vector<CsvRecord> records;
    while (!cursor.at_end()) {
        CsvRecord record = read_record(cursor);
        if (record.fields.size() > 1 || !record.fields.front().empty()) {  // not a blank line
            records.push_back(std::move(record));
        }
    }
    return records;
}

}  // namespace galascan
