#pragma once
// Loading lexicons from TOML. The only file that includes toml++.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace galascan {

// A configuration problem found before any PDF is read: a malformed lexicon file, an
// unknown category. The message starts with "file:line:col: " where that is known.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct LexiconSource {
    std::string name;       // a path, or "builtin:themes.toml"
    std::string content;
};

// Parses the sources into one lexicon, as load_lexicon does, but accepts one without graded
// categories (a file of only [grading] or [domain], checked on its own).
Lexicon parse_lexicon(const std::vector<LexiconSource>& sources);

// Parses and checks the sources into one lexicon, categories in source order.
// Throws ConfigError on syntax errors, missing fields, bad kinds, duplicate category ids, and
// when no category is left to grade.
Lexicon load_lexicon(const std::vector<LexiconSource>& sources);

// The files' contents; throws ConfigError when one cannot be read.
std::vector<LexiconSource> read_lexicon_sources(const std::vector<std::string>& paths);

// The TOML files compiled into the binary, as sources.
std::vector<LexiconSource> builtin_lexicon_sources();

// Reads the files (throws ConfigError when one cannot be read) and loads them.
Lexicon load_lexicon_files(const std::vector<std::string>& paths);

// The built-in lexicon, from the TOML files compiled into the binary.
Lexicon load_builtin_lexicon();

}  // namespace galascan
