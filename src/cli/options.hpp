#pragma once
// Everything the command line can say, as plain data: tests build it by hand.

#include <string>
#include <vector>

#include "pipeline/analyse_batch.hpp"
#include "pipeline/pipeline_options.hpp"

namespace galascan {

enum class OutputFormat { table, csv, json, jsonl };
enum class TextFormat { plain, json };  // galascan text --format
enum class ColorMode { automatic, always, never };

struct OutputOptions {
    OutputFormat format = OutputFormat::table;
    std::string output_file;     // empty: standard output
    ColorMode color = ColorMode::automatic;
    bool quiet = false;          // --quiet: no progress, no warnings, no closing count on stderr
    bool stats = false;          // --stats: a summary (files, pages, errors, time) on stderr and in JSON
};

// What a command takes. Which command runs is not an option: parse_args hands back its function.
struct Options {
    std::vector<std::string> requirements;   // --require RULE, as typed
    std::string explain_category;            // explain: only this category id
    TextFormat text_format = TextFormat::plain;
    std::vector<std::string> paths;  // files and folders as given (text, explain: exactly one file)
    PipelineOptions pipeline;
    BatchOptions batch;
    OutputOptions output;
};

}  // namespace galascan
