#pragma once
// What `galascan --version` says: enough to tell two installations apart in a bug report or a
// CI log — galascan's version, the libraries it runs with, and which built-in lexicon it grades by.

#include <string>
#include <vector>

#include "lexicon/builtin_lexicon.hpp"

namespace galascan {

// A short identity of lexicon files: the first 16 hex digits of a hash over their names and
// contents, so two builds grade alike when it is the same (and a lexicon edit shows).
std::string lexicon_identity(const std::vector<EmbeddedFile>& files);

// The --version text, one fact per line, ending in a newline.
std::string version_text();

}  // namespace galascan
