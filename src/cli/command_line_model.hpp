#pragma once
// The command line as data, read off the CLI11 app, for the completion scripts.

#include <vector>

#include "cli/completions.hpp"

namespace galascan {

// Every command (the report first), its options and their words.
std::vector<CommandModel> describe_command_line();

}  // namespace galascan
