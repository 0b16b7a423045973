#pragma once
// The grading signals: what the text does with a category, counted once. The rule
// (grade_rule.hpp), `explain` and the JSON report all read this one struct.

#include <vector>

#include "layout/classify_blocks.hpp"
#include "lexicon/lexicon.hpp"
#include "match/hit.hpp"
#include "score/outline.hpp"
#include "score/relevance.hpp"

namespace galascan {

struct GradingSignals {
    // Where the category's entries were found.
    int hits = 0;                   // every hit in the content (contents lines included)
    int counted_hits = 0;           // hits that count: in text about the social domain, not contents
    int set_aside_hits = 0;         // hits in text about something else (Relevance)
    int toc_hits = 0;               // hits in table-of-contents lines: named, never worked out
    double weight = 0;              // counted hits' lexicon weights added up; below 1 is no signal
    double specific_weight = 0;     // ... of entries that name the category (not `generic`)
    int distinct_terms = 0;         // different entries among the counted hits
    int most_repeated = 0;          // counted hits of the entry found most often
    int pages = 0;                  // pages with a counted hit
    double hits_per_1000_words = 0; // counted hits per 1,000 words of content, rounded to 0.1
    // What the text does with it. A block counts for the category once its hits weigh 1.
    bool title = false;             // the document's title names it (specifically)
    int headings = 0;               // headings that name it (specifically)
    int paragraphs = 0;             // paragraph blocks that name it
    int list_items = 0;             // list items and table rows that name it
    int specific_blocks = 0;        // text blocks that name it by entries of its own (not generic)
    double strongest_block = 0;     // the largest weight of its hits in one block (heading, text)
    int passages = 0;               // substantive text blocks about it: at least passage_words words,
                                    // named specifically, hits weighing passage_weight
    int section_paragraphs = 0;     // most paragraphs under one heading that names it
    int section_words = 0;          // most words of text under one heading that names it
    int focus_paragraphs = 0;       // most text blocks of one section that name it specifically,
                                    // where they do by at least discussed_entries different entries
    int words_about = 0;            // words of the text blocks that name it
    double share = 0;               // words_about / words of counted text, rounded to 0.001
    bool operator==(const GradingSignals&) const = default;
};

// The signals of one category from its hits (`hits` and `places` side by side).
GradingSignals count_signals(const std::vector<const Hit*>& hits, const std::vector<const HitPlace*>& places,
                             const LaidOutDocument& laid_out, const Outline& outline, const Relevance& relevance,
                             const Lexicon& lexicon);

}  // namespace galascan
