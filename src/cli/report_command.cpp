// galascan [OPTIONS] PATH...: the report. The lexicon and the --require rules are checked
// before any PDF is opened, the batch runs in worker processes (pipeline/analyse_batch), the
// report is written in the chosen format, and the exit code says whether every input was
// analysed and every requirement met.

#include <algorithm>
#include <cstdio>
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
#include "pipeline/pipeline.hpp"
#include "pipeline/requirements.hpp"
#include "pipeline/tags.hpp"
#include "report/writers.hpp"

namespace galascan {

namespace {

std::vector<Requirement> parse_requirements(const std::vector<std::string>& rules, const Lexicon& lexicon) {
    std::vector<Requirement> requirements;
    for (const std::string& rule : rules) {
        requirements.push_back(parse_requirement(rule, lexicon));
    }
    return requirements;
}

// The PDFs the paths name; what is odd about the paths is said on stderr unless --quiet.
std::vector<std::string> input_files(const Options& options, std::ostream& err) {
    Inputs inputs = collect_inputs(options.paths);
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
BatchEvents batch_events(const Options& options, const Report& header, const Streams& streams,
                         std::ostringstream& buffer, std::optional<ProgressLine>& progress) {
    const OutputOptions& output = options.output;
    BatchEvents events;
    if (output.format == OutputFormat::jsonl) {
        const bool streaming = output.output_file.empty();
        std::ostream& target = streaming ? streams.out : buffer;
        events.final_in_order = [&header, &target, streaming, &tags = options.tags](std::size_t,
                                                                                    const DocumentReport& document) {
            DocumentReport tagged = document;
            tagged.tags = tags_for(document.path, tags);
            write_jsonl_document(header, tagged, target);
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

void write_report(const Report& report, const OutputOptions& options, const TableStyle& style, std::ostream& out) {
    switch (options.format) {
        case OutputFormat::table:
            write_table(report, out, style);
            break;
        case OutputFormat::csv:
            write_csv(report, out);
            break;
        case OutputFormat::json:
            write_json(report, out);
            break;
        case OutputFormat::jsonl:  // documents were streamed as they became final
            write_jsonl_summary(report, out);
            break;
    }
}

// "galascan: 40 files (38 analysed, 2 failed: 1 timeout, 1 crashed), 1,512 pages in 9.8 s ..."
std::string stats_line(const Report& report) {
    const ReportSummary summary = summarise(report);
    std::vector<std::string> failures;
    for (const auto& [status, count] : summary.statuses) {
        if (!is_analysed(status)) {
            failures.push_back(fmt::format("{} {}", count, status_name(status)));
        }
    }
    const double seconds = std::max(report.stats.seconds, 1e-6);
    return fmt::format(
        "galascan: {} file{} ({} analysed, {} failed{}), {} pages in {:.2f} s ({:.0f} pages/s), "
        "{} worker{}, {} from the cache\n",
        summary.documents, summary.documents == 1 ? "" : "s", summary.analysed, summary.failed,
        failures.empty() ? "" : fmt::format(": {}", fmt::join(failures, ", ")), summary.pages, report.stats.seconds,
        summary.pages / seconds, report.stats.jobs, report.stats.jobs == 1 ? "" : "s", report.stats.cache_hits);
}

// A CI log should say which file failed and why, not only how many: the first few, by name.
void name_failed_inputs(const Report& report, int failed, std::ostream& err) {
    constexpr int named_at_most = 5;
    int named = 0;
    for (const DocumentReport& document : report.documents) {
        if (is_analysed(document.status)) {
            continue;
        }
        if (named == named_at_most) {
            err << fmt::format("  ... and {} more\n", failed - named);
            return;
        }
        err << fmt::format("  {}: {}\n", escape_for_message(document.path), escape_for_message(document.reason));
        ++named;
    }
}

// Says on stderr what keeps the run from exit 0, and returns the exit code: 3 when some
// inputs could not be analysed (3 wins over 1: an incomplete run cannot vouch for a
// requirement), 1 when a document grades below a --require rule, else 0.
int report_exit_code(const Report& report, const std::vector<Requirement>& requirements, const Lexicon& lexicon,
                     bool quiet, std::ostream& err) {
    const std::vector<UnmetRequirement> unmet = unmet_requirements(report, requirements, lexicon);
    for (const UnmetRequirement& shortfall : unmet) {
        err << fmt::format("galascan: requirement not met: {}: {} is {}, required {}\n",
                           escape_for_message(shortfall.path), shortfall.category_id, grade_name(shortfall.grade),
                           grade_name(shortfall.required));
    }
    const ReportSummary summary = summarise(report);
    if (summary.failed > 0) {
        if (!quiet) {
            err << fmt::format("galascan: {} of {} inputs could not be analysed; their rows say why\n", summary.failed,
                               summary.documents);
            name_failed_inputs(report, summary.failed, err);
        }
        return exit_code::some_inputs_failed;
    }
    return unmet.empty() ? exit_code::success : exit_code::requirement_failed;
}

}  // namespace

int run_report(const Options& options, const Streams& streams) {
    // The lexicon is built and checked before any PDF is opened: a typo in it must not
    // surface after a 400-file run.
    const Pipeline pipeline = build_pipeline(options.pipeline);
    const std::vector<Requirement> requirements = parse_requirements(options.requirements, pipeline.lexicon);
    if (const std::optional<std::string> clash = tag_conflict(options.tags)) {
        throw ConfigError(*clash);
    }
    if (options.output.verbose || options.output.stats) {
        streams.err << fmt::format("galascan: configuration file: {}\n",
                                   options.config_file.empty() ? "none" : escape_for_message(options.config_file));
    }
    const std::vector<std::string> files = input_files(options, streams.err);
    if (files.empty()) {
        streams.err << "galascan: no PDF files to analyse\n";
        return exit_code::usage;
    }

    Report header;  // what write_jsonl_document needs before the batch ends
    header.categories = category_infos(pipeline.lexicon);
    std::ostringstream buffer;
    std::optional<ProgressLine> progress;
    Report report =
        analyse_batch(files, pipeline, options.batch, batch_events(options, header, streams, buffer, progress));
    report.stats.timed = options.output.stats;
    for (DocumentReport& document : report.documents) {
        document.tags = tags_for(document.path, options.tags);
    }
    if (progress) {
        progress->finish();
    }

    const bool to_file = !options.output.output_file.empty();
    write_report(report, options.output, table_style(options.output.color, to_file ? nullptr : streams.out_file),
                 buffer);
    if (!deliver(buffer.str(), options.output, streams.out, streams.err)) {
        return exit_code::output_failed;
    }
    if (options.output.stats) {
        streams.err << stats_line(report);
    }
    return report_exit_code(report, requirements, pipeline.lexicon, options.output.quiet, streams.err);
}

}  // namespace galascan
