#pragma once
// Reading CSV as RFC 4180 has it, and as spreadsheets export it: quoted fields, CRLF or LF.

#include <string>
#include <string_view>
#include <vector>

namespace galascan {

struct CsvRecord {
    int line = 0;  // 1-based line of the text where the record starts
    std::vector<std::string> fields;
};

// Every record of `text`, fields unquoted ("" inside quotes is one quote; commas and line
// breaks inside quotes are text). A UTF-8 byte order mark is skipped and blank lines are left
// out. Throws ConfigError "source:line: ..." on a quote that is never closed or text after a
// closing quote. Records need not have equal numbers of fields: the caller decides.
std::vector<CsvRecord> read_csv(std::string_view text, const std::string& source);

}  // namespace galascan
