// The configuration file's TOML with toml++: each key to the arguments it stands for. With
// lexicon/load_lexicon.cpp, the only file that includes toml++.

#include "cli/config_file.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <string_view>

#include <fmt/core.h>
#include <fmt/format.h>
#include <toml++/toml.h>

#include "lexicon/load_lexicon.hpp"
#include "text/nearest_name.hpp"

namespace galascan {

namespace {

enum class ValueKind {
    text,          // a string
    whole,         // an integer
    number,        // an integer or a float
    path_list,     // a string or an array of strings, paths relative to the file's folder
    text_list,     // a string or an array of strings
    enable,        // true or false: false gives `option`, true nothing (--no-cache)
};

struct KeyInfo {
    std::string_view key;
    std::string_view option;
    ValueKind kind;
    std::vector<std::string> commands;  // "" is the report
};

// A team's settings, not one run's: no paths to read, no -o, no --quiet. Each applies to the
// commands that take the option with the same meaning (evaluate's --format is another list).
const std::vector<KeyInfo>& known_keys() {
    static const std::vector<KeyInfo> keys{
        {"lexicon", "--lexicon", ValueKind::path_list, {"", "explain", "evaluate", "diff"}},
        {"require", "--require", ValueKind::text_list, {"", "merge"}},
        {"jobs", "--jobs", ValueKind::whole, {"", "evaluate", "diff"}},
        {"format", "--format", ValueKind::text, {"", "merge"}},
        {"color", "--color", ValueKind::text, {"", "merge"}},
        {"timeout", "--timeout", ValueKind::number, {"", "evaluate", "text", "explain", "diff"}},
        {"max-memory", "--max-memory", ValueKind::whole, {"", "evaluate", "text", "explain", "diff"}},
        {"max-pages", "--max-pages", ValueKind::whole, {"", "evaluate", "text", "explain", "diff"}},
        {"cache", "--no-cache", ValueKind::enable, {"", "evaluate", "diff"}},
        {"tag-from-path", "--tag-from-path", ValueKind::text, {""}},
    };
    return keys;
}

std::string where(const std::string& path, const toml::node& node) {
    const toml::source_position begin = node.source().begin;
    return fmt::format("{}:{}:{}", path, begin.line, begin.column);
}

[[noreturn]] void fail(const std::string& place, std::string_view message) {
    throw ConfigError(fmt::format("{}: {}", place, message));
}

// A string, or each string of an array: the values of a list key.
std::vector<std::string> strings_of(const std::string& path, std::string_view key, const toml::node& node) {
    if (const std::optional<std::string> one = node.value_exact<std::string>()) {
        return {*one};
    }
    const toml::array* array = node.as_array();
    if (array == nullptr) {
        fail(where(path, node), fmt::format("'{}' takes a string or an array of strings", key));
    }
    std::vector<std::string> values;
    for (const toml::node& item : *array) {
        const std::optional<std::string> value = item.value_exact<std::string>();
        if (!value) {
            fail(where(path, item), fmt::format("'{}' takes a string or an array of strings", key));
        }
        values.push_back(*value);
    }
    return values;
}

// Each value joined to its option ("--require=themes=mentioned"): a value that begins with '-'
// stays a value, and cannot become an option of its own.
std::vector<std::string> arguments_of(const std::string& path, const KeyInfo& info, const toml::node& node) {
    const std::string option(info.option);
    const std::string key(info.key);
    const auto with = [&option](const std::string& value) { return option + "=" + value; };
    switch (info.kind) {
        case ValueKind::text:
            if (const std::optional<std::string> value = node.value_exact<std::string>()) {
                return {with(*value)};
            }
            fail(where(path, node), fmt::format("'{}' takes a string", key));
        case ValueKind::whole:
            if (const std::optional<std::int64_t> value = node.value_exact<std::int64_t>()) {
                return {with(std::to_string(*value))};
            }
            fail(where(path, node), fmt::format("'{}' takes a whole number", key));
        case ValueKind::number:
            if (const std::optional<std::int64_t> value = node.value_exact<std::int64_t>()) {
                return {with(std::to_string(*value))};
            }
            if (const std::optional<double> value = node.value_exact<double>()) {
                return {with(fmt::format("{}", *value))};
            }
            fail(where(path, node), fmt::format("'{}' takes a number", key));
        case ValueKind::enable:
            if (const std::optional<bool> value = node.value_exact<bool>()) {
                return *value ? std::vector<std::string>{} : std::vector<std::string>{option};
            }
            fail(where(path, node), fmt::format("'{}' takes true or false", key));
        case ValueKind::path_list:
        case ValueKind::text_list: {
            std::vector<std::string> arguments;
            for (const std::string& value : strings_of(path, key, node)) {
                std::filesystem::path argument = value;
                // A team's file names its lexicon beside itself, whichever folder galascan runs in.
                if (info.kind == ValueKind::path_list && argument.is_relative() && !value.empty()) {
                    argument = (std::filesystem::path(path).parent_path() / argument).lexically_normal();
                }
                arguments.push_back(with(argument.string()));
            }
            return arguments;
        }
    }
    return {};
}

}  // namespace

std::optional<ConfigLocation> config_file_location(const char* galascan_config, const char* xdg_config_home,
                                                   const char* home) {
    if (galascan_config != nullptr && *galascan_config != '\0') {
        return ConfigLocation{galascan_config, true};
    }
    const auto absolute = [](const char* value) {
        return value != nullptr && std::filesystem::path(value).is_absolute();
    };
    if (absolute(xdg_config_home)) {
        return ConfigLocation{std::filesystem::path(xdg_config_home) / "galascan" / "config.toml", false};
    }
    if (absolute(home)) {
        return ConfigLocation{std::filesystem::path(home) / ".config" / "galascan" / "config.toml", false};
    }
    return std::nullopt;
}

ConfigFile parse_config(const std::string& path, const std::string& content) {
    toml::table root;
    try {
        root = toml::parse(content, path);
    } catch (const toml::parse_error& error) {
        const toml::source_position begin = error.source().begin;
        throw ConfigError(fmt::format("{}:{}:{}: {}", path, begin.line, begin.column, error.description()));
    }
    ConfigFile config;
    config.path = path;
    // toml++ keeps a table's keys sorted: read them in the file's order, so that the first
    // mistake in the file is the one said.
    std::vector<std::pair<const toml::key*, const toml::node*>> entries;
    for (const auto& [name, node] : root) {
        entries.emplace_back(&name, &node);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        const toml::source_position left = a.first->source().begin;
        const toml::source_position right = b.first->source().begin;
        return left.line != right.line ? left.line < right.line : left.column < right.column;
    });
    for (const auto& [name, node] : entries) {
        const std::string key(name->str());
        const KeyInfo* info = nullptr;
        for (const KeyInfo& known : known_keys()) {
            if (known.key == key) {
                info = &known;
            }
        }
        if (info == nullptr) {
            const std::optional<std::string> nearest = nearest_name(key, config_keys());
            const toml::source_position at = name->source().begin;
            const std::string hint = nearest ? fmt::format("; did you mean '{}'?", *nearest)
                                             : fmt::format(" (keys: {})", fmt::join(config_keys(), ", "));
            fail(fmt::format("{}:{}:{}", path, at.line, at.column),
                 fmt::format("unknown key '{}' in the configuration file{}", key, hint));
        }
        config.settings.push_back(ConfigSetting{key, where(path, *node), std::string(info->option),
                                                arguments_of(path, *info, *node), info->commands});
    }
    return config;
}

std::vector<std::string> config_keys() {
    std::vector<std::string> keys;
    for (const KeyInfo& info : known_keys()) {
        keys.emplace_back(info.key);
    }
    return keys;
}

}  // namespace galascan
