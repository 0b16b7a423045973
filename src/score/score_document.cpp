// The score stage, in order: the document's outline, where each hit stands, which parts are
// about the social domain (relevance.cpp), then per category the signals (signals.cpp), the
// grade (grade_rule.cpp) and the evidence behind it.
//
// Evidence: the strongest counted hits, headings first, then paragraphs, then list items,
// one per block and preferring entries not shown yet, reported in document order; `explain`
// asks for every hit, those that did not count included and marked.

#include "score/score_document.hpp"

#include <algorithm>
#include <cassert>
#include <set>

#include "score/evidence.hpp"

namespace galascan {

namespace {

// The normalised block that contains text offset `offset`.
const NormalisedBlock& block_of(const NormalisedDocument& text, std::size_t offset) {
    auto after = std::upper_bound(text.blocks.begin(), text.blocks.end(), offset,
                                  [](std::size_t o, const NormalisedBlock& b) { return o < b.text.begin; });
    assert(after != text.blocks.begin());
    return *(after - 1);
}

// The block and page of every hit. A paragraph that runs on over a page break has a '\f'
// there, so the page is the block's first page plus the breaks before the hit.
std::vector<HitPlace> place_hits(const NormalisedDocument& text, const LaidOutDocument& laid_out,
                                 const std::vector<Hit>& hits) {
    std::vector<HitPlace> places;
    places.reserve(hits.size());
    for (const Hit& hit : hits) {
        const NormalisedBlock& block = block_of(text, hit.range.begin);
        const std::size_t begin = text.to_source.to_source(hit.range).begin;
        const auto first = text.source.begin() + static_cast<std::ptrdiff_t>(block.source.begin);
        const int breaks = static_cast<int>(std::count(first, text.source.begin() + static_cast<std::ptrdiff_t>(begin), '\f'));
        places.push_back(HitPlace{block.block_index, laid_out.blocks[block.block_index].page_index + breaks});
    }
    return places;
}

int evidence_rank(BlockKind kind) {
    switch (kind) {
    case BlockKind::heading: return 0;
    case BlockKind::paragraph: return 1;
    case BlockKind::list_item:
    case BlockKind::table_row: return 2;
    default: return 3;
    }
}

struct Candidate {
    std::size_t hit = 0;   // index into the category's hits
    bool counted = true;
};

// Which hits to show: strongest first (by block kind), a block once, new entries first.
std::vector<Candidate> choose_evidence(const std::vector<const Hit*>& hits, const std::vector<const HitPlace*>& places,
                                       const LaidOutDocument& laid_out, const Relevance& relevance, int wanted) {
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const bool counted = relevance.counts[places[i]->block] &&
                             laid_out.blocks[places[i]->block].kind != BlockKind::table_of_contents;
        // A contents line still shows what made a category mentioned; text about something
        // else is shown only to explain.
        if (wanted <= 0 || counted || laid_out.blocks[places[i]->block].kind == BlockKind::table_of_contents) {
            candidates.push_back(Candidate{i, counted});
        }
    }
    if (wanted <= 0) {
        return candidates;  // every hit (galascan explain), in document order
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        return evidence_rank(laid_out.blocks[places[a.hit]->block].kind) <
               evidence_rank(laid_out.blocks[places[b.hit]->block].kind);
    });
    std::vector<Candidate> chosen;
    std::set<std::size_t> used_blocks;
    std::set<TermIndex> shown_terms;
    for (int pass = 0; pass < 2 && static_cast<int>(chosen.size()) < wanted; ++pass) {
        for (const Candidate& candidate : candidates) {
            if (static_cast<int>(chosen.size()) >= wanted) {
                break;
            }
            const bool new_term = shown_terms.count(hits[candidate.hit]->term) == 0;
            if (used_blocks.count(places[candidate.hit]->block) > 0 || (pass == 0 && !new_term)) {
                continue;
            }
            chosen.push_back(candidate);
            used_blocks.insert(places[candidate.hit]->block);
            shown_terms.insert(hits[candidate.hit]->term);
        }
    }
    std::sort(chosen.begin(), chosen.end(), [](const Candidate& a, const Candidate& b) { return a.hit < b.hit; });
    return chosen;
}

Evidence evidence_of(const Hit& hit, const HitPlace& place, bool counted, const std::vector<std::string>& page_labels,
                     const LaidOutDocument& laid_out, const NormalisedDocument& text, const Lexicon& lexicon) {
    const ByteRange source = text.to_source.to_source(hit.range);
    const NormalisedBlock& block = block_of(text, hit.range.begin);
    const Term& term = lexicon.terms[hit.term];
    Evidence evidence;
    evidence.page_index = place.page;
    evidence.page_label = page_labels.at(static_cast<std::size_t>(place.page - 1));
    evidence.block_kind = laid_out.blocks[place.block].kind;
    evidence.term = term.text;
    evidence.text = join_whitespace(std::string_view(text.source).substr(source.begin, source.size()));
    evidence.snippet = make_snippet(text.source, source, block.source);
    evidence.generic = term.generic;
    evidence.counted = counted;
    return evidence;
}

}  // namespace

DocumentScore score_document(const std::vector<std::string>& page_labels, const LaidOutDocument& laid_out,
                             const NormalisedDocument& text, const std::vector<Hit>& hits, const Lexicon& lexicon,
                             const ScoreOptions& options) {
    const Outline outline = outline_of(laid_out, text);
    const std::vector<HitPlace> places = place_hits(text, laid_out, hits);
    // Words count for a category only where the text is about the social domain.
    const Relevance relevance = assess_relevance(laid_out, outline, hits, places, lexicon);
    DocumentScore result;
    result.words = outline.content_words;
    result.relevance = relevance.verdict;
    const std::size_t graded = graded_count(lexicon);
    std::vector<std::vector<const Hit*>> by_category(graded);
    std::vector<std::vector<const HitPlace*>> places_by_category(graded);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i].category < graded) {
            by_category[hits[i].category].push_back(&hits[i]);
            places_by_category[hits[i].category].push_back(&places[i]);
        }
    }
    for (CategoryIndex category = 0; category < graded; ++category) {
        CategoryScore score;
        score.category = category;
        score.signals = count_signals(by_category[category], places_by_category[category], laid_out, outline,
                                      relevance, lexicon);
        GradeDecision decision = decide_grade(score.signals, relevance.verdict.words_counted, lexicon.grading);
        score.grade = decision.grade;
        score.rule = std::move(decision.rule);
        score.score = std::min(100, 20 * score.signals.headings + 10 * score.signals.paragraphs +
                                        5 * score.signals.list_items);
        for (const Candidate& candidate : choose_evidence(by_category[category], places_by_category[category],
                                                          laid_out, relevance, options.evidence_per_category)) {
            score.evidence.push_back(evidence_of(*by_category[category][candidate.hit],
                                                 *places_by_category[category][candidate.hit], candidate.counted,
                                                 page_labels, laid_out, text, lexicon));
        }
        result.categories.push_back(std::move(score));
    }
    return result;
}

}  // namespace galascan
