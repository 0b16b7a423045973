#include <doctest/doctest.h>

#include <algorithm>

#include "cli/completions.hpp"
#include "cli/command_line_model.hpp"

using namespace galascan;

namespace {

const CommandModel& command_named(const std::vector<CommandModel>& commands, const std::string& name) {
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&](const CommandModel& command) { return command.name == name; });
    REQUIRE(found != commands.end());
    return *found;
}

bool has(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST_CASE("the command line as data: every command, its options, which take a value, and their words") {
    const std::vector<CommandModel> commands = describe_command_line();
    const CommandModel& report = command_named(commands, "");
    CHECK(has(report.options, "--format"));
    CHECK(has(report.options, "-f"));
    CHECK(has(report.options_with_value, "--jobs"));
    CHECK_FALSE(has(report.options_with_value, "--quiet"));  // a flag
    CHECK(report.option_words.at("--format") == std::vector<std::string>{"table", "csv", "json", "jsonl"});
    CHECK(report.short_names.at("--format") == "-f");
    CHECK(command_named(commands, "text").option_words.at("--format") == std::vector<std::string>{"plain", "json"});
    CHECK(command_named(commands, "completions").positional_words == std::vector<std::string>{"bash", "fish", "zsh"});
    for (const char* name : {"explain", "evaluate", "lexicon dump", "lexicon check", "cache clear"}) {
        CHECK(command_named(commands, name).options.size() >= 2);  // -h, --help at least
    }
}

TEST_CASE("a completion script names the commands, the option words and the category ids") {
    const std::vector<CommandModel> commands = describe_command_line();
    const std::string bash = completion_script(Shell::bash, commands, {"mantelzorg"});
    CHECK(bash.find("complete -o filenames -F _galascan galascan") != std::string::npos);
    CHECK(bash.find("\"lexicon|check\") command=\"lexicon check\"") != std::string::npos);
    CHECK(bash.find("mantelzorg=covered") != std::string::npos);
    const std::string fish = completion_script(Shell::fish, commands, {"mantelzorg"});
    CHECK(fish.find("-l format -s f -x -a 'table csv json jsonl'") != std::string::npos);
    CHECK(fish.find("__fish_seen_subcommand_from explain' -a 'mantelzorg'") != std::string::npos);
    const std::string zsh = completion_script(Shell::zsh, commands, {"mantelzorg"});
    CHECK(zsh.rfind("#compdef galascan\n", 0) == 0);  // compinit reads the first line
    CHECK(zsh.find("\"|--format\") compadd -- table csv json jsonl; return ;;") != std::string::npos);
    CHECK(zsh.find("\"|--files-from\") _files; return ;;") != std::string::npos);
    CHECK(zsh.find("\"explain\") compadd -- mantelzorg; _files ;;") != std::string::npos);
    CHECK(zsh.find("compdef _galascan galascan") != std::string::npos);
}
