#pragma once
// Shell completion scripts (`galascan completions bash|fish|zsh`), written from the command line
// as data, so that they list exactly the commands, options and option values galascan takes.

#include <map>
#include <string>
#include <vector>

namespace galascan {

// One command of the command line, as parse_args.cpp builds it.
struct CommandModel {
    std::string name;                                              // "" (the report), "text", "lexicon check"
    std::vector<std::string> options;                              // "--format", "-f", ...
    std::vector<std::string> options_with_value;                   // those that take a value
    std::map<std::string, std::vector<std::string>> option_words;  // "--format" -> table, csv, ...
    std::map<std::string, std::string> short_names;                // "--format" -> "-f"
    std::vector<std::string> positional_words;                     // the words an argument may be
};

enum class Shell { bash, fish, zsh };

// The completion script for `shell`. `category_ids` complete explain's CATEGORY and, with
// =mentioned and =covered, --require.
std::string completion_script(Shell shell, const std::vector<CommandModel>& commands,
                              const std::vector<std::string>& category_ids);

}  // namespace galascan
