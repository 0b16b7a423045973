// galascan [OPTIONS] PATH...: the report. The lexicon and the --require rules are checked
// before any PDF is opened, the batch runs in worker processes (pipeline/analyse_batch), the
// report is written in the chosen format, and the exit code says whether every input was
// analysed and every requirement met.

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"
#include "lexicon/load_lexicon.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/inputs.hpp"
#include "pipeline/path_list.hpp"
#include "pipeline/pipeline.hpp"
#include "cli/report_output.hpp"
#include "report/writers.hpp"

namespace galascan {

namespace {

// The paths given and those --files-from lists, in that order. A list that cannot be read is
// a usage error (exit 2): nothing is analysed from half a list.
std::vector<std::string> given_paths(const Options& options, const Streams& streams) {
    std::vector<std::string> paths = options.paths;
    const InputOptions& inputs = options.inputs;
    if (inputs.files_from.empty()) {
        return paths;
    }
    const char separator = inputs.null_separated ? '\0' : '\n';
    std::vector<std::string> listed;
    if (inputs.files_from == "-") {
        if (streams.in != nullptr) {
            listed = read_path_list(*streams.in, separator);
        }
    } else {
        std::error_code error;
        if (std::filesystem::is_directory(inputs.files_from, error)) {
            throw ConfigError(fmt::format("--files-from {}: is a folder, not a list of paths", inputs.files_from));
        }
        std::ifstream file(inputs.files_from, std::ios::binary);
        if (!file) {
            throw ConfigError(fmt::format("--files-from {}: {}", inputs.files_from, std::strerror(errno)));
        }
        listed = read_path_list(file, separator);
        if (file.bad()) {
            throw ConfigError(fmt::format("--files-from {}: could not read it whole", inputs.files_from));
        }
    }
    paths.insert(paths.end(), listed.begin(), listed.end());
    return paths;
}

// The PDFs the paths name; what is odd about the paths is said on stderr unless --quiet.
std::vector<std::string> input_files(const Options& options, const Streams& streams) {
    std::ostream& err = streams.err;
    Inputs inputs = collect_inputs(given_paths(options, streams), options.inputs.selection);
    for (const std::string& warning : inputs.warnings) {
        if (!options.output.quiet) {
            err << "galascan: warning: " << escape_for_message(warning) << '\n';
        }
    }
    return std::move(inputs.files);
}

// What the report shows while the batch runs. --format jsonl writes each document as soon as
// it and every one before it are final: straight to stdout, or, when the report goes to a
// file, into `buffer`, to be written whole and atomically like every other format. A progress
// line appears only when stderr is a terminal.
BatchEvents batch_events(const OutputOptions& output, const Report& header, const Streams& streams,
                         std::ostringstream& buffer, std::optional<ProgressLine>& progress) {
    BatchEvents events;
    if (output.format == OutputFormat::jsonl) {
        const bool streaming = output.output_file.empty();
        std::ostream& target = streaming ? streams.out : buffer;
        events.final_in_order = [&header, &target, streaming](std::size_t, const DocumentReport& document) {
            write_jsonl_document(header, document, target);
            if (streaming) {
                target.flush();
            }
        };
    }
    if (!output.quiet && shows_progress(stderr)) {
        progress.emplace(streams.err, terminal_width(stderr));
        events.progress = [&progress](const BatchProgress& state) { progress->update(state); };
    }
    return events;
}

// --list-files: the files a batch would read, in its order, and nothing read. Names are escaped
// for the terminal as in every message; with -0 they are written as they are, each ended by a
// NUL, for `galascan --files-from - -0` or xargs -0.
int list_files(const std::vector<std::string>& files, const Options& options, const Streams& streams) {
    std::string listing;
    for (const std::string& file : files) {
        listing += options.inputs.null_separated ? file + '\0' : escape_for_message(file) + '\n';
    }
    return deliver(listing, options.output, streams.out, streams.err) ? exit_code::success : exit_code::output_failed;
}

}  // namespace

int run_report(const Options& options, const Streams& streams) {
    if (options.inputs.list_files) {
        const std::vector<std::string> files = input_files(options, streams);
        if (files.empty()) {
            streams.err << "galascan: no PDF files to analyse\n";
            return exit_code::usage;
        }
        return list_files(files, options, streams);
    }
    // The lexicon is built and checked before any PDF is opened: a typo in it must not
    // surface after a 400-file run.
    const Pipeline pipeline = build_pipeline(options.pipeline);
    const std::vector<CategoryInfo> categories = category_infos(pipeline.lexicon);
    const std::vector<Requirement> requirements = parse_requirements(options.requirements, categories);
    const std::vector<std::string> files = input_files(options, streams);
    if (files.empty()) {
        streams.err << "galascan: no PDF files to analyse\n";
        return exit_code::usage;
    }

    Report header;  // what write_jsonl_document needs before the batch ends
    header.categories = categories;
    std::ostringstream buffer;
    std::optional<ProgressLine> progress;
    Report report =
        analyse_batch(files, pipeline, options.batch, batch_events(options.output, header, streams, buffer, progress));
    report.stats.timed = options.output.stats;
    if (progress) {
        progress->finish();
    }

    return deliver_report(report, requirements, options.output, streams, buffer);
}

}  // namespace galascan
