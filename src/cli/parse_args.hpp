#pragma once
// Command-line parsing: with cli/command_options.cpp, the only file that includes CLI11.

#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace galascan {

// What the command line asks for: a command to run with its options, or text to print and
// an exit code (--help, --version, or a usage error).
struct ParsedArgs {
    CommandFunction command = nullptr;  // null: print `message`, return `exit_code`
    Options options;
    int exit_code = 0;
    std::string message;      // help or version text (stdout) or an error line (stderr)
    bool message_is_error = false;
};

// Every value is checked here, where it is parsed; an option the chosen command does not take
// is a usage error (exit 2), as is a missing input.
ParsedArgs parse_args(int argc, const char* const* argv);

}  // namespace galascan
