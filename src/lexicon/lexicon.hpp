#pragma once
// The lexicon: the categories galascan grades and the terms that signal each of them.

#include <cstdint>
#include <optional>
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
    std::vector<std::string> examples;          // sentences the category must be found in
    std::vector<std::string> counterexamples;   // sentences it must not be found in
    std::string source;        // "file:line:col" of the category table
};

// Where in a Dutch word an entry may stand; written with '*' in the lexicon:
// "buurtteam" whole word, "mantelzorg*" also as the first part of a compound
// (mantelzorgondersteuning), "*eenzaamheid" also as the last (ouderen-eenzaamheid),
// "*wijk*" anywhere. Inflected forms (-e, -en, -s, -'s, -je, verb forms) always count.
enum class Position { whole, first, last, anywhere };

struct Term {
    CategoryIndex category = 0;
    std::string text;          // as written in the lexicon, e.g. "jonge mantelzorger*"
    std::string phrase;        // without the '*' markers: "jonge mantelzorger"; a '|' that
                               // marks a separable verb stays: "naar elkaar om|zien"
    Position position = Position::whole;
    double weight = 1.0;       // how much one hit counts; 0.5 = two are needed for one
    std::vector<std::string> near;   // when not empty: one of these words must stand within
                                     // Term::near_window words for the hit to count
    std::string source;        // "file:line:col" where it was defined, for messages
    static constexpr int near_window = 10;
};

// A false friend: where it matches, hits of its category (or of one entry) do not count.
// "zorgverzekeraar*" in mantelzorg, "gebiedsgerichte parkeerregulering" in gebiedsgericht.
struct Exclusion {
    CategoryIndex category = 0;
    std::optional<TermIndex> term;   // only this entry's hits; all of the category's when empty
    std::string text;
    std::string phrase;
    Position position = Position::whole;
    std::string source;
};

// The grading rule's thresholds (docs/grading.md), set in a lexicon file's [grading] table.
struct GradingRules {
    int section_paragraphs = 2;     // covered: a heading naming the category, this many paragraphs under it
    int section_words = 60;         // ... or this many words of text under it
    int focus_paragraphs = 2;       // covered: this many paragraphs of one section name it, by ...
    int discussed_paragraphs = 4;   // covered: hits in this many paragraphs ...
    int discussed_entries = 3;      // ... this many different entries (both rules)
    int topic_density = 10;         // a document with fewer theme hits per 1,000 words ...
    std::string topic_category = "fundament";   // ... and no hit of this category is not about the
                                                // sociale basis: bouwstenen absent, themes at most mentioned
};

struct Lexicon {
    GradingRules grading;
    std::vector<Category> categories;   // in file order: the report's category order
    std::vector<Term> terms;
    std::vector<Exclusion> exclusions;
    std::vector<std::string> files;     // where it was loaded from ("builtin:themes.toml", paths)
};

inline const char* category_kind_name(CategoryKind kind) {
    return kind == CategoryKind::theme ? "theme" : "bouwsteen";
}

}  // namespace galascan
