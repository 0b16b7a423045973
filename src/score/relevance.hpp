#pragma once
// Which parts of a document are about the social domain. A parking plan says "data" and "de
// rol van de gemeente", a budget has one programme on welzijn among ten on roads and
// finance: their words count for a category only where the text around them is about the
// social domain, in the sense an analyst reads them.

#include <string>
#include <vector>

#include "layout/classify_blocks.hpp"
#include "lexicon/lexicon.hpp"
#include "match/hit.hpp"
#include "score/outline.hpp"

namespace galascan {

// The document-wide part of the decision, for reports and `explain`.
struct RelevanceVerdict {
    double density = 0;               // weight of social-domain hits (the [domain] register and the
                                      // themes) per 1,000 words of content, rounded to 0.1
    bool about_social_domain = true;  // the document as a whole
    int words_counted = 0;            // words of text in blocks that count
    int sections_set_aside = 0;       // sections of their own about something else
    bool operator==(const RelevanceVerdict&) const = default;
};

struct Relevance {
    RelevanceVerdict verdict;
    std::vector<bool> counts;         // per block: its words are read in the social-domain sense
};

// Decides per block. Without a domain register and themes there is no measure: then every
// block counts.
Relevance assess_relevance(const LaidOutDocument& laid_out, const Outline& outline, const std::vector<Hit>& hits,
                           const std::vector<HitPlace>& places, const Lexicon& lexicon);

}  // namespace galascan
