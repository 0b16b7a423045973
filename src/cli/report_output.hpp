#pragma once
// The end of every command that produces a report (the analysis, `merge`): the report written
// in the chosen format, the --stats line, and the exit code from the documents' statuses and
// the --require rules.

#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "pipeline/requirements.hpp"
#include "report/report.hpp"

namespace galascan {

// What the output options cannot do together (--csv-dialect with a format that is no CSV;
// --format xlsx to a terminal without -o), as a usage message; nothing when fine. Asked
// before any input is read. `out_file`: the C stream behind standard output, or nullptr.
std::optional<std::string> refused_output(const OutputOptions& options, std::FILE* out_file);

// The --require rules over the report's categories; throws ConfigError (exit 2) naming a bad one.
std::vector<Requirement> parse_requirements(const std::vector<std::string>& rules,
                                            const std::vector<CategoryInfo>& categories);

// With --verbose or --stats: which configuration file was read (cli/config_file.hpp), or none.
void say_configuration_file(const Options& options, std::ostream& err);

// Puts the --require rules' results into `report` (JSON `requirements`), writes it in options.format after what `buffer` already holds (JSON Lines documents
// streamed into it), delivers it to -o's file or stdout, says --stats, and returns the exit
// code: 4 when the report could not be written, else 3 when some documents could not be
// analysed (3 wins over 1: an incomplete run cannot vouch for a requirement), 1 when a
// document grades below a --require rule, else 0.
int deliver_report(Report& report, const std::vector<Requirement>& requirements, const OutputOptions& options,
                   const Streams& streams, std::ostringstream& buffer);

}  // namespace galascan
