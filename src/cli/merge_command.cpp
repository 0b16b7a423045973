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

std::variant<std::string, UserFileError> read_standard_input() {
    std::string content;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t count = read_some(STDIN_FILENO, buffer, sizeof buffer);
        if (count < 0) {
            return UserFileError{std::strerror(errno)};
        }
        if (count == 0) {
            return content;
        }
        content.append(buffer, static_cast<std::size_t>(count));
        if (content.size() > max_report_bytes) {
            return UserFileError{fmt::format("larger than {} MiB", max_report_bytes >> 20)};
        }
    }
}

}  // namespace

int run_merge(const Options& options, const Streams& streams) {
    std::vector<NamedReport> parts;
    for (const std::string& path : options.paths) {
        const std::string source = path == "-" ? "standard input" : path;
        std::variant<std::string, UserFileError> text =
            path == "-" ? read_standard_input() : read_user_file(path, max_report_bytes);
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
