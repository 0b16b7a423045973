#pragma once
// The lexicon: the categories galascan grades and the terms that signal each of them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace galascan {

// theme and bouwsteen are graded and reported. `domain` is the register of the social domain
// (a lexicon's [domain] table): matched like a category, never graded or reported; its hits
// tell which parts of a document are about the social domain at all (score/relevance.cpp).
enum class CategoryKind { theme, bouwsteen, domain };

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
    bool generic = false;      // a word of the general register ("participatie", "regie"): it can
                               // make its category mentioned, never covered on its own
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
    // covered: a heading of its own naming the category, with this many paragraphs under it ...
    int section_paragraphs = 2;
    int section_words = 60;           // ... or this many words of text
    int title_blocks = 2;             // covered: the title names it and this many text blocks do
    int passage_words = 30;           // a passage about it: a text block of at least this many words ...
    double passage_weight = 2;        // ... whose hits weigh this much, one of them specific
    int passage_blocks = 2;           // ... and the text names it in this many blocks in all
    int short_document_words = 1000;  // one passage works it out in a text up to this long (two pages) ...
    int words_per_passage = 5000;     // ... and one more for every this many words beyond
    int focus_paragraphs = 2;         // covered: this many text blocks of one section name it, by ...
    int discussed_paragraphs = 0;     // covered: this many text blocks anywhere name it, by ... (0: off)
    int discussed_entries = 3;        // ... this many different entries (both rules)
    double domain_density = 8;        // about the social domain: its register's hits per 1,000 words
    double section_density = 3;       // a section of such a document: at least this many
    int relevance_section_words = 200;  // sections this long decide for their own blocks
};

// [grading] topic_category of galascan 0.1: no longer read, but one that names no category is
// a mistake worth saying (load_lexicon refuses it), not a key to pass over in silence.
struct ObsoleteTopicCategory {
    std::string id;
    std::string source;        // "file:line:col"
};

struct Lexicon {
    GradingRules grading;
    std::vector<ObsoleteTopicCategory> topic_categories;   // the non-empty ones, in file order
    std::vector<Category> categories;   // graded ones in file order (the report's order), then the
                                        // domain register, when there is one, last
    std::vector<Term> terms;
    std::vector<Exclusion> exclusions;
    std::vector<std::string> files;     // where it was loaded from ("builtin:themes.toml", paths)
};

// The categories that are graded and reported: all but the domain register.
inline std::size_t graded_count(const Lexicon& lexicon) {
    const bool has_domain = !lexicon.categories.empty() && lexicon.categories.back().kind == CategoryKind::domain;
    return lexicon.categories.size() - (has_domain ? 1 : 0);
}

inline const char* category_kind_name(CategoryKind kind) {
    switch (kind) {
    case CategoryKind::theme: return "theme";
    case CategoryKind::bouwsteen: return "bouwsteen";
    case CategoryKind::domain: return "domain";
    }
    return "theme";
}

}  // namespace galascan
