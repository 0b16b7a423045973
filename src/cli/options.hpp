#pragma once
// Everything the command line can say, as plain data: tests build it by hand.

#include <string>
#include <vector>

#include "cli/completions.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/file_selection.hpp"
#include "pipeline/pipeline_options.hpp"
#include "pipeline/tags.hpp"
#include "report/evaluation.hpp"

namespace galascan {

enum class OutputFormat { table, csv, csv_long, xlsx, json, jsonl };
enum class CsvDialectName { rfc4180, excel_nl };  // --csv-dialect
enum class TextFormat { plain, json };  // galascan text --format
enum class ColorMode { automatic, always, never };
enum class EvaluateFormat { table, json };  // galascan evaluate --format
enum class DiffFormat { table, csv, json };  // galascan diff --format
enum class FailOn { never, dropped, weakened };  // galascan diff --fail-on

struct OutputOptions {
    OutputFormat format = OutputFormat::table;
    CsvDialectName csv_dialect = CsvDialectName::rfc4180;  // csv and csv-long only
    std::string output_file;     // empty: standard output
    ColorMode color = ColorMode::automatic;
    bool quiet = false;          // --quiet: no progress, no warnings, no closing count on stderr
    bool stats = false;          // --stats: a summary (files, pages, errors, time) on stderr and in JSON
    bool verbose = false;        // --verbose: which configuration file was read, on stderr
};

// galascan [OPTIONS] PATH...: which files the paths stand for.
struct InputOptions {
    FileSelection selection;      // --hidden, --glob, --exclude, --max-depth: what a folder gives
    std::string files_from;       // --files-from FILE: more paths, as if given ('-': standard input)
    bool null_separated = false;  // -0: --files-from and --list-files separate paths by NUL
    bool list_files = false;      // --list-files: print the files that would be read, analyse nothing
};

// galascan evaluate LABELS.csv: what to measure galascan against, and the floors for CI.
struct EvaluateOptions {
    std::string labels_file;
    std::string root;                 // labelled paths are relative to it; empty: the current directory
    std::vector<std::string> splits;  // --split: only these splits (every label when empty)
    EvaluateFormat format = EvaluateFormat::table;
    Floors floors;  // --min-accuracy, --min-kappa, --min-f1 (fractions)
};

// galascan diff OLD NEW: the two sides (each a PDF, a folder of PDFs or a JSON/JSONL report).
struct DiffOptions {
    std::string old_side;
    std::string new_side;
    DiffFormat format = DiffFormat::table;
    FailOn fail_on = FailOn::never;  // dropped: exit 1 when a category dropped to absent; weakened: when any grade went down
};

// What a command takes. Which command runs is not an option: parse_args hands back its function.
struct Options {
    std::vector<std::string> requirements;   // --require RULE, as typed
    std::string explain_category;            // explain: only this category id
    Shell completion_shell = Shell::bash;    // completions: the shell to write a script for
    TextFormat text_format = TextFormat::plain;
    EvaluateOptions evaluate;
    DiffOptions diff;
    std::vector<std::string> paths;  // files and folders as given (text, explain: exactly one file)
    InputOptions inputs;
    PipelineOptions pipeline;
    BatchOptions batch;
    OutputOptions output;
    TagOptions tags;                 // --tag, --tag-from-path
    bool no_config = false;          // --no-config: read no configuration file
    std::string config_file;         // the configuration file read (run_cli); empty: none
};

}  // namespace galascan
