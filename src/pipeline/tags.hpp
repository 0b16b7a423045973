#pragma once
// Per-document tags for a batch a spreadsheet groups: `--tag KEY=VALUE` (the same for every
// document) and `--tag-from-path 'gemeente/jaar'` (from the folders a file sits in).

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace galascan {

using Tag = std::pair<std::string, std::string>;  // key, value

struct TagOptions {
    std::vector<Tag> fixed;                // --tag KEY=VALUE, in the order given
    std::vector<std::string> path_keys;    // --tag-from-path, split at '/'; "*" skips a folder
    bool operator==(const TagOptions&) const = default;
};

// A key is a column name in CSV and a field in JSON: letters, digits, '_' and '-', 1 to 64.
bool is_tag_key(const std::string& key);

// "gemeente=Utrecht" -> {gemeente, Utrecht}; nullopt with `why` set when it is not KEY=VALUE.
std::optional<Tag> parse_tag(const std::string& text, std::string& why);

// "gemeente/jaar" -> {gemeente, jaar}; nullopt with `why` set for an empty pattern or component,
// a bad key, or a key twice.
std::optional<std::vector<std::string>> parse_tag_path(const std::string& pattern, std::string& why);

// Why these options cannot be used together (a key given twice), or nullopt.
std::optional<std::string> tag_conflict(const TagOptions& options);

// The tags of the file at `path`: the fixed ones, then one per path key, matched against the
// folders the file sits in counted from the innermost (with 'gemeente/jaar',
// /data/Utrecht/2024/plan.pdf gives gemeente=Utrecht, jaar=2024). The path is made absolute
// first, so "plan.pdf" run from /data/Utrecht/2024 gives the same. A key with no folder left
// for it gets an empty value. Empty when no tags were asked for.
std::vector<Tag> tags_for(const std::string& path, const TagOptions& options);

}  // namespace galascan
