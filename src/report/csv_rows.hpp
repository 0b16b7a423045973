#pragma once
// The CSV record layer both CSV layouts share (report/csv_writer.cpp): the dialect's start
// of file and its rows. Cells arrive already made safe by csv_field (report/sanitise.hpp).

#include <ostream>
#include <string>
#include <vector>

#include "report/writers.hpp"

namespace galascan {

// What precedes the header: the byte-order mark, if the dialect wants one.
void write_csv_start(std::ostream& out, const CsvDialect& dialect);

// `cells` joined by the dialect's separator, ended by CRLF.
void write_csv_row(std::ostream& out, const std::vector<std::string>& cells, const CsvDialect& dialect);

}  // namespace galascan
