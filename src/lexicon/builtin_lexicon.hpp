#pragma once
// The lexicon files compiled into the binary (see cmake/EmbedFiles.cmake).

#include <string_view>
#include <vector>

#include "text/content_hash.hpp"

namespace galascan {

struct EmbeddedFile {
    std::string_view name;      // "builtin:themes.toml"
    std::string_view content;
};

// The built-in lexicon files, in the order the categories are reported.
std::vector<EmbeddedFile> builtin_lexicon_files();

// The identity of a lexicon's files: a hash over their names and bytes, each with its length
// first, so that moving bytes from one file's content into the next name changes it. What
// --version prints (its high half) and what keys the result cache (load_lexicon.cpp).
ContentHash lexicon_files_hash(const std::vector<EmbeddedFile>& files);

}  // namespace galascan
