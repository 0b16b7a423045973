// The report's end: write, deliver, say what keeps the run from exit 0.

#include "cli/report_output.hpp"

#include <algorithm>

#include <fmt/core.h>
#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "report/writers.hpp"

namespace galascan {

namespace {

CsvDialect csv_dialect(CsvDialectName name) {
    return name == CsvDialectName::excel_nl ? excel_nl_dialect : rfc4180_dialect;
}

void write_report(const Report& report, const OutputOptions& options, const TableStyle& style, std::ostream& out) {
    switch (options.format) {
        case OutputFormat::table:
            write_table(report, out, style);
            break;
        case OutputFormat::csv:
            write_csv(report, out, csv_dialect(options.csv_dialect));
            break;
        case OutputFormat::csv_long:
            write_csv_long(report, out, csv_dialect(options.csv_dialect));
            break;
        case OutputFormat::xlsx:
            write_xlsx(report, out);
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
int report_exit_code(const Report& report, const std::vector<Requirement>& requirements, bool quiet,
                     std::ostream& err) {
    const std::vector<UnmetRequirement> unmet = unmet_requirements(report, requirements);
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

std::optional<std::string> refused_output(const OutputOptions& options, std::FILE* out_file) {
    const bool is_csv = options.format == OutputFormat::csv || options.format == OutputFormat::csv_long;
    if (options.csv_dialect != CsvDialectName::rfc4180 && !is_csv) {
        return "--csv-dialect applies to --format csv and csv-long only";
    }
    // A zip file's bytes on a terminal are noise that can leave it in a strange state.
    if (options.format == OutputFormat::xlsx && options.output_file.empty() && is_terminal(out_file)) {
        return "--format xlsx writes a binary file: give -o FILE (or redirect standard output)";
    }
    return std::nullopt;
}

std::vector<Requirement> parse_requirements(const std::vector<std::string>& rules,
                                            const std::vector<CategoryInfo>& categories) {
    std::vector<Requirement> requirements;
    for (const std::string& rule : rules) {
        requirements.push_back(parse_requirement(rule, categories));
    }
    return requirements;
}

int deliver_report(Report& report, const std::vector<Requirement>& requirements, const OutputOptions& options,
                   const Streams& streams, std::ostringstream& buffer) {
    report.requirements = requirement_results(report, requirements);
    const bool to_file = !options.output_file.empty();
    try {
        write_report(report, options, table_style(options.color, to_file ? nullptr : streams.out_file), buffer);
    } catch (const ReportWriteError& error) {
        streams.err << "galascan: " << escape_for_message(error.what()) << '\n';
        return exit_code::output_failed;
    }
    if (!deliver(buffer.str(), options, streams.out, streams.err)) {
        return exit_code::output_failed;
    }
    if (options.stats) {
        streams.err << stats_line(report);
    }
    return report_exit_code(report, requirements, options.quiet, streams.err);
}

void say_configuration_file(const Options& options, std::ostream& err) {
    if (options.output.verbose || options.output.stats) {
        err << fmt::format("galascan: configuration file: {}\n",
                           options.config_file.empty() ? "none" : escape_for_message(options.config_file));
    }
}

}  // namespace galascan
