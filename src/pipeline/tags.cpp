#include "pipeline/tags.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/core.h>

namespace galascan {

bool is_tag_key(const std::string& key) {
    return !key.empty() && key.size() <= 64 && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

std::optional<Tag> parse_tag(const std::string& text, std::string& why) {
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos) {
        why = fmt::format("'{}' is not KEY=VALUE", text);
        return std::nullopt;
    }
    Tag tag{text.substr(0, equals), text.substr(equals + 1)};
    if (!is_tag_key(tag.first)) {
        why = fmt::format("'{}': a tag's key is 1 to 64 letters, digits, '_' or '-'", tag.first);
        return std::nullopt;
    }
    return tag;
}

std::optional<std::vector<std::string>> parse_tag_path(const std::string& pattern, std::string& why) {
    std::vector<std::string> keys;
    for (std::size_t start = 0; start <= pattern.size();) {
        const std::size_t slash = std::min(pattern.find('/', start), pattern.size());
        std::string key = pattern.substr(start, slash - start);
        if (key != "*" && !is_tag_key(key)) {
            why = fmt::format("'{}': each folder of the pattern is a key (1 to 64 letters, digits, '_' or '-') or *",
                              pattern);
            return std::nullopt;
        }
        if (key != "*" && std::find(keys.begin(), keys.end(), key) != keys.end()) {
            why = fmt::format("'{}': the key '{}' is named twice", pattern, key);
            return std::nullopt;
        }
        keys.push_back(std::move(key));
        start = slash + 1;
    }
    return keys;
}

std::optional<std::string> tag_conflict(const TagOptions& options) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : options.fixed) {
        keys.push_back(key);
    }
    for (const std::string& key : options.path_keys) {
        if (key != "*") {
            keys.push_back(key);
        }
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (std::find(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(i), keys[i]) !=
            keys.begin() + static_cast<std::ptrdiff_t>(i)) {
            return fmt::format("the tag '{}' is given twice (--tag, --tag-from-path)", keys[i]);
        }
    }
    return std::nullopt;
}

std::vector<Tag> tags_for(const std::string& path, const TagOptions& options) {
    std::vector<Tag> tags = options.fixed;
    if (options.path_keys.empty()) {
        return tags;
    }
    std::error_code error;
    std::filesystem::path full = std::filesystem::absolute(path, error);
    if (error) {
        full = path;  // no current folder: the path as given
    }
    // The folders the file sits in, innermost first.
    std::vector<std::string> folders;
    for (std::filesystem::path folder = full.lexically_normal().parent_path();
         folder.has_relative_path() && !folder.filename().empty(); folder = folder.parent_path()) {
        folders.push_back(folder.filename().string());
    }
    const std::size_t count = options.path_keys.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::string& key = options.path_keys[i];
        const std::size_t from_inside = count - 1 - i;  // the last key names the innermost folder
        if (key != "*") {
            tags.emplace_back(key, from_inside < folders.size() ? folders[from_inside] : std::string());
        }
    }
    return tags;
}

}  // namespace galascan
