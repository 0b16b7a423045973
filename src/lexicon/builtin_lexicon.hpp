#pragma once
// The lexicon files compiled into the binary (see cmake/EmbedFiles.cmake).

#include <string_view>
#include <vector>

namespace galascan {

struct EmbeddedFile {
    std::string_view name;      // "builtin:themes.toml"
    std::string_view content;
};

// The built-in lexicon files, in the order the categories are reported.
std::vector<EmbeddedFile> builtin_lexicon_files();

}  // namespace galascan
