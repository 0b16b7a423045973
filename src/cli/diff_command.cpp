// galascan diff OLD NEW: each side read back (a JSON/JSONL report, report/json_reader) or
// analysed (a PDF or a folder, the report's pipeline with one lexicon for both), compared
// (report/report_diff) and written (report/diff_writers); the exit code for CI from --fail-on.

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <sstream>
#include <variant>

#include <fmt/core.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/inputs.hpp"
#include "pipeline/pipeline.hpp"
#include "report/diff_writers.hpp"
#include "report/json_reader.hpp"
#include "store/user_file.hpp"

namespace galascan {

namespace {

// As for merge: a report of 10,000 documents with their evidence is some 250 MB.
constexpr std::uintmax_t max_report_bytes = std::uintmax_t{1} << 30;

struct Side {
    Report report;
    std::string root;  // what its paths are relative to, for pairing
};

// A side that cannot be read: the message for stderr (exit 2).
struct SideError {
    std::string message;
};

bool names_pdf(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".pdf";
}

// The folder a path lies in, as a prefix of it ("plannen/"; empty for a bare name).
std::string folder_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// Analysed once the lexicon is known: a PDF or a folder.
std::variant<Side, SideError> analysed_side(const std::string& path, bool is_folder, const Pipeline& pipeline,
                                            const Options& options, const Streams& streams) {
    Inputs inputs = collect_inputs({path}, options.inputs.selection);
    for (const std::string& warning : inputs.warnings) {
        if (!options.output.quiet) {
            streams.err << "galascan: warning: " << escape_for_message(warning) << '\n';
        }
    }
    if (inputs.files.empty()) {
        return SideError{fmt::format("{}: no PDF files to compare", escape_for_message(path))};
    }
    Side side{analyse_batch(inputs.files, pipeline, options.batch), {}};
    side.root = is_folder ? common_folder(side.report) : folder_of(path);
    if (is_folder) {
        // The folder as given, so that a file in a subfolder keeps its subfolder in its key.
        std::string root = path;
        while (root.size() > 1 && root.back() == '/') {
            root.pop_back();
        }
        root += '/';
        const bool all_below = std::all_of(side.report.documents.begin(), side.report.documents.end(),
                                           [&root](const DocumentReport& d) { return d.path.starts_with(root); });
        if (all_below) {
            side.root = root;
        }
    }
    return side;
}

std::variant<Side, SideError> report_side(const std::string& path) {
    std::variant<std::string, UserFileError> text = read_user_file(path, max_report_bytes);
    if (const auto* error = std::get_if<UserFileError>(&text)) {
        return SideError{fmt::format("{}: {}", escape_for_message(path), escape_for_message(error->reason))};
    }
    std::variant<Report, ReportReadError> report = read_report(std::get<std::string>(text));
    if (const auto* error = std::get_if<ReportReadError>(&report)) {
        return SideError{fmt::format("{}: neither a PDF, a folder nor a galascan report: {}", escape_for_message(path),
                                     escape_for_message(error->reason))};
    }
    Side side{std::move(std::get<Report>(report)), {}};
    side.root = side.report.documents.size() == 1 ? folder_of(side.report.documents.front().path)
                                                   : common_folder(side.report);
    return side;
}

// What a side is decides how it is read: a folder or a *.pdf is analysed; any other file must
// be a report galascan wrote.
std::variant<Side, SideError> read_side(const std::string& path, const std::optional<Pipeline>& pipeline,
                                        const Options& options, const Streams& streams) {
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) {
        return SideError{fmt::format("{}: no such file or folder", escape_for_message(path))};
    }
    const bool is_folder = std::filesystem::is_directory(status);
    if (is_folder || names_pdf(path)) {
        return analysed_side(path, is_folder, *pipeline, options, streams);
    }
    return report_side(path);
}

bool needs_analysis(const std::string& path) {
    std::error_code error;
    return std::filesystem::is_directory(path, error) || names_pdf(path);
}

bool any_not_analysed(const Report& report) {
    return std::any_of(report.documents.begin(), report.documents.end(),
                       [](const DocumentReport& document) { return !is_analysed(document.status); });
}

}  // namespace

int run_diff(const Options& options, const Streams& streams) {
    const DiffOptions& settings = options.diff;
    // The lexicon is built (and checked) once, before any PDF is opened, and grades both sides.
    std::optional<Pipeline> pipeline;
    if (needs_analysis(settings.old_side) || needs_analysis(settings.new_side)) {
        pipeline.emplace(build_pipeline(options.pipeline));
    }
    std::variant<Side, SideError> old_side = read_side(settings.old_side, pipeline, options, streams);
    if (const auto* error = std::get_if<SideError>(&old_side)) {
        streams.err << "galascan: diff: OLD " << error->message << '\n';
        return exit_code::usage;
    }
    std::variant<Side, SideError> new_side = read_side(settings.new_side, pipeline, options, streams);
    if (const auto* error = std::get_if<SideError>(&new_side)) {
        streams.err << "galascan: diff: NEW " << error->message << '\n';
        return exit_code::usage;
    }
    const Side& before = std::get<Side>(old_side);
    const Side& after = std::get<Side>(new_side);
    std::variant<ReportDiff, DiffError> compared =
        diff_reports(DiffSide{before.report, before.root}, DiffSide{after.report, after.root});
    if (const auto* error = std::get_if<DiffError>(&compared)) {
        streams.err << "galascan: diff: " << escape_for_message(error->reason)
                    << "\nGrade both with the same lexicon (--lexicon for a PDF or folder side).\n";
        return exit_code::usage;
    }
    const ReportDiff& diff = std::get<ReportDiff>(compared);

    std::ostringstream text;
    switch (settings.format) {
        case DiffFormat::table: write_diff_table(diff, text); break;
        case DiffFormat::csv: write_diff_csv(diff, text); break;
        case DiffFormat::json: write_diff_json(diff, text); break;
    }
    if (!deliver(text.str(), options.output, streams.out, streams.err)) {
        return exit_code::output_failed;
    }
    if (settings.format != DiffFormat::table && !options.output.quiet) {
        streams.err << diff_summary(diff) << '\n';
    }
    if (any_not_analysed(before.report) || any_not_analysed(after.report)) {
        return exit_code::some_inputs_failed;
    }
    const bool dropped = diff.count(GradeChange::dropped) > 0;
    const bool weakened = dropped || diff.count(GradeChange::weakened) > 0;
    if ((settings.fail_on == FailOn::dropped && dropped) || (settings.fail_on == FailOn::weakened && weakened)) {
        if (!options.output.quiet) {
            streams.err << fmt::format("galascan: diff: --fail-on {}: {} dropped, {} weakened\n",
                                       settings.fail_on == FailOn::dropped ? "dropped" : "weakened",
                                       diff.count(GradeChange::dropped), diff.count(GradeChange::weakened));
        }
        return exit_code::requirement_failed;
    }
    return exit_code::success;
}

}  // namespace galascan
