// Relevance, as an analyst decides it: first the document (is it about the social domain at
// all?), then, in a long or mixed document, each section of some size (a programme of a
// budget, an item of the minutes). The measure is how densely the text speaks the register
// of the social domain: the [domain] entries (Wmo, welzijn, jeugdhulp, armoede, ...) and the
// themes' entries, by weight per 1,000 words. It is measured with words that belong to the
// domain as a whole, not with the category being graded, so a category's own recall does
// not decide whether its words count.
//
// - A document at or above `domain_density` is about the social domain; below, it is not.
// - A block counts where its section says so: the innermost section around it with at least
//   `relevance_section_words` words of text decides, by its own density. In a document about the
//   social domain a section needs only `section_density` (a finance chapter of a welfare
//   plan that never names the domain is set aside); in one that is not, it needs
//   `domain_density` itself (the welfare programme of a budget counts).
//   Such a section must speak the [domain] register itself: a category's own words three
//   times in a sewerage plan's chapter do not make it welfare.
// - A block in no section of that size follows the document.
// - A lexicon without a [domain] register has no measure: every block counts.

#include "score/relevance.hpp"

#include <algorithm>
#include <cmath>

namespace galascan {

namespace {

bool is_domain_evidence(const Category& category) {
    return category.kind == CategoryKind::domain || category.kind == CategoryKind::theme;
}

double per_thousand(double weight, int words) { return words > 0 ? 1000.0 * weight / words : 0.0; }

// The innermost section around block `i` (itself when it is a heading) with enough words.
std::size_t deciding_section(const Outline& outline, std::size_t i, const LaidOutDocument& laid_out, int words) {
    std::size_t heading = laid_out.blocks[i].kind == BlockKind::heading ? i : outline.heading_of[i];
    while (heading != Outline::none && outline.sections[heading].words < words) {
        heading = outline.enclosing[heading];
    }
    return heading;
}

// Words of the text blocks that count: the length the grades measure against.
int text_words(const LaidOutDocument& laid_out, const Outline& outline, const std::vector<bool>& counts) {
    int words = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        words += counts[i] && is_text_block(laid_out.blocks[i].kind) ? outline.words[i] : 0;
    }
    return words;
}

}  // namespace

Relevance assess_relevance(const LaidOutDocument& laid_out, const Outline& outline, const std::vector<Hit>& hits,
                           const std::vector<HitPlace>& places, const Lexicon& lexicon) {
    const GradingRules& rules = lexicon.grading;
    const std::size_t count = laid_out.blocks.size();
    Relevance relevance;
    relevance.counts.assign(count, true);
    // Without a register of the domain there is no measure: a lexicon of one theme would
    // otherwise find every other text "not about the social domain".
    const bool measurable = graded_count(lexicon) < lexicon.categories.size();
    // Domain weight per block, and per heading for its whole section (sub-sections included).
    if (!measurable) {
        relevance.verdict.words_counted = text_words(laid_out, outline, relevance.counts);
        return relevance;
    }
    // Per block: the weight of the register and the themes, and of the register alone.
    std::vector<double> block_weight(count, 0.0), register_weight(count, 0.0);
    double total = 0;
    for (std::size_t h = 0; h < hits.size(); ++h) {
        const std::size_t block = places[h].block;
        const Category& category = lexicon.categories[hits[h].category];
        if (!is_domain_evidence(category) || laid_out.blocks[block].kind == BlockKind::table_of_contents) {
            continue;
        }
        const double weight = lexicon.terms[hits[h].term].weight;
        block_weight[block] += weight;
        register_weight[block] += category.kind == CategoryKind::domain ? weight : 0.0;
        total += weight;
    }
    relevance.verdict.density = std::round(10 * per_thousand(total, outline.content_words)) / 10;
    relevance.verdict.about_social_domain = relevance.verdict.density >= rules.domain_density;
    // In a document about something else, a section must speak the register of the domain
    // itself: "wijkgerichte aanpak" three times in a sewerage plan's chapter is not welfare.
    const std::vector<double>& evidence = relevance.verdict.about_social_domain ? block_weight : register_weight;
    std::vector<double> section_weight(count, 0.0);
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t heading = laid_out.blocks[i].kind == BlockKind::heading ? i : outline.heading_of[i];
        for (; heading != Outline::none; heading = outline.enclosing[heading]) {
            section_weight[heading] += evidence[i];
        }
    }
    const double needed = relevance.verdict.about_social_domain ? rules.section_density : rules.domain_density;
    std::vector<bool> set_aside(count, false);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t section = deciding_section(outline, i, laid_out, rules.relevance_section_words);
        if (section == Outline::none) {
            relevance.counts[i] = relevance.verdict.about_social_domain;
        } else {
            relevance.counts[i] = per_thousand(section_weight[section], outline.sections[section].words) >= needed;
            if (!relevance.counts[i] && relevance.verdict.about_social_domain && !set_aside[section]) {
                set_aside[section] = true;
                ++relevance.verdict.sections_set_aside;
            }
        }
    }
    relevance.verdict.words_counted = text_words(laid_out, outline, relevance.counts);
    return relevance;
}

}  // namespace galascan
