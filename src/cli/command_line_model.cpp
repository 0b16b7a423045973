// The command line as data (cli/completions.hpp's CommandModel), read off the very app
// parse_args builds, so that completions cannot list an option galascan does not take or miss
// one it does. With parse_args.cpp, command_options.cpp and did_you_mean.cpp, the only files
// that include CLI11.

#include "cli/command_line_model.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include <CLI/CLI.hpp>

#include "cli/command_line.hpp"
#include "cli/options.hpp"

namespace galascan {

namespace {

// The words a value may be, from an option's type name ("FORMAT:{table,csv,json,jsonl}").
std::vector<std::string> words_in_type(const std::string& type) {
    std::vector<std::string> words;
    const std::size_t open = type.find('{');
    const std::size_t close = type.find('}', open);
    if (open == std::string::npos || close == std::string::npos) {
        return words;
    }
    const std::string listed = type.substr(open + 1, close - open - 1);
    for (std::size_t start = 0; start <= listed.size();) {
        const std::size_t comma = std::min(listed.find(',', start), listed.size());
        words.push_back(listed.substr(start, comma - start));
        start = comma + 1;
    }
    return words;
}

// One command as data: its option names, which take a value, and the words a value may be.
CommandModel describe(const CLI::App& command, std::string name) {
    CommandModel model;
    model.name = std::move(name);
    for (const CLI::Option* option : command.get_options()) {
        if (option->get_positional()) {
            const std::vector<std::string> words = words_in_type(option->get_type_name());
            model.positional_words.insert(model.positional_words.end(), words.begin(), words.end());
            continue;
        }
        std::vector<std::string> names;
        for (const std::string& short_name : option->get_snames()) {
            names.push_back("-" + short_name);
        }
        for (const std::string& long_name : option->get_lnames()) {
            names.push_back("--" + long_name);
        }
        const bool takes_value = option->get_expected_max() > 0;  // a flag expects none
        const std::vector<std::string> words = words_in_type(option->get_type_name());
        if (!option->get_snames().empty() && !option->get_lnames().empty()) {
            model.short_names["--" + option->get_lnames().front()] = "-" + option->get_snames().front();
        }
        for (const std::string& option_name : names) {
            model.options.push_back(option_name);
            if (takes_value) {
                model.options_with_value.push_back(option_name);
                if (!words.empty()) {
                    model.option_words[option_name] = words;
                }
            }
        }
    }
    return model;
}

}  // namespace

std::vector<CommandModel> describe_command_line() {
    Options options;
    bool wants_short_help = false;
    CLI::App app("", "galascan");
    const std::vector<AddedSubcommand> added = build_app(app, options, wants_short_help);
    std::vector<CommandModel> commands{describe(app, "")};
    for (const AddedSubcommand& subcommand : added) {
        commands.push_back(describe(*subcommand.command, full_name(*subcommand.command)));
    }
    return commands;
}

}  // namespace galascan
