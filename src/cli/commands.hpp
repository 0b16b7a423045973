#pragma once
// The commands galascan runs, one function each. parse_args picks the one the command line
// asks for (its table lists every subcommand with its options); run_cli calls it.

#include <cstdio>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "cli/options.hpp"
#include "report/sanitise.hpp"

namespace galascan {

// Where a command writes: `out` receives its output (unless -o), `err` every message.
// `out_file` is the C stream behind `out`, consulted only to ask whether it is a terminal
// (colour, width); tests pass nullptr. `in` is standard input, read only by --files-from -
// (null: nothing to read, as when stdin is closed).
struct Streams {
    std::ostream& out;
    std::ostream& err;
    std::FILE* out_file = nullptr;
    std::istream* in = nullptr;
};

// Returns the exit code (cli/exit_codes.hpp). May throw ConfigError (exit 2, said by run_cli).
using CommandFunction = int (*)(const Options& options, const Streams& streams);

int run_report(const Options& options, const Streams& streams);         // galascan [OPTIONS] PATH...
int run_text(const Options& options, const Streams& streams);           // galascan text FILE
int run_explain(const Options& options, const Streams& streams);        // galascan explain FILE [CATEGORY]
int run_lexicon_dump(const Options& options, const Streams& streams);   // galascan lexicon dump
int run_lexicon_check(const Options& options, const Streams& streams);  // galascan lexicon check [FILE...]
int run_cache_clear(const Options& options, const Streams& streams);   // galascan cache clear
int run_completions(const Options& options, const Streams& streams);   // galascan completions SHELL
int run_evaluate(const Options& options, const Streams& streams);       // galascan evaluate LABELS.csv
int run_merge(const Options& options, const Streams& streams);          // galascan merge REPORT...
int run_diff(const Options& options, const Streams& streams);           // galascan diff OLD NEW

// Writes a command's finished output to -o's file (replaced atomically) or to `out`; false,
// with a message on `err`, when that fails (exit code 4). Defined in run.cpp.
bool deliver(const std::string& content, const OutputOptions& options, std::ostream& out, std::ostream& err);

// Messages name files and lexicon lines, which may hold anything: keep them one safe line.
inline std::string escape_for_message(std::string_view text) {
    return escape_controls(text);
}

}  // namespace galascan
