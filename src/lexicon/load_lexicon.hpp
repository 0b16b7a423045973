#pragma once
// Loading lexicons from TOML. The only file that includes toml++.

#include <cstddef>
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

// The most a lexicon file may hold (4 MiB; the built-in lexicon is under 100 KiB): a lexicon
// is written by hand, and a path given as one may name anything.
inline constexpr std::size_t max_lexicon_bytes = std::size_t{4} << 20;

// The files' contents; throws ConfigError when one cannot be read, is no regular file (a
// device, a FIFO, a folder) or holds more than max_lexicon_bytes.
std::vector<LexiconSource> read_lexicon_sources(const std::vector<std::string>& paths);

// A small file the user names (a lexicon, the configuration file): its bytes; throws ConfigError
// naming its kind when it cannot be read, is no regular file or holds more than `max_bytes`.
struct SmallFileKind {
    std::string_view what;   // "lexicon file": "cannot read the lexicon file"
    std::string_view noun;   // "a lexicon": "a lexicon must be a regular file"
};
std::string read_small_file(const std::string& path, const SmallFileKind& kind, std::size_t max_bytes);

// The TOML files compiled into the binary, as sources.
std::vector<LexiconSource> builtin_lexicon_sources();

// Reads the files (throws ConfigError when one cannot be read) and loads them.
Lexicon load_lexicon_files(const std::vector<std::string>& paths);

// The built-in lexicon, from the TOML files compiled into the binary.
Lexicon load_builtin_lexicon();

}  // namespace galascan
