// "Did you mean" for the command line: with parse_args.cpp and command_options.cpp, the only
// files that include CLI11. The nearest name itself is text/nearest_name's.

#include "cli/did_you_mean.hpp"

#include <filesystem>

#include <fmt/core.h>
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "text/nearest_name.hpp"

namespace galascan {

namespace {

// The long options of `app` and of every command under it, for "did you mean".
void collect_long_options(const CLI::App& app, std::vector<std::string>& names) {
    for (const CLI::Option* option : app.get_options()) {
        for (const std::string& name : option->get_lnames()) {
            names.push_back("--" + name);
        }
    }
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
        collect_long_options(*command, names);
    }
}

}  // namespace

// CLI11 says "The following argument was not expected: --jobz"; add the option meant.
std::string with_option_suggestion(const CLI::App& app, const std::string& what) {
    const std::size_t dashes = what.find(": --");
    if (dashes == std::string::npos) {
        return what;
    }
    std::string typed = what.substr(dashes + 2);
    typed = typed.substr(0, typed.find_first_of(" =,"));
    std::vector<std::string> names;
    collect_long_options(app, names);
    const std::optional<std::string> nearest = nearest_name(typed, names);
    return nearest ? fmt::format("{}; did you mean {}?", what, *nearest) : what;
}

// "galascan explian plan.pdf" reads 'explian' as a file. When no such file exists and it is
// one typo from a command's name, the user meant the command.
std::optional<std::string> mistyped_command(const std::vector<std::string>& paths,
                                            const std::vector<AddedSubcommand>& added) {
    std::error_code error;
    if (paths.empty() || std::filesystem::exists(std::filesystem::symlink_status(paths.front(), error))) {
        return std::nullopt;
    }
    std::vector<std::string> names;
    for (const AddedSubcommand& subcommand : added) {
        names.push_back(full_name(*subcommand.command));
        const CLI::App* parent = subcommand.command->get_parent();
        if (parent->get_parent() != nullptr) {
            names.push_back(parent->get_name());  // the group: "lexcon" -> lexicon
        }
    }
    const std::optional<std::string> nearest = nearest_name(paths.front(), names);
    if (!nearest) {
        return std::nullopt;
    }
    return fmt::format("'{}' is no file or folder, nor a command; did you mean 'galascan {}'?", paths.front(),
                       *nearest);
}

// "galascan cache clera": CLI11 only says "A subcommand is required". Name the group's
// commands, and the one meant.
std::optional<std::string> unknown_group_command(const CLI::App& app, int argc, const char* const* argv) {
    for (const CLI::App* group : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (!group->parsed() || group->get_subcommands([](const CLI::App*) { return true; }).empty()) {
            continue;
        }
        std::vector<std::string> names;
        for (const CLI::App* command : group->get_subcommands([](const CLI::App*) { return true; })) {
            names.push_back(command->get_name());
        }
        std::string typed;
        for (int i = 1; i + 1 < argc; ++i) {
            if (group->get_name() == argv[i]) {
                typed = argv[i + 1];
                break;
            }
        }
        const std::optional<std::string> nearest = nearest_name(typed, names);
        return fmt::format("{} needs a command: {}{}", group->get_name(), fmt::join(names, ", "),
                           nearest ? fmt::format("; did you mean 'galascan {} {}'?", group->get_name(), *nearest)
                                   : std::string());
    }
    return std::nullopt;
}

}  // namespace galascan
