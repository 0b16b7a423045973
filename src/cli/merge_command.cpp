// galascan merge REPORT...: reports of parts of one batch read back (report/json_reader),
// merged (report/merge_reports) and written like the report of one run, with its exit code.

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>
#include <variant>
#include <vector>

#include <fmt/core.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_output.hpp"
#include "report/json_reader.hpp"
#include "report/merge_reports.hpp"
#include "report/writers.hpp"
#include "store/file_descriptor.hpp"
#include "store/user_file.hpp"

namespace galascan {

namespace {

// A report of 10,000 documents with their evidence is some 250 MB; anything past this is no report.
constexpr std::uintmax_t max_report_bytes = std::uintmax_t{1} << 30;

}  // namespace

int run_merge(const Options& options, const Streams& streams) {
    say_configuration_file(options, streams.err);
    if (const std::optional<std::string> refused = refused_output(options.output, streams.out_file)) {
        streams.err << "galascan: " << *refused << "\nRun 'galascan --help' for usage and examples.\n";
        return exit_code::usage;
    }
    std::vector<NamedReport> parts;
    for (const std::string& path : options.paths) {
        const std::string source = path == "-" ? "standard input" : path;
        std::variant<std::string, UserFileError> text =
            path == "-" ? read_bounded(STDIN_FILENO, max_report_bytes) : read_user_file(path, max_report_bytes);
        if (const auto* error = std::get_if<UserFileError>(&text)) {
            streams.err << fmt::format("galascan: merge: {}: {}\n", escape_for_message(source),
                                       escape_for_message(error->reason));
            return exit_code::usage;
        }
        std::variant<Report, ReportReadError> report = read_report(std::get<std::string>(text));
        if (const auto* error = std::get_if<ReportReadError>(&report)) {
            streams.err << fmt::format("galascan: merge: {}: not a galascan report: {}\n", escape_for_message(source),
                                       escape_for_message(error->reason));
            return exit_code::usage;
        }
        parts.push_back(NamedReport{source, std::move(std::get<Report>(report))});
    }
    std::variant<Report, MergeError> merged = merge_reports(std::move(parts));
    if (const auto* error = std::get_if<MergeError>(&merged)) {
        streams.err << "galascan: merge: " << escape_for_message(error->reason) << '\n';
        return exit_code::usage;
    }
    Report& report = std::get<Report>(merged);
    report.stats.timed = false;  // the parts' times say nothing about this command
    const std::vector<Requirement> requirements = parse_requirements(options.requirements, report.categories);
    std::ostringstream buffer;
    if (options.output.format == OutputFormat::jsonl) {
        for (const DocumentReport& document : report.documents) {
            write_jsonl_document(report, document, buffer);
        }
    }
    return deliver_report(report, requirements, options.output, streams, buffer);
}

}  // namespace galascan
