#include "cli/completions.hpp"

#include <algorithm>

#include <fmt/core.h>
#include <fmt/format.h>

namespace galascan {

namespace {

bool contains(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// The words after "galascan" that name a command: "text", "lexicon" (a group) ...
std::vector<std::string> first_words(const std::vector<CommandModel>& commands) {
    std::vector<std::string> words;
    for (const CommandModel& command : commands) {
        const std::string first = command.name.substr(0, command.name.find(' '));
        if (!first.empty() && !contains(words, first)) {
            words.push_back(first);
        }
    }
    return words;
}

std::vector<std::string> require_words(const std::vector<std::string>& category_ids) {
    std::vector<std::string> words;
    std::vector<std::string> selectors{"themes", "bouwstenen", "all"};
    selectors.insert(selectors.end(), category_ids.begin(), category_ids.end());
    for (const std::string& selector : selectors) {
        words.push_back(selector + "=mentioned");
        words.push_back(selector + "=covered");
    }
    return words;
}

// The values an option takes, where they are known words.
std::vector<std::string> values_of(const CommandModel& command, const std::string& option,
                                   const std::vector<std::string>& category_ids) {
    if (option == "--require") {
        return require_words(category_ids);
    }
    const auto words = command.option_words.find(option);
    return words == command.option_words.end() ? std::vector<std::string>{} : words->second;
}

// Options whose value is a path: the shells complete file names there.
bool takes_path(const std::string& option) {
    return option == "--output" || option == "-o" || option == "--lexicon" || option == "--root" ||
           option == "--files-from";
}

// The commands' names below a group: "lexicon" -> dump, check.
std::vector<std::string> children_of(const std::string& first, const std::vector<CommandModel>& commands) {
    std::vector<std::string> children;
    for (const CommandModel& command : commands) {
        if (command.name.rfind(first + " ", 0) == 0) {
            children.push_back(command.name.substr(first.size() + 1));
        }
    }
    return children;
}

// The arms of a shell `case "$command|$word"` that find the command being typed, one word at a
// time: a first word ("explain", "lexicon") and a group's second ("lexicon|check"). Both
// bash and zsh scripts read the command line with it.
std::string command_word_cases(const std::vector<CommandModel>& commands) {
    std::string cases;
    for (const std::string& first : first_words(commands)) {
        cases += fmt::format("      \"|{0}\") command={0} ;;\n", first);
    }
    for (const CommandModel& command : commands) {
        const std::size_t space = command.name.find(' ');
        if (space != std::string::npos) {
            cases += fmt::format("      \"{}|{}\") command=\"{}\" ;;\n", command.name.substr(0, space),
                                 command.name.substr(space + 1), command.name);
        }
    }
    return cases;
}

std::string bash_script(const std::vector<CommandModel>& commands, const std::vector<std::string>& category_ids) {
    std::string script =
        "# bash completion for galascan; written by `galascan completions bash`.\n"
        "# Needs nothing but bash: install as share/bash-completion/completions/galascan, or source it.\n"
        "_galascan() {\n"
        "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i\n"
        "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "    case \"$command|${COMP_WORDS[i]}\" in\n";
    script += command_word_cases(commands);
    script += "    esac\n  done\n  case \"$command|$prev\" in\n";
    for (const CommandModel& command : commands) {
        for (const std::string& option : command.options_with_value) {
            const std::vector<std::string> values = values_of(command, option, category_ids);
            const bool is_file = takes_path(option);
            script += fmt::format("    \"{}|{}\") COMPREPLY=($(compgen {} -- \"$cur\")); return ;;\n", command.name,
                                  option,
                                  !values.empty() ? fmt::format("-W \"{}\"", fmt::join(values, " "))
                                  : is_file       ? std::string("-f")
                                                  : std::string("-W \"\""));
        }
    }
    script += "  esac\n  if [[ $cur == -* ]]; then\n    case \"$command\" in\n";
    for (const CommandModel& command : commands) {
        script += fmt::format("      \"{}\") COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")) ;;\n", command.name,
                              fmt::join(command.options, " "));
    }
    script += "    esac\n    return\n  fi\n  case \"$command\" in\n";
    script += fmt::format("    \"\") COMPREPLY=($(compgen -W \"{}\" -- \"$cur\") $(compgen -f -- \"$cur\")) ;;\n",
                          fmt::join(first_words(commands), " "));
    for (const std::string& first : first_words(commands)) {
        const std::vector<std::string> children = children_of(first, commands);
        if (!children.empty()) {
            script += fmt::format("    \"{}\") COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")) ;;\n", first,
                                  fmt::join(children, " "));
        }
    }
    for (const CommandModel& command : commands) {
        if (!command.positional_words.empty()) {
            script += fmt::format("    \"{}\") COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")) ;;\n", command.name,
                                  fmt::join(command.positional_words, " "));
        }
    }
    script += fmt::format("    \"explain\") COMPREPLY=($(compgen -W \"{}\" -- \"$cur\") $(compgen -f -- \"$cur\")) ;;\n",
                          fmt::join(category_ids, " "));
    script +=
        "    *) COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n"
        "  esac\n"
        "}\n"
        "complete -o filenames -F _galascan galascan\n";
    return script;
}

std::string fish_script(const std::vector<CommandModel>& commands, const std::vector<std::string>& category_ids) {
    const std::vector<std::string> firsts = first_words(commands);
    const std::string any_command = fmt::format("{}", fmt::join(firsts, " "));
    std::string script =
        "# fish completion for galascan; written by `galascan completions fish`.\n"
        "# Install as share/fish/vendor_completions.d/galascan.fish.\n";
    script += fmt::format("complete -c galascan -n 'not __fish_seen_subcommand_from {}' -a '{}'\n", any_command,
                          any_command);
    for (const CommandModel& command : commands) {
        std::string condition = fmt::format("not __fish_seen_subcommand_from {}", any_command);
        const std::size_t space = command.name.find(' ');
        if (!command.name.empty()) {
            condition = space == std::string::npos
                            ? fmt::format("__fish_seen_subcommand_from {}", command.name)
                            : fmt::format("__fish_seen_subcommand_from {}; and __fish_seen_subcommand_from {}",
                                          command.name.substr(0, space), command.name.substr(space + 1));
        }
        for (const std::string& option : command.options) {
            if (option.rfind("--", 0) != 0) {
                continue;  // short names ride along with their long name below
            }
            std::string line = fmt::format("complete -c galascan -n '{}' -l {}", condition, option.substr(2));
            if (const auto short_name = command.short_names.find(option); short_name != command.short_names.end()) {
                line += " -s " + short_name->second.substr(1);
            }
            if (contains(command.options_with_value, option)) {
                const std::vector<std::string> values = values_of(command, option, category_ids);
                line += values.empty() ? " -r" : fmt::format(" -x -a '{}'", fmt::join(values, " "));
            }
            script += line + "\n";
        }
    }
    for (const std::string& first : firsts) {
        const std::vector<std::string> children = children_of(first, commands);
        if (!children.empty()) {
            script += fmt::format("complete -c galascan -n '__fish_seen_subcommand_from {0}; and not "
                                  "__fish_seen_subcommand_from {1}' -f -a '{1}'\n",
                                  first, fmt::join(children, " "));
        }
    }
    for (const CommandModel& command : commands) {
        if (!command.positional_words.empty() && command.name.find(' ') == std::string::npos) {
            script += fmt::format("complete -c galascan -n '__fish_seen_subcommand_from {}' -f -a '{}'\n",
                                  command.name, fmt::join(command.positional_words, " "));
        }
    }
    script += fmt::format("complete -c galascan -n '__fish_seen_subcommand_from explain' -a '{}'\n",
                          fmt::join(category_ids, " "));
    return script;
}

// The zsh script reads the command line as the bash one does (which command, the word before
// the cursor) and offers words with compadd, file names with _files: zsh's own completion
// functions, so it needs nothing but compinit. Installed as _galascan in $fpath, compinit
// finds it by its #compdef line and autoloads it: the file is then _galascan's body, which
// defines the function and calls it. Sourced, it registers itself with compdef instead.
std::string zsh_script(const std::vector<CommandModel>& commands, const std::vector<std::string>& category_ids) {
    std::string script =
        "#compdef galascan\n"
        "# zsh completion for galascan; written by `galascan completions zsh`.\n"
        "# Install as _galascan in a folder of $fpath (share/zsh/site-functions), or source it after compinit.\n"
        "_galascan() {\n"
        "  local command= i\n"
        "  for ((i = 2; i < CURRENT; i++)); do\n"
        "    case \"$command|${words[i]}\" in\n";
    script += command_word_cases(commands);
    script += "    esac\n  done\n  case \"$command|${words[CURRENT-1]}\" in\n";
    for (const CommandModel& command : commands) {
        for (const std::string& option : command.options_with_value) {
            const std::vector<std::string> values = values_of(command, option, category_ids);
            script += fmt::format("    \"{}|{}\") {}; return ;;\n", command.name, option,
                                  !values.empty()          ? fmt::format("compadd -- {}", fmt::join(values, " "))
                                  : option == "--root"     ? std::string("_files -/")
                                  : takes_path(option)     ? std::string("_files")
                                                           : std::string("return 1"));
        }
    }
    script += "  esac\n  if [[ ${words[CURRENT]} == -* ]]; then\n    case \"$command\" in\n";
    for (const CommandModel& command : commands) {
        script += fmt::format("      \"{}\") compadd -- {} ;;\n", command.name, fmt::join(command.options, " "));
    }
    script += "    esac\n    return\n  fi\n  case \"$command\" in\n";
    script += fmt::format("    \"\") compadd -- {}; _files ;;\n", fmt::join(first_words(commands), " "));
    for (const std::string& first : first_words(commands)) {
        const std::vector<std::string> children = children_of(first, commands);
        if (!children.empty()) {
            script += fmt::format("    \"{}\") compadd -- {} ;;\n", first, fmt::join(children, " "));
        }
    }
    for (const CommandModel& command : commands) {
        if (!command.positional_words.empty()) {
            script += fmt::format("    \"{}\") compadd -- {} ;;\n", command.name,
                                  fmt::join(command.positional_words, " "));
        }
    }
    script += fmt::format("    \"explain\") compadd -- {}; _files ;;\n", fmt::join(category_ids, " "));
    script +=
        "    *) _files ;;\n"
        "  esac\n"
        "}\n"
        "if [[ ${funcstack[1]} == _galascan ]]; then\n"
        "  _galascan \"$@\"\n"
        "else\n"
        "  compdef _galascan galascan\n"
        "fi\n";
    return script;
}

}  // namespace

std::string completion_script(Shell shell, const std::vector<CommandModel>& commands,
                              const std::vector<std::string>& category_ids) {
    switch (shell) {
        case Shell::bash:
            return bash_script(commands, category_ids);
        case Shell::fish:
            return fish_script(commands, category_ids);
        case Shell::zsh:
            return zsh_script(commands, category_ids);
    }
    return {};
}

}  // namespace galascan
