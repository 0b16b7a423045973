#pragma once
// Which entries of a folder a batch takes: the ripgrep habits --hidden, --glob, --exclude and
// --max-depth. A path named on the command line or in --files-from is taken as given; this
// decides only what a folder contributes.

#include <optional>
#include <string>
#include <vector>

namespace galascan {

struct FileSelection {
    bool hidden = false;                      // --hidden: also names starting with '.'
    std::vector<std::string> globs;           // --glob, as typed: GLOB includes, !GLOB excludes
    std::vector<std::string> exclude_globs;   // --exclude GLOB
    std::optional<int> max_depth;             // 1: a folder's own files; 0: nothing from a folder
};

// The globs split into what they include and what they exclude.
struct GlobRules {
    std::vector<std::string> include;  // empty: every PDF is included
    std::vector<std::string> exclude;  // wins over include
};
GlobRules glob_rules(const FileSelection& selection);

// Whether `glob` matches an entry: `relative` is its path below the folder given ("2024/plan.pdf",
// '/' between folders), `name` its own name. A glob matches the relative path with '*' and '?'
// not crossing a '/', or the name alone: `*.pdf` matches at any depth, `2024/*.pdf` only there.
bool glob_matches(const std::string& glob, const std::string& relative, const std::string& name);

// True for a name a batch skips unless --hidden: ".git", ".concept.pdf".
bool is_hidden_name(const std::string& name);

}  // namespace galascan
