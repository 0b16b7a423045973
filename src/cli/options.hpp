#pragma once
// Everything the command line can say, as plain data: tests build it by hand.

#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"

namespace galascan {

enum class OutputFormat { table, csv, json };
enum class ColorMode { automatic, always, never };

struct OutputOptions {
    OutputFormat format = OutputFormat::table;
    std::string output_file;     // empty: standard output
    ColorMode color = ColorMode::automatic;
};

struct Options {
    std::vector<std::string> paths;   // files and folders as given
    PipelineOptions pipeline;
    OutputOptions output;
};

}  // namespace galascan
