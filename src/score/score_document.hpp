#pragma once
// The score stage: from hits to a grade per category, with the evidence behind it.

#include <string>
#include <vector>

#include "layout/classify_blocks.hpp"
#include "lexicon/lexicon.hpp"
#include "match/hit.hpp"
#include "normalise/normalise.hpp"
#include "score/grade_rule.hpp"
#include "score/relevance.hpp"
#include "score/signals.hpp"

namespace galascan {

struct Evidence {
    int page_index = 0;          // 1-based
    std::string page_label;      // as printed
    BlockKind block_kind = BlockKind::paragraph;
    std::string term;            // the lexicon entry, as written in the lexicon
    std::string text;            // the words that matched, as printed in the PDF
    std::string snippet;         // the surrounding text, one line, as printed (not yet sanitised)
    bool generic = false;        // the entry is a general word: it names, it does not work out
    bool counted = true;         // false: in text about something else, or a contents line (explain)
    bool operator==(const Evidence&) const = default;
};

struct CategoryScore {
    CategoryIndex category = 0;
    Grade grade = Grade::absent;
    int score = 0;                   // 0-100: 20 per heading, 10 per paragraph, 5 per list item naming it
    GradingSignals signals;          // what the text does with it: the rule's only input
    std::string rule;                // why this grade, in an analyst's words
    std::vector<Evidence> evidence;  // the strongest hits, in document order
    bool operator==(const CategoryScore&) const = default;  // doubles by value: a NaN is unequal
};

struct ScoreOptions {
    int evidence_per_category = 3;   // 0: every hit (for galascan explain)
};

struct DocumentScore {
    int words = 0;                           // words of content (contents lines excluded)
    RelevanceVerdict relevance;              // is it about the social domain, and which parts
    std::vector<CategoryScore> categories;   // one per graded category, in lexicon order
};

// Grades every graded category of the lexicon. `page_labels` holds the printed label of each page (index 0
// for page 1), for evidence; the blocks and the folded text are what layout and normalise made
// of the same document, and `hits` what the matcher found in that text.
DocumentScore score_document(const std::vector<std::string>& page_labels, const LaidOutDocument& laid_out,
                             const NormalisedDocument& text, const std::vector<Hit>& hits, const Lexicon& lexicon,
                             const ScoreOptions& options);

}  // namespace galascan
