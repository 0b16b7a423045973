#pragma once
// Command-line parsing: the only file that includes CLI11.

#include <string>
#include <variant>

#include "cli/options.hpp"

namespace galascan {

// What the command line asks for: a run with options, or text to print and an exit code
// (--help, --version, or a usage error).
struct ParsedArgs {
    Options options;
    bool run = false;
    int exit_code = 0;
    std::string message;      // help or version text (stdout) or an error line (stderr)
    bool message_is_error = false;
};

ParsedArgs parse_args(int argc, const char* const* argv);

}  // namespace galascan
