#pragma once
// The configuration file: the options a team sets once (lexicons, requirements, jobs, format),
// in TOML. Where it is found is decided from the environment by run_cli; what it says becomes
// command-line arguments that parse_args adds for every option the command line leaves unset,
// so a setting in the file is checked exactly as the option is, and the command line wins.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace galascan {

// One key of the file, as the arguments it stands for.
struct ConfigSetting {
    std::string key;                      // "jobs"
    std::string where;                    // "config.toml:3:1", for messages
    std::string option;                   // "--jobs": given on the command line, the file's value is not used
    std::vector<std::string> arguments;   // {"--jobs", "4"}; empty for a setting that asks for nothing
    std::vector<std::string> commands;    // the commands it applies to ("" is the report, "evaluate", ...)
};

struct ConfigFile {
    std::string path;
    std::vector<ConfigSetting> settings;  // in the file's order
};

// The most a configuration file may hold: a few lines written by hand.
inline constexpr std::size_t max_config_bytes = std::size_t{1} << 20;

// Where the configuration file is: GALASCAN_CONFIG when set and not empty (then it must
// exist: `required`), else $XDG_CONFIG_HOME/galascan/config.toml, else
// $HOME/.config/galascan/config.toml (relative XDG_CONFIG_HOME or HOME ignored, as the XDG spec
// asks). Takes the variables' values (nullptr: unset) so tests need not touch the environment.
struct ConfigLocation {
    std::filesystem::path path;
    bool required = false;  // named by GALASCAN_CONFIG: missing is an error, not "no file"
};
std::optional<ConfigLocation> config_file_location(const char* galascan_config, const char* xdg_config_home,
                                                   const char* home);

// The settings `content` (the file at `path`) holds. Throws ConfigError with file:line:col for
// a TOML error, an unknown key (with the key meant, when one is near) or a value of the wrong
// type; values themselves are checked when parse_args parses them as options.
ConfigFile parse_config(const std::string& path, const std::string& content);

// The keys the file may hold, in --help's order.
std::vector<std::string> config_keys();

}  // namespace galascan
