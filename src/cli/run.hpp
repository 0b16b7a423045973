#pragma once
// run_cli: parse the command line, build the pipeline, analyse, write, pick the exit code.

#include <cstdio>
#include <ostream>

#include "cli/commands.hpp"

namespace galascan {

// The whole program. `out` receives the report (unless -o), `err` every message.
// `out_file` is the C stream behind `out`, consulted only to ask whether it is a terminal
// (colour, width); tests pass nullptr.
// Never throws.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err, std::FILE* out_file);

// Runs `command` and returns its exit code, turning what it throws into a message on
// `streams.err` and an exit code: ConfigError 2 (usage), anything else 5 (internal error:
// out of memory, or a bug). Never throws.
int run_guarded(CommandFunction command, const Options& options, const Streams& streams);

}  // namespace galascan
