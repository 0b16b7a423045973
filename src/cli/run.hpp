#pragma once
// run_cli: parse the command line, build the pipeline, analyse, write, pick the exit code.

#include <cstdio>
#include <ostream>

namespace galascan {

// The whole program. `out` receives the report (unless -o), `err` every message.
// `out_file` is the C stream behind `out`, consulted only to ask whether it is a terminal
// (colour, width); tests pass nullptr.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err, std::FILE* out_file);

}  // namespace galascan
