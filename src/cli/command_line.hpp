#pragma once
// The command line as parse_args.cpp builds it with CLI11, for the files that read it besides
// parsing: did_you_mean.cpp (suggestions) and command_line_model.cpp (completions). CLI11
// stays behind these files: this header only forward-declares CLI::App.

#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace CLI {
class App;
}

namespace galascan {

struct Options;

// A subcommand as added to the app, with the function that runs it.
struct AddedSubcommand {
    const CLI::App* command;
    CommandFunction run;
};

// The whole command line: the report's options on `app`, every command under it. Options
// are bound to `options`, -h to `wants_short_help`; `app`, `options` and `wants_short_help`
// must outlive the parsing.
std::vector<AddedSubcommand> build_app(CLI::App& app, Options& options, bool& wants_short_help);

// "lexicon check" for galascan lexicon check.
std::string full_name(const CLI::App& command);

}  // namespace galascan
