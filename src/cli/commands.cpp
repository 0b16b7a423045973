// The commands that work on one file or on the lexicon or the cache: everything but the
// report (report_command.cpp). `text` and `explain` read their one PDF in one worker process,
// with a batch's time and memory limits: a hostile PDF stops there, not in galascan.

#include "cli/commands.hpp"

#include <algorithm>
#include <sstream>
#include <variant>
#include <vector>

#include <fmt/core.h>

#include "cli/exit_codes.hpp"
#include "cli/completions.hpp"
#include "cli/command_line_model.hpp"
#include "lexicon/builtin_lexicon.hpp"
#include "text/nearest_name.hpp"
#include "lexicon/load_lexicon.hpp"
#include "pipeline/analyse.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/check_lexicon.hpp"
#include "pipeline/pipeline.hpp"
#include "report/writers.hpp"
#include "store/cache.hpp"
#include "version.hpp"

namespace galascan {

namespace {

// The one file's output delivered, or why it could not be read said: the exit code.
int deliver_single(const std::string& path, const SingleFileOutcome& outcome, const Options& options,
                   const Streams& streams) {
    if (!outcome.ok) {
        streams.err << "galascan: " << escape_for_message(path) << ": " << escape_for_message(outcome.reason) << '\n';
        return exit_code::some_inputs_failed;
    }
    return deliver(outcome.output, options.output, streams.out, streams.err) ? exit_code::success
                                                                             : exit_code::output_failed;
}

}  // namespace

int run_text(const Options& options, const Streams& streams) {
    const Pipeline pipeline = build_pipeline(options.pipeline);
    const std::string& path = options.paths.front();
    const SingleFileRender render = [&](const std::string& file) -> std::variant<std::string, ExtractError> {
        std::variant<LaidOutDocument, ExtractError> laid_out = lay_out(file, pipeline);
        if (auto* error = std::get_if<ExtractError>(&laid_out)) {
            return std::move(*error);
        }
        std::ostringstream buffer;
        if (options.text_format == TextFormat::json) {
            write_blocks_json(file, std::get<LaidOutDocument>(laid_out), buffer);
        } else {
            write_blocks(std::get<LaidOutDocument>(laid_out), buffer);
        }
        return buffer.str();
    };
    return deliver_single(path, render_in_worker(path, render, options.batch), options, streams);
}

int run_explain(const Options& options, const Streams& streams) {
    PipelineOptions pipeline_options = options.pipeline;
    pipeline_options.score.evidence_per_category = 0;  // every hit
    const Pipeline pipeline = build_pipeline(pipeline_options);
    const std::vector<CategoryInfo> categories = category_infos(pipeline.lexicon);
    if (!options.explain_category.empty() &&
        std::none_of(categories.begin(), categories.end(),
                     [&](const CategoryInfo& c) { return c.id == options.explain_category; })) {
        std::vector<std::string> ids;
        for (const CategoryInfo& category : categories) {
            ids.push_back(category.id);
        }
        const std::optional<std::string> nearest = nearest_name(options.explain_category, ids);
        streams.err << "galascan: explain: '" << escape_for_message(options.explain_category)
                    << "' is no category id of the lexicon"
                    << (nearest ? "; did you mean '" + escape_for_message(*nearest) + "'?" : std::string())
                    << " (galascan lexicon dump lists the ids)\n";
        return exit_code::usage;
    }
    const std::string& path = options.paths.front();
    const SingleFileRender render = [&](const std::string& file) -> std::variant<std::string, ExtractError> {
        std::variant<Explanation, ExtractError> explained = explain_document(file, pipeline);
        if (auto* error = std::get_if<ExtractError>(&explained)) {
            return std::move(*error);
        }
        const Explanation& explanation = std::get<Explanation>(explained);
        std::ostringstream buffer;
        write_explanation(explanation.report, explanation.laid_out, categories, options.explain_category, buffer);
        return buffer.str();
    };
    return deliver_single(path, render_in_worker(path, render, options.batch), options, streams);
}

int run_completions(const Options& options, const Streams& streams) {
    std::vector<std::string> category_ids;
    for (const CategoryInfo& category : category_infos(load_builtin_lexicon())) {
        category_ids.push_back(category.id);
    }
    streams.out << completion_script(options.completion_shell, describe_command_line(), category_ids);
    return exit_code::success;
}

int run_lexicon_dump(const Options& /*options*/, const Streams& streams) {
    for (const EmbeddedFile& file : builtin_lexicon_files()) {
        streams.out << "# " << file.name << " (galascan " << version << ")\n" << file.content;
        if (!file.content.empty() && file.content.back() != '\n') {
            streams.out << '\n';
        }
    }
    return exit_code::success;
}

int run_lexicon_check(const Options& options, const Streams& streams) {
    std::vector<LexiconSource> sources;
    try {
        sources = options.paths.empty() ? builtin_lexicon_sources() : read_lexicon_sources(options.paths);
    } catch (const ConfigError& error) {
        streams.err << "galascan: " << escape_for_message(error.what()) << '\n';
        return exit_code::usage;
    }
    const LexiconCheck check = check_lexicon(sources);
    std::size_t errors = 0;
    for (const LexiconFinding& finding : check.findings) {
        errors += finding.is_error ? 1 : 0;
        streams.out << escape_for_message(finding.where.empty() ? std::string("lexicon") : finding.where)
                    << (finding.is_error ? ": error: " : ": warning: ") << escape_for_message(finding.message) << '\n';
    }
    streams.out << fmt::format(
        "lexicon check: {} file{}, {} categories, {} entries, {} examples run ({} failed): {} error{}, "
        "{} warning{} -> {}\n",
        sources.size(), sources.size() == 1 ? "" : "s", check.categories, check.entries, check.examples,
        check.examples_failed, errors, errors == 1 ? "" : "s", check.findings.size() - errors,
        check.findings.size() - errors == 1 ? "" : "s", check.sound() ? "sound" : "NOT sound");
    return check.sound() ? exit_code::success : exit_code::requirement_failed;
}

int run_cache_clear(const Options& options, const Streams& streams) {
    if (!options.batch.cache_directory) {
        streams.err << "galascan: no cache: neither XDG_CACHE_HOME nor HOME is set\n";
        return exit_code::usage;
    }
    const FileTally removed = ExtractionCache(*options.batch.cache_directory).clear();
    streams.out << fmt::format("removed {} cache file{} ({:.1f} MB) from {}\n", removed.files,
                               removed.files == 1 ? "" : "s", static_cast<double>(removed.bytes) / 1e6,
                               escape_for_message(options.batch.cache_directory->string()));
    return exit_code::success;
}

}  // namespace galascan
