#pragma once
// Everything the command line can say, as plain data: tests build it by hand.

#include <string>
#include <vector>

#include "pipeline/analyse_batch.hpp"
#include "pipeline/pipeline_options.hpp"

namespace galascan {

enum class Command {
    report,   // galascan PATH...: grade every document
    text,     // galascan text FILE: show the structured text galascan reads
    explain,         // galascan explain FILE [CATEGORY]: every hit and the rule behind each grade
    lexicon_dump,    // galascan lexicon dump: the built-in lexicon as TOML
    lexicon_check,   // galascan lexicon check [FILE...]: test a lexicon (the built-in one without files)
    cache_clear,     // galascan cache clear: remove every cached extraction
};
enum class OutputFormat { table, csv, json, jsonl };
enum class ColorMode { automatic, always, never };

struct OutputOptions {
    OutputFormat format = OutputFormat::table;   // for `text`: table means plain text
    std::string output_file;     // empty: standard output
    ColorMode color = ColorMode::automatic;
    bool quiet = false;          // --quiet: no progress, no warnings, no closing count on stderr
    bool stats = false;          // --stats: a summary (files, pages, errors, time) on stderr and in JSON
};

struct Options {
    Command command = Command::report;
    std::vector<std::string> requirements;   // --require RULE, as typed
    std::string explain_category;            // explain: only this category id
    std::vector<std::string> paths;   // files and folders as given (text: exactly one file)
    PipelineOptions pipeline;
    BatchOptions batch;
    OutputOptions output;
};

}  // namespace galascan
