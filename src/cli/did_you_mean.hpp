#pragma once
// "Did you mean": the option, command or group command a mistyped one stands for, added to
// the usage error parse_args says.

#include <optional>
#include <string>
#include <vector>

#include "cli/command_line.hpp"

namespace galascan {

// CLI11's "The following argument was not expected: --jobz", with "; did you mean --jobs?"
// when a long option of any command is one or two typos away; else `what` as it is.
std::string with_option_suggestion(const CLI::App& app, const std::string& what);

// "galascan explian plan.pdf" reads 'explian' as a file: when the first path names nothing
// on disk and is a typo or two from a command's name, the message saying which command.
std::optional<std::string> mistyped_command(const std::vector<std::string>& paths,
                                            const std::vector<AddedSubcommand>& added);

// "galascan cache clera": CLI11 only says "A subcommand is required". When a group was named
// without one of its commands, the message naming them, and the one meant.
std::optional<std::string> unknown_group_command(const CLI::App& app, int argc, const char* const* argv);

}  // namespace galascan
