// The options each command takes, bound into Options by one adder per command: exactly what
// its function reads, so that its --help is complete and anything else is refused. With
// parse_args.cpp (the app, the subcommand table, the parsing), the only file that includes CLI11.

#include "cli/command_options.hpp"

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/options.hpp"

namespace galascan {

namespace {

// The words users type for an enumerated option, each spelt once, in the order --help lists
// them.
template <typename Enum>
using Words = std::vector<std::pair<std::string, Enum>>;

const Words<OutputFormat> output_format_words{{"table", OutputFormat::table},
                                              {"csv", OutputFormat::csv},
                                              {"csv-long", OutputFormat::csv_long},
                                              {"xlsx", OutputFormat::xlsx},
                                              {"json", OutputFormat::json},
                                              {"jsonl", OutputFormat::jsonl}};
const Words<CsvDialectName> csv_dialect_words{{"rfc4180", CsvDialectName::rfc4180},
                                              {"excel-nl", CsvDialectName::excel_nl}};
const Words<TextFormat> text_format_words{{"plain", TextFormat::plain}, {"json", TextFormat::json}};
const Words<EvaluateFormat> evaluate_format_words{{"table", EvaluateFormat::table}, {"json", EvaluateFormat::json}};
const Words<DiffFormat> diff_format_words{
    {"table", DiffFormat::table}, {"csv", DiffFormat::csv}, {"json", DiffFormat::json}};
const Words<FailOn> fail_on_words{{"dropped", FailOn::dropped}, {"weakened", FailOn::weakened}};
const Words<Shell> shell_words{{"bash", Shell::bash}, {"fish", Shell::fish}, {"zsh", Shell::zsh}};
const Words<ColorMode> color_words{
    {"auto", ColorMode::automatic}, {"always", ColorMode::always}, {"never", ColorMode::never}};

// Checks a value against `words` where it is parsed, in any case, and turns it into its enum
// value. That is CLI::CheckedTransformer's job, but CheckedTransformer also accepts the enum's
// numbers ("--format 2") and says "Check xml value in {table->0,...} OR {0,...} FAILED"; this
// says IsMember's "xml not in {table,csv,json,jsonl}", which --help shows as the type too.
template <typename Enum>
CLI::Validator one_of(const Words<Enum>& words) {
    std::vector<std::string> names;
    for (const auto& [word, value] : words) {
        names.push_back(word);
    }
    const std::string listed = fmt::format("{{{}}}", fmt::join(names, ","));
    return CLI::Validator(
        [&words, listed](std::string& input) {
            const std::string folded = CLI::ignore_case(input);
            for (const auto& [word, value] : words) {
                if (folded == word) {
                    input = std::to_string(static_cast<int>(value));
                    return std::string();
                }
            }
            return input + " not in " + listed;
        },
        listed);
}

// Checks a number where it is parsed: a whole number (Integer) or any decimal (double) from
// `lowest` to `highest`. Unlike CLI::Range, which lets "nan" through (no comparison with nan is
// true) and says "Value 1e3 not in range" of a whole number written as a decimal, this refuses
// nan, inf and anything that is not plainly a number, in the option's own words.
template <typename Number>
CLI::Validator number_from(Number lowest, Number highest, const std::string& unit) {
    return CLI::Validator(
        [lowest, highest, unit](std::string& input) {
            Number value{};
            const char* end = input.data() + input.size();
            const auto [rest, error] = std::from_chars(input.data(), end, value);
            const bool parsed = error == std::errc() && rest == end && !input.empty();
            if (parsed && std::isfinite(static_cast<double>(value)) && value >= lowest && value <= highest) {
                return std::string();
            }
            return fmt::format("{} is not {} from {} to {}{}", input,
                               std::is_integral_v<Number> ? "a whole number" : "a number", lowest, highest, unit);
        },
        // What --help shows after the type name, as CLI::Range would.
        fmt::format("{} in [{} - {}]", std::is_integral_v<Number> ? "INT" : "FLOAT", lowest, highest));
}

template <typename Enum>
CLI::Option* add_choice(CLI::App& command, const std::string& name, Enum& value, const Words<Enum>& words,
                        const std::string& help) {
    return command.add_option(name, value, help)->transform(one_of(words));
}

// Options that more than one command takes.

void add_password_option(CLI::App& command, Options& options) {
    // GALASCAN_PASSWORD is read by run_cli with the rest of the environment (CLI11's envname
    // would count it as given to every command); the type name says it in --help as envname does.
    command
        .add_option("--password", options.pipeline.extract.password,
                    "Password for encrypted PDFs (tried as owner and user password)")
        ->type_name("TEXT (Env:GALASCAN_PASSWORD)");
}

void add_lexicon_option(CLI::App& command, Options& options) {
    command
        .add_option("--lexicon", options.pipeline.lexicon_files,
                    "Lexicon TOML file replacing the built-in one (repeat to combine files)")
        ->allow_extra_args(false)  // one file per --lexicon, so it cannot swallow the PDF paths
        ->type_name("FILE");
}

void add_max_pages_option(CLI::App& command, Options& options) {
    command
        .add_option("--max-pages", options.pipeline.extract.max_pages,
                    "Do not read a file with more pages (status page_limit); 0: no limit")
        ->default_val(options.pipeline.extract.max_pages)
        ->check(number_from(0, 10'000'000, ""))
        ->type_name("N");
}

// The limits a file is read under, in a batch's workers and in the one worker of text and explain.
void add_limit_options(CLI::App& command, Options& options) {
    command
        .add_option("--timeout", options.batch.timeout_seconds,
                    "Stop reading a file after SECONDS (status timeout); 0: no limit")
        ->default_val(options.batch.timeout_seconds)
        ->check(number_from(0.0, 86400.0, " seconds"))
        ->type_name("SECONDS");
    add_max_pages_option(command, options);
    command
        .add_option("--max-memory", options.batch.memory_limit_mb,
                    "Memory a worker may use while reading a file: an allocation past it fails, and a file that "
                    "cannot do without it gets status memory_limit; 0: no limit")
        ->default_val(options.batch.memory_limit_mb)
        ->check(number_from(std::size_t{0}, std::size_t{1} << 20, " MB"))
        ->type_name("MB");
}

// `what`: "the report", "the text".
void add_output_file_option(CLI::App& command, Options& options, std::string_view what) {
    command
        .add_option("-o,--output", options.output.output_file,
                    fmt::format("Write {} to FILE instead of standard output", what))
        ->type_name("FILE");
}

// The report, galascan [OPTIONS] PATH...: these are the options of the app itself.

void add_input_options(CLI::App& app, Options& options) {
    app.add_option("paths", options.paths, "PDF files, or folders searched recursively for *.pdf")
        ->type_name("PATH");
    add_password_option(app, options);
    add_lexicon_option(app, options);
    app.add_option("--require", options.requirements,
                   "Fail (exit 1) when a document grades below RULE: CATEGORY=GRADE, e.g. themes=mentioned, "
                   "bouwstenen=mentioned, mantelzorg=covered, all=mentioned (repeatable)")
        ->allow_extra_args(false)
        ->type_name("RULE");
}

// Which files a folder gives, and paths from a file, as ripgrep and fd take them
// (pipeline/file_selection.hpp, pipeline/inputs.hpp).
void add_selection_options(CLI::App& app, Options& options) {
    InputOptions& inputs = options.inputs;
    app.add_flag("--hidden", inputs.selection.hidden,
                 "Also read files and folders whose name starts with '.' (skipped in a folder by default)");
    app.add_option("-g,--glob", inputs.selection.globs,
                   "Only the PDFs in a folder that GLOB matches (by path below the folder, or by name; a folder "
                   "it matches: all it holds); !GLOB leaves them out instead (repeatable)")
        ->allow_extra_args(false)
        ->type_name("GLOB");
    app.add_option("--exclude", inputs.selection.exclude_globs,
                   "Leave out what GLOB matches in a folder, as --glob '!GLOB' (repeatable)")
        ->allow_extra_args(false)
        ->type_name("GLOB");
    app.add_option_function<int>(
           "--max-depth", [&inputs](int depth) { inputs.selection.max_depth = depth; },
           "Search a folder N levels deep: 1 its own files only, 0 none (default: no limit)")
        ->check(number_from(0, 1'000'000, ""))
        ->type_name("N");
    app.add_option("--files-from", inputs.files_from,
                   "Also read the paths listed in FILE ('-': standard input), one per line (NUL-separated "
                   "with -0), taken as if given on the command line; blank lines are skipped")
        ->type_name("FILE");
    app.add_flag("-0,--null", inputs.null_separated,
                 "Paths in --files-from, and from --list-files, are ended by NUL instead of a newline");
    app.add_flag("--list-files", inputs.list_files,
                 "Print the files that would be read, one per line in the order of the report, and exit "
                 "without reading them");
}

void add_batch_options(CLI::App& app, Options& options) {
    app.add_option("-j,--jobs", options.batch.jobs, "Worker processes reading files at once (default: one per core)")
        ->check(number_from(1, 512, ""))
        ->type_name("N");
    add_limit_options(app, options);
    app.add_option("--split-pages", options.batch.split_pages,
                   "Read a file of more pages in parts by several workers when they would otherwise idle; "
                   "0: never")
        ->default_val(options.batch.split_pages)
        ->check(number_from(0, 10'000'000, ""))
        ->type_name("N");
    app.add_flag_callback("--no-cache", [&options] { options.batch.use_cache = false; },
                          "Neither read nor write the extraction cache");
}

void add_output_options(CLI::App& app, Options& options) {
    add_choice(app, "-f,--format", options.output.format, output_format_words,
               "Output format: table (default), csv (a row per document), csv-long (a row per document, "
               "category and evidence line), xlsx (a workbook: grades coloured, evidence, failures; needs -o "
               "on a terminal), json, or jsonl (a JSON line per document as it is done, then a summary line)")
        ->type_name("FORMAT");
    add_choice(app, "--csv-dialect", options.output.csv_dialect, csv_dialect_words,
               "How csv and csv-long are spelt: rfc4180 (default: ',' and CRLF) or excel-nl (Dutch Excel: ';', "
               "a UTF-8 byte-order mark, CRLF)")
        ->type_name("DIALECT");
    add_output_file_option(app, options, "the report");
    add_choice(app, "--color", options.output.color, color_words,
               "Colour in the table: auto (default: only on a terminal, not with NO_COLOR), always, never")
        ->type_name("WHEN");
    app.add_flag("-q,--quiet", options.output.quiet,
                 "No progress line, warnings or closing count on stderr (errors and --require shortfalls stay)");
    app.add_flag("--stats", options.output.stats,
                 "Print files, pages, failures and time to stderr at the end, and add time to JSON's summary");
    app.add_flag("-v,--verbose", options.output.verbose, "Say on stderr which configuration file was read");
}

// Tags per document, for a spreadsheet to group by: checked here, their clash in run_report.
void add_tag_options(CLI::App& app, Options& options) {
    app.add_option_function<std::vector<std::string>>(
           "--tag",
           [&options](const std::vector<std::string>& tags) {
               for (const std::string& text : tags) {
                   std::string why;
                   options.tags.fixed.push_back(*parse_tag(text, why));  // checked below
               }
           },
           "Give every document the tag KEY=VALUE (JSON `tags`, a CSV column tag_KEY; repeatable)")
        ->allow_extra_args(false)
        ->check(CLI::Validator(
            [](std::string& input) {
                std::string why;
                return parse_tag(input, why) ? std::string() : why;
            },
            ""))
        ->type_name("KEY=VALUE");
    app.add_option_function<std::string>(
           "--tag-from-path",
           [&options](const std::string& pattern) {
               std::string why;
               options.tags.path_keys = *parse_tag_path(pattern, why);  // checked below
           },
           "Tags from the folders each file sits in: 'gemeente/jaar' names the innermost folder jaar and "
           "the one above it gemeente ('*' skips a folder)")
        ->check(CLI::Validator(
            [](std::string& input) {
                std::string why;
                return parse_tag_path(input, why) ? std::string() : why;
            },
            ""))
        ->type_name("PATTERN");
}

// Every command that reads the configuration file can be told not to.
void add_no_config_option(CLI::App& command, Options& options) {
    command.add_flag("--no-config", options.no_config,
                     "Read no configuration file (GALASCAN_CONFIG, $XDG_CONFIG_HOME/galascan/config.toml)");
}

// A floor for a figure from `lowest` to 1. Accuracy and F1 are fractions, like kappa; a
// percentage ("78", as the old awk script took) is refused with the fraction it stands for,
// rather than read as an impossible floor or silently divided by 100.
CLI::Option* add_floor_option(CLI::App& command, const std::string& name, std::optional<double>& floor,
                              const char* figure, double lowest, const std::string& help) {
    const CLI::Validator fraction(
        [figure, lowest](std::string& input) {
            double value = 0;
            const char* end = input.data() + input.size();
            const auto [rest, error] = std::from_chars(input.data(), end, value);
            if (error != std::errc() || rest != end || !std::isfinite(value)) {
                return fmt::format("{} is not a number", input);
            }
            if (value > 1 && value <= 100 && lowest >= 0) {
                return fmt::format("{} is no fraction: give {} from 0 to 1 ({:g} for {} %)", input, figure, value / 100,
                                   input);
            }
            if (value < lowest || value > 1) {
                return fmt::format("{} is not from {:g} to 1", input, lowest);
            }
            return std::string();
        },
        "");
    return command
        .add_option_function<double>(
            name, [&floor](double value) { floor = value; }, help)
        ->check(fraction);
}

}  // namespace

void add_report_options(CLI::App& app, Options& options) {
    add_input_options(app, options);
    add_selection_options(app, options);
    add_batch_options(app, options);
    add_output_options(app, options);
    add_tag_options(app, options);
    add_no_config_option(app, options);
}

// galascan merge REPORT...: the report's output options and --require, over reports read back.
void add_merge_options(CLI::App& merge, Options& options) {
    merge.add_option("reports", options.paths, "JSON or JSON Lines reports of galascan ('-': standard input)")
        ->required()
        ->type_name("REPORT");
    merge.add_option("--require", options.requirements,
                     "Fail (exit 1) when a document grades below RULE, as for the report (repeatable)")
        ->allow_extra_args(false)
        ->type_name("RULE");
    add_output_options(merge, options);
    add_no_config_option(merge, options);
}

void add_text_options(CLI::App& text, Options& options) {
    text.add_option("file", options.paths, "The PDF")->required()->expected(1)->type_name("FILE");
    add_choice(text, "-f,--format", options.text_format, text_format_words, "plain (default) or json")
        ->type_name("FORMAT");
    add_password_option(text, options);
    add_limit_options(text, options);
    add_output_file_option(text, options, "the text");
    add_no_config_option(text, options);
}

void add_explain_options(CLI::App& explain, Options& options) {
    // A string, not options.paths itself: a vector positional would take CATEGORY too.
    explain
        .add_option_function<std::string>(
            "file", [&options](const std::string& file) { options.paths = {file}; }, "The PDF")
        ->required()
        ->type_name("FILE");
    explain.add_option("category", options.explain_category, "Only this category id (e.g. mantelzorg)")
        ->type_name("CATEGORY");
    add_password_option(explain, options);
    add_lexicon_option(explain, options);
    add_limit_options(explain, options);
    add_output_file_option(explain, options, "the explanation");
    add_no_config_option(explain, options);
}

void add_lexicon_check_options(CLI::App& check, Options& options) {
    check.add_option("files", options.paths, "Lexicon TOML files, read together as --lexicon would")->type_name("FILE");
}

void add_no_options(CLI::App& /*command*/, Options& /*options*/) {}

void add_completions_options(CLI::App& completions, Options& options) {
    completions.add_option("shell", options.completion_shell, "The shell: bash, fish or zsh")
        ->required()
        ->type_name("SHELL")
        ->transform(one_of(shell_words));
}

void add_evaluate_options(CLI::App& evaluate, Options& options) {
    EvaluateOptions& settings = options.evaluate;
    evaluate.add_option("labels", settings.labels_file, "CSV of an analyst's grades: file,category,grade[,split]")
        ->required()
        ->type_name("LABELS.csv");
    evaluate
        .add_option("--root", settings.root,
                    "Folder the labelled files' paths are relative to (default: the current directory)")
        ->check(CLI::ExistingDirectory.description(""))  // the type name says DIR already
        ->type_name("DIR");
    evaluate.add_option("--split", settings.splits, "Only the labels of this split, e.g. test (repeatable)")
        ->allow_extra_args(false)
        ->type_name("NAME");
    add_choice(evaluate, "-f,--format", settings.format, evaluate_format_words, "table (default) or json")
        ->type_name("FORMAT");
    add_output_file_option(evaluate, options, "the evaluation");
    add_floor_option(evaluate, "--min-accuracy", settings.floors.accuracy, "accuracy", 0,
                     "Fail (exit 1) when exact accuracy is below X, a fraction (0.78, not 78)")
        ->type_name("X");
    add_floor_option(evaluate, "--min-kappa", settings.floors.kappa, "kappa", -1,
                     "Fail (exit 1) when quadratic-weighted kappa is below K (-1 to 1)")
        ->type_name("K");
    add_floor_option(evaluate, "--min-f1", settings.floors.f1, "detection F1", 0,
                     "Fail (exit 1) when detection F1 is below F, a fraction")
        ->type_name("F");
    add_lexicon_option(evaluate, options);
    add_password_option(evaluate, options);
    add_batch_options(evaluate, options);
    evaluate.add_flag("-q,--quiet", options.output.quiet, "No progress line or closing count on stderr");
    add_no_config_option(evaluate, options);
}

// galascan diff OLD NEW: the sides, the format, --fail-on, and what analysing a PDF side takes.
void add_diff_options(CLI::App& diff, Options& options) {
    DiffOptions& settings = options.diff;
    diff.add_option("old", settings.old_side, "The earlier version: a PDF, a folder of PDFs or a JSON/JSONL report")
        ->required()
        ->type_name("OLD");
    diff.add_option("new", settings.new_side, "The later version: a PDF, a folder of PDFs or a JSON/JSONL report")
        ->required()
        ->type_name("NEW");
    add_choice(diff, "-f,--format", settings.format, diff_format_words, "table (default), csv or json")
        ->type_name("FORMAT");
    add_choice(diff, "--fail-on", settings.fail_on, fail_on_words,
               "Exit 1 when a category dropped to absent (dropped) or any grade went down (weakened)")
        ->type_name("CHANGE");
    add_output_file_option(diff, options, "the comparison");
    add_lexicon_option(diff, options);
    add_password_option(diff, options);
    add_batch_options(diff, options);
    diff.add_flag("-q,--quiet", options.output.quiet, "No warnings on stderr");
    add_no_config_option(diff, options);
}

}  // namespace galascan
