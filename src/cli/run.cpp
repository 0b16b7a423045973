#include "cli/run.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <system_error>

#include <fmt/core.h>
#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/parse_args.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"
#include "lexicon/builtin_lexicon.hpp"
#include "lexicon/load_lexicon.hpp"
#include "pipeline/analyse.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/check_lexicon.hpp"
#include "pipeline/inputs.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/requirements.hpp"
#include "report/sanitise.hpp"
#include "report/writers.hpp"
#include "store/atomic_file.hpp"
#include "store/cache.hpp"
#include "version.hpp"

namespace galascan {

namespace {

void write_report(const Report& report, const OutputOptions& options, const TableStyle& style, std::ostream& out) {
    switch (options.format) {
    case OutputFormat::table: write_table(report, out, style); break;
    case OutputFormat::csv: write_csv(report, out); break;
    case OutputFormat::json: write_json(report, out); break;
    case OutputFormat::jsonl:  // documents were streamed as they became final
        write_jsonl_summary(report, out);
        break;
    }
}

// Messages name files and lexicon lines, which may hold anything: keep them one safe line.
std::string escape_for_message(std::string_view text) { return escape_controls(text); }

int exit_code_for(const ReportSummary& summary) {
    return summary.failed > 0 ? exit_code::some_inputs_failed : exit_code::success;
}

// Writes `content` to -o's file or to `out`; false (with a message) when that fails.
bool deliver(const std::string& content, const OutputOptions& options, std::ostream& out, std::ostream& err) {
    if (!options.output_file.empty()) {
        // Never half-written: an interrupted or failed run leaves the previous report whole.
        if (const std::optional<FileWriteError> failure =
                write_file_atomically(options.output_file, {content}, FilePermissions::as_new_file)) {
            err << "galascan: " << escape_for_message(failure->message) << '\n';
            return false;
        }
        return true;
    }
    out << content;
    out.flush();
    if (!out) {
        err << "galascan: cannot write the report to standard output\n";
        return false;
    }
    return true;
}

int run_text(const Options& options, std::ostream& out, std::ostream& err) {
    const Pipeline pipeline = build_pipeline(options.pipeline);
    const std::string& path = options.paths.front();
    const std::variant<LaidOutDocument, ExtractError> laid_out = lay_out(path, pipeline);
    if (const auto* error = std::get_if<ExtractError>(&laid_out)) {
        err << "galascan: " << escape_for_message(path) << ": " << escape_for_message(error->reason) << '\n';
        return exit_code::some_inputs_failed;
    }
    std::ostringstream buffer;
    if (options.output.format == OutputFormat::json) {
        write_blocks_json(path, std::get<LaidOutDocument>(laid_out), buffer);
    } else {
        write_blocks(std::get<LaidOutDocument>(laid_out), buffer);
    }
    return deliver(buffer.str(), options.output, out, err) ? exit_code::success : exit_code::output_failed;
}

int run_explain(const Options& options, std::ostream& out, std::ostream& err) {
    PipelineOptions pipeline_options = options.pipeline;
    pipeline_options.score.evidence_per_category = 0;  // every hit
    const Pipeline pipeline = build_pipeline(pipeline_options);
    const std::vector<CategoryInfo> categories = category_infos(pipeline.lexicon);
    if (!options.explain_category.empty() &&
        std::none_of(categories.begin(), categories.end(),
                     [&](const CategoryInfo& c) { return c.id == options.explain_category; })) {
        err << "galascan: explain: '" << escape_for_message(options.explain_category)
            << "' is no category id of the lexicon (galascan lexicon dump lists the ids)\n";
        return exit_code::usage;
    }
    const std::string& path = options.paths.front();
    const std::variant<Explanation, ExtractError> explained = explain_document(path, pipeline);
    if (const auto* error = std::get_if<ExtractError>(&explained)) {
        err << "galascan: " << escape_for_message(path) << ": " << escape_for_message(error->reason) << '\n';
        return exit_code::some_inputs_failed;
    }
    const Explanation& explanation = std::get<Explanation>(explained);
    std::ostringstream buffer;
    write_explanation(explanation.report, explanation.laid_out, categories, options.explain_category, buffer);
    return deliver(buffer.str(), options.output, out, err) ? exit_code::success : exit_code::output_failed;
}

int run_lexicon_dump(std::ostream& out) {
    for (const EmbeddedFile& file : builtin_lexicon_files()) {
        out << "# " << file.name << " (galascan " << version << ")\n" << file.content;
        if (!file.content.empty() && file.content.back() != '\n') {
            out << '\n';
        }
    }
    return exit_code::success;
}

int run_lexicon_check(const Options& options, std::ostream& out, std::ostream& err) {
    std::vector<LexiconSource> sources;
    try {
        sources = options.paths.empty() ? builtin_lexicon_sources() : read_lexicon_sources(options.paths);
    } catch (const ConfigError& error) {
        err << "galascan: " << escape_for_message(error.what()) << '\n';
        return exit_code::usage;
    }
    const LexiconCheck check = check_lexicon(sources);
    std::size_t errors = 0;
    for (const LexiconFinding& finding : check.findings) {
        errors += finding.is_error ? 1 : 0;
        out << escape_for_message(finding.where.empty() ? std::string("lexicon") : finding.where)
            << (finding.is_error ? ": error: " : ": warning: ") << escape_for_message(finding.message) << '\n';
    }
    out << fmt::format("lexicon check: {} file{}, {} categories, {} entries, {} examples run ({} failed): {} error{}, "
                       "{} warning{} -> {}\n",
                       sources.size(), sources.size() == 1 ? "" : "s", check.categories, check.entries,
                       check.examples, check.examples_failed, errors, errors == 1 ? "" : "s",
                       check.findings.size() - errors, check.findings.size() - errors == 1 ? "" : "s",
                       check.sound() ? "sound" : "NOT sound");
    return check.sound() ? exit_code::success : exit_code::requirement_failed;
}

int run_cache_clear(const Options& options, std::ostream& out, std::ostream& err) {
    if (!options.batch.cache_directory) {
        err << "galascan: no cache: neither XDG_CACHE_HOME nor HOME is set\n";
        return exit_code::usage;
    }
    const FileTally removed = ExtractionCache(*options.batch.cache_directory).clear();
    out << fmt::format("removed {} cache file{} ({:.1f} MB) from {}\n", removed.files, removed.files == 1 ? "" : "s",
                       static_cast<double>(removed.bytes) / 1e6,
                       escape_for_message(options.batch.cache_directory->string()));
    return exit_code::success;
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
    return fmt::format("galascan: {} file{} ({} analysed, {} failed{}), {} pages in {:.2f} s ({:.0f} pages/s), "
                       "{} worker{}, {} from the cache\n",
                       summary.documents, summary.documents == 1 ? "" : "s", summary.analysed, summary.failed,
                       failures.empty() ? "" : fmt::format(": {}", fmt::join(failures, ", ")), summary.pages,
                       report.stats.seconds, summary.pages / seconds, report.stats.jobs,
                       report.stats.jobs == 1 ? "" : "s", report.stats.cache_hits);
}

int run(const Options& options, std::ostream& out, std::ostream& err, std::FILE* out_file) {
    if (options.command == Command::text) {
        return run_text(options, out, err);
    }
    if (options.command == Command::explain) {
        return run_explain(options, out, err);
    }
    if (options.command == Command::lexicon_dump) {
        return run_lexicon_dump(out);
    }
    if (options.command == Command::lexicon_check) {
        return run_lexicon_check(options, out, err);
    }
    if (options.command == Command::cache_clear) {
        return run_cache_clear(options, out, err);
    }
    // The lexicon is built and checked before any PDF is opened: a typo in it must not
    // surface after a 400-file run.
    const Pipeline pipeline = build_pipeline(options.pipeline);
    std::vector<Requirement> requirements;
    for (const std::string& rule : options.requirements) {
        requirements.push_back(parse_requirement(rule, pipeline.lexicon));
    }
    const Inputs inputs = collect_inputs(options.paths);
    for (const std::string& warning : inputs.warnings) {
        if (!options.output.quiet) {
            err << "galascan: warning: " << escape_for_message(warning) << '\n';
        }
    }
    if (inputs.files.empty()) {
        err << "galascan: no PDF files to analyse\n";
        return exit_code::usage;
    }
    const bool to_file = !options.output.output_file.empty();
    const bool streaming = options.output.format == OutputFormat::jsonl && !to_file;
    // jsonl to stdout streams each document as soon as it and all before it are final; to a
    // file it is written whole, atomically, like every other format.
    std::ostringstream buffer;
    Report header;   // what write_jsonl_document needs before the batch ends
    header.categories = category_infos(pipeline.lexicon);
    BatchEvents events;
    if (options.output.format == OutputFormat::jsonl) {
        events.final_in_order = [&](std::size_t, const DocumentReport& document) {
            write_jsonl_document(header, document, streaming ? out : buffer);
            if (streaming) {
                out.flush();
            }
        };
    }
    std::optional<ProgressLine> progress;
    if (!options.output.quiet && is_terminal(stderr)) {
        progress.emplace(err, terminal_width(stderr));
        events.progress = [&](const BatchProgress& state) { progress->update(state); };
    }
    Report report = analyse_batch(inputs.files, pipeline, options.batch, events);
    report.stats.timed = options.output.stats;
    if (progress) {
        progress->finish();
    }

    const TableStyle style = table_style(options.output.color, to_file ? nullptr : out_file);
    write_report(report, options.output, style, buffer);
    if (!deliver(buffer.str(), options.output, out, err)) {
        return exit_code::output_failed;
    }
    if (options.output.stats) {
        err << stats_line(report);
    }
    const std::vector<UnmetRequirement> unmet = unmet_requirements(report, requirements, pipeline.lexicon);
    for (const UnmetRequirement& shortfall : unmet) {
        err << fmt::format("galascan: requirement not met: {}: {} is {}, required {}\n",
                           escape_for_message(shortfall.path), shortfall.category_id, grade_name(shortfall.grade),
                           grade_name(shortfall.required));
    }
    const ReportSummary summary = summarise(report);
    int code = exit_code_for(summary);
    if (code == exit_code::success && !unmet.empty()) {
        code = exit_code::requirement_failed;
    }
    if (code == exit_code::some_inputs_failed && !options.output.quiet) {
        err << fmt::format("galascan: {} of {} inputs could not be analysed; their rows say why\n", summary.failed,
                           summary.documents);
    }
    return code;
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err, std::FILE* out_file) {
    const ParsedArgs parsed = parse_args(argc, argv);
    if (!parsed.run) {
        (parsed.message_is_error ? err : out) << parsed.message;
        return parsed.exit_code;
    }
    Options options = parsed.options;
    // The environment is read here, once; the stages get plain values.
    options.batch.cache_directory = default_cache_directory(std::getenv("XDG_CACHE_HOME"), std::getenv("HOME"));
    const char* faults = std::getenv("GALASCAN_TEST_FAULTS");
    options.batch.fault_injection = faults != nullptr && std::string_view(faults) == "1";
    try {
        return run(options, out, err, out_file);
    } catch (const ConfigError& error) {
        err << "galascan: " << escape_for_message(error.what()) << '\n';
        return exit_code::usage;
    } catch (const std::system_error& error) {
        // fork or socketpair refused (process or file limits): nothing could be analysed.
        err << "galascan: cannot start worker processes: " << escape_for_message(error.what()) << '\n';
        return exit_code::some_inputs_failed;
    }
}

}  // namespace galascan
