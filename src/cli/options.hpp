#pragma once
// Everything the command line can say, as plain data: tests build it by hand.

#include <string>
#include <vector>

#include "cli/completions.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/file_selection.hpp"
#include "pipeline/pipeline_options.hpp"
#include "report/evaluation.hpp"

namespace galascan {

enum class OutputFormat { table, csv, json, jsonl };
enum class TextFormat { plain, json };  // galascan text --format
enum class ColorMode { automatic, always, never };
enum class EvaluateFormat { table, json };  // galascan evaluate --format

struct OutputOptions {
    OutputFormat format = OutputFormat::table;
    std::string output_file;     // empty: standard output
    ColorMode color = ColorMode::automatic;
    bool quiet = false;          // --quiet: no progress, no warnings, no closing count on stderr
    bool stats = false;          // --stats: a summary (files, pages, errors, time) on stderr and in JSON
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

// What a command takes. Which command runs is not an option: parse_args hands back its function.
struct Options {
    std::vector<std::string> requirements;   // --require RULE, as typed
    std::string explain_category;            // explain: only this category id
    Shell completion_shell = Shell::bash;    // completions: the shell to write a script for
    TextFormat text_format = TextFormat::plain;
    EvaluateOptions evaluate;
    std::vector<std::string> paths;  // files and folders as given (text, explain: exactly one file)
    InputOptions inputs;
    PipelineOptions pipeline;
    BatchOptions batch;
    OutputOptions output;
};

}  // namespace galascan
