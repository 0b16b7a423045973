#pragma once
// The score stage: from hits to a grade per category, with the evidence behind it.

#include <string>
#include <vector>

#include "layout/classify_blocks.hpp"
#include "lexicon/lexicon.hpp"
#include "match/hit.hpp"
#include "normalise/normalise.hpp"

namespace galascan {

enum class Grade { absent, mentioned, covered };   // ordered: absent < mentioned < covered

struct Evidence {
    int page_index = 0;          // 1-based
    std::string page_label;      // as printed
    BlockKind block_kind = BlockKind::paragraph;
    std::string term;            // the lexicon entry, as written in the lexicon
    std::string text;            // the words that matched, as printed in the PDF
    std::string snippet;         // the surrounding text, one line, as printed (not yet sanitised)
    bool operator==(const Evidence&) const = default;
};

struct CategoryScore {
    CategoryIndex category = 0;
    Grade grade = Grade::absent;
    int score = 0;                   // 0-100, see grade_rule() in score_document.cpp
    int hits = 0;
    double hit_weight = 0;           // the hits' lexicon weights added up; below 1 is no signal
    double hits_per_1000_words = 0;  // rounded to 0.1
    int pages = 0;                   // pages with at least one hit
    int heading_hits = 0;
    int paragraphs = 0;              // paragraph blocks with at least one hit
    int list_items = 0;              // list items and table rows with at least one hit
    int toc_hits = 0;                // hits in table-of-contents lines
    int section_paragraphs = 0;      // most paragraphs under one heading that names the category
    int focus_paragraphs = 0;        // most paragraphs of one section (a heading and its subsections)
                                     // with hits, counted where their entries differ (see grade_rule)
    int section_words = 0;           // most words of text under one heading that names the category
    int distinct_terms = 0;
    std::string rule;                // why this grade, in an analyst's words
    std::vector<Evidence> evidence;  // the strongest hits, in document order
    bool operator==(const CategoryScore&) const = default;  // doubles by value: a NaN is unequal
};

struct ScoreOptions {
    int evidence_per_category = 3;   // 0: every hit (for galascan explain)
};

struct DocumentScore {
    int words = 0;
    std::vector<CategoryScore> categories;   // one per lexicon category, in lexicon order
};

// Grades every lexicon category. `page_labels` holds the printed label of each page (index 0
// for page 1), for evidence; the blocks and the folded text are what layout and normalise made
// of the same document, and `hits` what the matcher found in that text.
DocumentScore score_document(const std::vector<std::string>& page_labels, const LaidOutDocument& laid_out,
                             const NormalisedDocument& text, const std::vector<Hit>& hits, const Lexicon& lexicon,
                             const ScoreOptions& options);

const char* grade_name(Grade grade);

}  // namespace galascan
