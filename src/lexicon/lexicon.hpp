#pragma once
// The lexicon: the categories galascan grades and the terms that signal each of them.

#include <cstdint>
#include <string>
#include <vector>

namespace galascan {

enum class CategoryKind { theme, bouwsteen };

using CategoryIndex = std::uint32_t;   // position in Lexicon::categories
using TermIndex = std::uint32_t;       // position in Lexicon::terms

struct Category {
    std::string id;            // stable contract: "mantelzorg", "rol_inwoners", ...
    CategoryKind kind = CategoryKind::theme;
    std::string label;         // Dutch display label
    std::string short_label;   // 2-4 letters for the batch grid; derived from the id when not given
    std::string description;   // what counts, in an analyst's words
};

struct Term {
    CategoryIndex category = 0;
    std::string text;          // as written in the lexicon, e.g. "jonge mantelzorgers"
    std::string source;        // "file:line" where it was defined, for messages
};

struct Lexicon {
    std::vector<Category> categories;   // in file order: the report's category order
    std::vector<Term> terms;
    std::vector<std::string> files;     // where it was loaded from ("builtin:themes.toml", paths)
};

inline const char* category_kind_name(CategoryKind kind) {
    return kind == CategoryKind::theme ? "theme" : "bouwsteen";
}

}  // namespace galascan
