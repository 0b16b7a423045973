// galascan evaluate LABELS.csv: how often galascan's grades agree with an analyst's. The
// lexicon and the labels are checked before any PDF is opened; each labelled file is analysed
// once by the same batch as the report (worker processes, cache, limits); the figures are
// computed in report/evaluation.cpp and written as a table or JSON; the exit code says
// whether every file was analysed and every floor met.

#include <cstdio>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/labels.hpp"
#include "pipeline/pipeline.hpp"
#include "report/writers.hpp"

namespace galascan {

namespace {

// The labelled files as paths to open: relative ones below --root (as written without it,
// so messages and the report show the labels' own spelling).
std::vector<std::string> paths_to_analyse(const Labels& labels, const std::string& root) {
    std::vector<std::string> paths;
    for (const LabelledFile& file : labels.files) {
        const std::filesystem::path path(file.file);
        paths.push_back(root.empty() || path.is_absolute() ? file.file : (std::filesystem::path(root) / path).string());
    }
    return paths;
}

// Labelled files that do not exist are most often a --root that is not where the labels'
// paths start: say so, with one of them as an example.
void hint_at_root(const Evaluation& evaluation, const std::string& root, std::ostream& err) {
    int missing = 0;
    const DocumentAgreement* example = nullptr;
    for (const DocumentAgreement& document : evaluation.documents) {
        std::error_code error;
        if (!is_analysed(document.status) && !std::filesystem::exists(document.path, error)) {
            example = example == nullptr ? &document : example;
            ++missing;
        }
    }
    if (example != nullptr) {
        err << fmt::format(
            "galascan: {} labelled file{} not found, e.g. {}: paths in the labels are read relative to --root "
            "(now: {})\n",
            missing, missing == 1 ? "" : "s", escape_for_message(example->path),
            root.empty() ? std::string("the current directory") : escape_for_message(root));
    }
}

// Says on stderr what keeps the run from exit 0, and returns the exit code: 3 when some
// labelled files could not be analysed (3 wins over 1: an incomplete run cannot vouch for a
// floor), 1 when a figure is below its floor, else 0.
int evaluation_exit_code(const Evaluation& evaluation, const Options& options, std::ostream& err) {
    for (const Shortfall& shortfall : evaluation.shortfalls) {
        err << "galascan: " << escape_for_message(shortfall_text(shortfall)) << '\n';
    }
    if (evaluation.not_analysed == 0) {
        return evaluation.shortfalls.empty() ? exit_code::success : exit_code::requirement_failed;
    }
    if (!options.output.quiet) {
        err << fmt::format(
            "galascan: {} of {} labelled files could not be analysed; their labels count as "
            "disagreements\n",
            evaluation.not_analysed, evaluation.documents.size());
    }
    hint_at_root(evaluation, options.evaluate.root, err);
    return exit_code::some_inputs_failed;
}

}  // namespace

int run_evaluate(const Options& options, const Streams& streams) {
    // The lexicon, then the labels against it, before any PDF is opened: a typo in a label
    // must not surface after an hour of analysis.
    const Pipeline pipeline = build_pipeline(options.pipeline);
    const EvaluateOptions& settings = options.evaluate;
    const Labels labels = select_splits(read_labels(settings.labels_file, pipeline.lexicon), settings.splits);

    BatchEvents events;
    std::optional<ProgressLine> progress;
    if (!options.output.quiet && shows_progress(stderr)) {
        progress.emplace(streams.err, terminal_width(stderr));
        events.progress = [&progress](const BatchProgress& state) { progress->update(state); };
    }
    const Report report = analyse_batch(paths_to_analyse(labels, settings.root), pipeline, options.batch, events);
    if (progress) {
        progress->finish();
    }

    const Evaluation evaluation = evaluate(labels, report, settings.floors);
    std::ostringstream buffer;
    if (settings.format == EvaluateFormat::json) {
        write_evaluation_json(evaluation, buffer);
    } else {
        write_evaluation_table(evaluation, buffer);
    }
    if (!deliver(buffer.str(), options.output, streams.out, streams.err)) {
        return exit_code::output_failed;
    }
    return evaluation_exit_code(evaluation, options, streams.err);
}

}  // namespace galascan
