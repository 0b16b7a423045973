// Counting what the text does with a category. Per block the hits' weights are added up, so a
// block counts once its hits weigh 1 (one ordinary entry, or two weak ones); generic entries
// add to that weight but never make a heading, a title or a passage on their own.

#include "score/signals.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace galascan {

namespace {

// Weights are sums of decimals (0.5 + 0.5): compare with a little slack.
bool at_least(double weight, double threshold) { return weight >= threshold - 1e-9; }

struct BlockTally {
    double weight = 0;
    double specific = 0;
    std::set<TermIndex> terms;
};

double rounded(double value, double unit) { return std::round(value / unit) * unit; }

// Most text blocks of one section (a heading with its subsections) that name the category by
// at least `entries` different entries between them. Only a part of the document counts as a
// section of its own: a heading over most of the text (a letter's "Onderwerp") is the whole.
int focus_paragraphs(const std::map<std::size_t, BlockTally>& text_blocks, const Outline& outline, int entries,
                     int text_words) {
    std::map<std::size_t, std::pair<int, std::set<TermIndex>>> by_section;
    for (const auto& [block, tally] : text_blocks) {
        for (std::size_t heading = outline.heading_of[block]; heading != Outline::none;
             heading = outline.enclosing[heading]) {
            if (2 * outline.sections[heading].words > text_words) {
                break;  // a section that holds most of the text is the document, not a part of it
            }
            auto& [count, terms] = by_section[heading];
            ++count;
            terms.insert(tally.terms.begin(), tally.terms.end());
        }
    }
    int most = 0;
    for (const auto& [heading, section] : by_section) {
        if (static_cast<int>(section.second.size()) >= entries) {
            most = std::max(most, section.first);
        }
    }
    return most;
}

}  // namespace

GradingSignals count_signals(const std::vector<const Hit*>& hits, const std::vector<const HitPlace*>& places,
                             const LaidOutDocument& laid_out, const Outline& outline, const Relevance& relevance,
                             const Lexicon& lexicon) {
    const GradingRules& rules = lexicon.grading;
    GradingSignals signals;
    signals.hits = static_cast<int>(hits.size());
    std::map<std::size_t, BlockTally> blocks;
    std::map<TermIndex, int> per_term;
    std::set<int> pages;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const std::size_t block = places[i]->block;
        if (laid_out.blocks[block].kind == BlockKind::table_of_contents) {
            ++signals.toc_hits;
            continue;
        }
        if (!relevance.counts[block]) {
            ++signals.set_aside_hits;
            continue;
        }
        const Term& term = lexicon.terms[hits[i]->term];
        ++signals.counted_hits;
        signals.weight += term.weight;
        signals.specific_weight += term.generic ? 0.0 : term.weight;
        BlockTally& tally = blocks[block];
        tally.weight += term.weight;
        tally.specific += term.generic ? 0.0 : term.weight;
        tally.terms.insert(hits[i]->term);
        ++per_term[hits[i]->term];
        pages.insert(places[i]->page);
    }
    signals.distinct_terms = static_cast<int>(per_term.size());
    for (const auto& [term, count] : per_term) {
        signals.most_repeated = std::max(signals.most_repeated, count);
    }
    signals.pages = static_cast<int>(pages.size());
    if (outline.content_words > 0) {
        signals.hits_per_1000_words = rounded(1000.0 * signals.counted_hits / outline.content_words, 0.1);
    }
    std::map<std::size_t, BlockTally> text_blocks;
    for (const auto& [block, tally] : blocks) {
        const BlockKind kind = laid_out.blocks[block].kind;
        const bool named = at_least(tally.weight, 1.0);
        const bool named_specifically = at_least(tally.specific, 1.0);
        if (outline.title && block >= outline.title->first && block <= outline.title->last && named_specifically) {
            signals.title = true;
        }
        if (kind == BlockKind::heading && named_specifically) {
            ++signals.headings;
            signals.section_paragraphs = std::max(signals.section_paragraphs, outline.sections[block].paragraphs);
            signals.section_words = std::max(signals.section_words, outline.sections[block].words);
        }
        signals.strongest_block = std::max(signals.strongest_block, tally.weight);
        if (!is_text_block(kind) || !named) {
            continue;
        }
        signals.paragraphs += kind == BlockKind::paragraph ? 1 : 0;
        signals.list_items += kind == BlockKind::paragraph ? 0 : 1;
        signals.words_about += outline.words[block];
        if (!named_specifically) {
            continue;  // generic words name a category; they do not work it out
        }
        text_blocks.emplace(block, tally);
        ++signals.specific_blocks;
        if (outline.words[block] >= rules.passage_words && at_least(tally.weight, rules.passage_weight)) {
            ++signals.passages;
        }
    }
    signals.focus_paragraphs =
        focus_paragraphs(text_blocks, outline, rules.discussed_entries, relevance.verdict.words_counted);
    if (relevance.verdict.words_counted > 0) {
        signals.share = rounded(static_cast<double>(signals.words_about) / relevance.verdict.words_counted, 0.001);
    }
    return signals;
}

}  // namespace galascan
