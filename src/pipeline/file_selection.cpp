// Globs are matched by fnmatch(3), not by a matcher of our own: it is POSIX's definition of
// the patterns users already type in the shell (*, ?, [a-z], [!a-z], \ escapes), libc has it
// tested, and FNM_PATHNAME gives the one rule that matters for paths, '*' not crossing a '/'.
// What it lacks is '**' (any number of folders): a glob matching a folder covers everything in
// it instead (inputs.cpp), so `--glob 2024` or `--exclude concepten` need no '**'.

#include "pipeline/file_selection.hpp"

#include <fnmatch.h>

namespace galascan {

GlobRules glob_rules(const FileSelection& selection) {
    GlobRules rules;
    for (const std::string& glob : selection.globs) {
        if (!glob.empty() && glob.front() == '!') {
            rules.exclude.push_back(glob.substr(1));
        } else {
            rules.include.push_back(glob);
        }
    }
    rules.exclude.insert(rules.exclude.end(), selection.exclude_globs.begin(), selection.exclude_globs.end());
    return rules;
}

bool glob_matches(const std::string& glob, const std::string& relative, const std::string& name) {
    return ::fnmatch(glob.c_str(), relative.c_str(), FNM_PATHNAME) == 0 ||
           ::fnmatch(glob.c_str(), name.c_str(), FNM_PATHNAME) == 0;
}

bool is_hidden_name(const std::string& name) {
    return !name.empty() && name.front() == '.';
}

}  // namespace galascan
