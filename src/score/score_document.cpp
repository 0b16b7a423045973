// Grading — docs/grading.md states the rule for analysts, with its thresholds ([grading]):
//
//   absent     no hit, or hits weighing less than 1 together;
//   covered    a heading names the category and its section holds text (paragraphs or
//              words), or several paragraphs of one section name it with different entries,
//              or it is discussed in many paragraphs with different entries;
//   mentioned  any other hit: named in a list, once or twice in passing, or only in the
//              table of contents (contents lines never make a category covered).
//   Then a document that is not about the sociale basis at all has its bouwstenen set
//   absent and its themes capped at mentioned (set_off_topic_grades).
//
// The score (0-100) says how much weight the text gives a category: 20 points per heading
// with a hit, 10 per paragraph and 5 per list item with a hit, capped at 100.
// Evidence: headings first, then paragraphs, then list items, one hit per block and
// preferring terms not yet shown, reported in document order.

#include "score/score_document.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

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

// The page a hit starts on: a paragraph that runs on over a page break has a '\f' there.
int page_of_hit(const NormalisedDocument& text, const NormalisedBlock& block, const Block& laid_out_block,
                const Hit& hit) {
    const std::size_t begin = text.to_source.to_source(hit.range).begin;
    const auto first = text.source.begin() + static_cast<std::ptrdiff_t>(block.source.begin);
    return laid_out_block.page_index +
           static_cast<int>(std::count(first, text.source.begin() + static_cast<std::ptrdiff_t>(begin), '\f'));
}

// Weights are sums of decimals (0.5 + 0.5): compare with a little slack.
bool weighs_one(double weight) { return weight >= 1.0 - 1e-9; }

int blocks_weighing_one(const std::map<std::size_t, double>& weights) {
    return static_cast<int>(
        std::count_if(weights.begin(), weights.end(), [](const auto& block) { return weighs_one(block.second); }));
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

// What the section a heading opens holds: every block after it up to the next heading of
// the same or a higher level (set-aside lines do not end a section; sub-headings do not
// either, their text is part of it).
struct Section {
    int paragraphs = 0;
    int words = 0;   // of paragraphs, list items and table rows
};

// What scoring needs to know of the document's shape, worked out once for all categories.
struct Outline {
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<int> words;                 // per block, counted on the folded text
    std::vector<std::size_t> heading_of;    // per block: the nearest heading above it, or none
    std::vector<std::size_t> enclosing;     // per heading: the nearest heading above it of a
                                            // higher level (its chapter), or none
};

Outline outline_of(const LaidOutDocument& laid_out, const NormalisedDocument& text) {
    Outline outline;
    outline.words.assign(laid_out.blocks.size(), 0);
    outline.heading_of.assign(laid_out.blocks.size(), Outline::none);
    outline.enclosing.assign(laid_out.blocks.size(), Outline::none);
    for (const NormalisedBlock& block : text.blocks) {
        outline.words[block.block_index] =
            static_cast<int>(count_words(std::string_view(text.text).substr(block.text.begin, block.text.size())));
    }
    std::vector<std::size_t> open;   // headings whose sections are still open, levels rising
    for (std::size_t i = 0; i < laid_out.blocks.size(); ++i) {
        const Block& block = laid_out.blocks[i];
        if (block.kind == BlockKind::heading) {
            while (!open.empty() && laid_out.blocks[open.back()].heading_level >= block.heading_level) {
                open.pop_back();
            }
            outline.enclosing[i] = open.empty() ? Outline::none : open.back();
            open.push_back(i);
        } else {
            outline.heading_of[i] = open.empty() ? Outline::none : open.back();
        }
    }
    return outline;
}

Section section_under(const LaidOutDocument& laid_out, const Outline& outline, std::size_t heading) {
    const int level = laid_out.blocks[heading].heading_level;
    Section section;
    for (std::size_t i = heading + 1; i < laid_out.blocks.size(); ++i) {
        const Block& block = laid_out.blocks[i];
        if (block.kind == BlockKind::heading && block.heading_level <= level) {
            break;
        }
        section.paragraphs += block.kind == BlockKind::paragraph ? 1 : 0;
        if (block.kind == BlockKind::paragraph || block.kind == BlockKind::list_item ||
            block.kind == BlockKind::table_row) {
            section.words += outline.words[i];
        }
    }
    return section;
}

std::string plural(int count, const char* one, const char* many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

// The grade and the reason for it (docs/grading.md states the rule for analysts).
std::pair<Grade, std::string> grade_rule(const CategoryScore& score, const GradingRules& rules) {
    if (score.hits == 0) {
        return {Grade::absent, "no entry of the lexicon found in the text"};
    }
    if (!weighs_one(score.hit_weight)) {
        return {Grade::absent, "only weak signals (entries weighing less than 1 together)"};
    }
    if (score.heading_hits > 0 &&
        (score.section_paragraphs >= rules.section_paragraphs || score.section_words >= rules.section_words)) {
        return {Grade::covered, fmt::format("a heading of its own with {} ({}) under it",
                                            plural(score.section_paragraphs, "paragraph", "paragraphs"),
                                            plural(score.section_words, "word", "words"))};
    }
    if (rules.focus_paragraphs > 0 && score.focus_paragraphs >= rules.focus_paragraphs) {
        return {Grade::covered, fmt::format("worked out in one section: {} under one heading (with its subsections) name it, by at least {} "
                                            "different entries",
                                            plural(score.focus_paragraphs, "paragraph", "paragraphs"),
                                            rules.discussed_entries)};
    }
    if (score.paragraphs >= rules.discussed_paragraphs && score.distinct_terms >= rules.discussed_entries) {
        return {Grade::covered, fmt::format("discussed in {} with {} different entries", plural(score.paragraphs, "paragraph", "paragraphs"),
                                            score.distinct_terms)};
    }
    std::vector<std::string> where;
    if (score.heading_hits > 0) {
        where.push_back(fmt::format("{} with only {} under it", plural(score.heading_hits, "heading", "headings"),
                                    plural(score.section_words, "word", "words")));
    }
    if (score.paragraphs > 0) {
        where.push_back(plural(score.paragraphs, "paragraph", "paragraphs"));
    }
    if (score.list_items > 0) {
        where.push_back(plural(score.list_items, "list item or table row", "list items or table rows"));
    }
    if (score.toc_hits > 0) {
        where.push_back(plural(score.toc_hits, "table-of-contents line", "table-of-contents lines"));
    }
    if (where.empty()) {
        where.push_back("weak signals only");
    }
    return {Grade::mentioned, fmt::format("named, not worked out: {}", fmt::join(where, ", "))};
}

CategoryScore score_category(CategoryIndex category, const std::vector<const Hit*>& hits,
                             const std::vector<std::string>& page_labels, const LaidOutDocument& laid_out,
                             const NormalisedDocument& text, const Outline& outline, const Lexicon& lexicon, int words,
                             const ScoreOptions& options) {
    CategoryScore score;
    score.category = category;
    score.hits = static_cast<int>(hits.size());
    if (words > 0) {
        score.hits_per_1000_words = std::round(10000.0 * score.hits / words) / 10.0;
    }
    std::set<int> pages;
    // Weight of the hits per block: a block counts once its hits weigh 1 (two entries of
    // weight 0.5, or one ordinary entry).
    std::map<std::size_t, double> heading_weight, paragraph_weight, list_weight;
    std::set<TermIndex> terms;
    std::map<std::size_t, std::set<TermIndex>> paragraph_terms;
    struct Candidate {
        const Hit* hit;
        const NormalisedBlock* block;
        BlockKind kind;
        int page;
    };
    std::vector<Candidate> candidates;
    for (const Hit* hit : hits) {
        const NormalisedBlock& block = block_of(text, hit->range.begin);
        const Block& laid_out_block = laid_out.blocks[block.block_index];
        const int page = page_of_hit(text, block, laid_out_block, *hit);
        pages.insert(page);
        terms.insert(hit->term);
        score.hit_weight += lexicon.terms[hit->term].weight;
        switch (laid_out_block.kind) {
        case BlockKind::heading: heading_weight[block.block_index] += lexicon.terms[hit->term].weight; break;
        case BlockKind::paragraph:
            paragraph_weight[block.block_index] += lexicon.terms[hit->term].weight;
            paragraph_terms[block.block_index].insert(hit->term);
            break;
        case BlockKind::list_item:
        case BlockKind::table_row: list_weight[block.block_index] += lexicon.terms[hit->term].weight; break;
        case BlockKind::table_of_contents: ++score.toc_hits; break;
        default: break;
        }
        candidates.push_back(Candidate{hit, &block, laid_out_block.kind, page});
    }
    score.pages = static_cast<int>(pages.size());
    const int headings = blocks_weighing_one(heading_weight);
    const int paragraphs = blocks_weighing_one(paragraph_weight);
    const int lists = blocks_weighing_one(list_weight);
    score.heading_hits = headings;
    score.paragraphs = paragraphs;
    score.list_items = lists;
    for (const auto& [heading, weight] : heading_weight) {
        if (weighs_one(weight)) {
            const Section section = section_under(laid_out, outline, heading);
            score.section_paragraphs = std::max(score.section_paragraphs, section.paragraphs);
            score.section_words = std::max(score.section_words, section.words);
        }
    }
    // The sections each paragraph belongs to: its nearest heading above, and every heading
    // of a higher level above that (a chapter holds its subsections' paragraphs too).
    std::map<std::size_t, std::pair<int, std::set<TermIndex>>> by_section;
    for (const auto& [paragraph, weight] : paragraph_weight) {
        if (!weighs_one(weight)) {
            continue;
        }
        for (std::size_t heading = outline.heading_of[paragraph]; heading != Outline::none;
             heading = outline.enclosing[heading]) {
            auto& [count, section_terms] = by_section[heading];
            ++count;
            section_terms.insert(paragraph_terms[paragraph].begin(), paragraph_terms[paragraph].end());
        }
    }
    for (const auto& [owner, section] : by_section) {
        if (static_cast<int>(section.second.size()) >= lexicon.grading.discussed_entries) {
            score.focus_paragraphs = std::max(score.focus_paragraphs, section.first);
        }
    }
    score.distinct_terms = static_cast<int>(terms.size());
    score.score = std::min(100, 20 * headings + 10 * paragraphs + 5 * lists);
    std::tie(score.grade, score.rule) = grade_rule(score, lexicon.grading);

    // Strongest first: block kind, then a term not shown yet, then position.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return evidence_rank(a.kind) < evidence_rank(b.kind);
    });
    std::vector<Candidate> chosen;
    if (options.evidence_per_category <= 0) {
        chosen = candidates;  // every hit (galascan explain)
    }
    std::set<std::size_t> used_blocks;
    std::set<TermIndex> shown_terms;
    for (int pass = 0; pass < 2 && static_cast<int>(chosen.size()) < options.evidence_per_category; ++pass) {
        for (const Candidate& candidate : candidates) {
            if (static_cast<int>(chosen.size()) >= options.evidence_per_category) {
                break;
            }
            const bool new_term = shown_terms.count(candidate.hit->term) == 0;
            if (used_blocks.count(candidate.block->block_index) > 0 || (pass == 0 && !new_term)) {
                continue;
            }
            chosen.push_back(candidate);
            used_blocks.insert(candidate.block->block_index);
            shown_terms.insert(candidate.hit->term);
        }
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Candidate& a, const Candidate& b) { return a.hit->range.begin < b.hit->range.begin; });
    for (const Candidate& candidate : chosen) {
        const ByteRange source = text.to_source.to_source(candidate.hit->range);
        const Block& block = laid_out.blocks[candidate.block->block_index];
        Evidence evidence;
        evidence.page_index = candidate.page;
        evidence.page_label = page_labels.at(static_cast<std::size_t>(candidate.page - 1));
        evidence.block_kind = block.kind;
        evidence.term = lexicon.terms[candidate.hit->term].text;
        evidence.text = join_whitespace(std::string_view(text.source).substr(source.begin, source.size()));
        evidence.snippet = make_snippet(text.source, source, candidate.block->source);
        score.evidence.push_back(std::move(evidence));
    }
    return score;
}

// A plan about parking or waste may say "data", "de rol van de gemeente" or "wijkgericht"
// without meaning the sociale basis. A document that never names the sociale basis itself
// (no hit of the topic category, the fundament) and whose themes' words are rare (fewer than
// topic_density hits per 1,000 words) is not about the sociale basis: its bouwsteen words
// are read in another sense (absent) and a theme cannot be worked out in it (at most
// mentioned).
void set_off_topic_grades(DocumentScore& result, const Lexicon& lexicon) {
    const GradingRules& rules = lexicon.grading;
    if (result.words == 0 || rules.topic_density == 0) {
        return;
    }
    const bool has_themes = std::any_of(lexicon.categories.begin(), lexicon.categories.end(),
                                        [](const Category& c) { return c.kind == CategoryKind::theme; });
    if (!has_themes) {
        return;  // a lexicon of bouwstenen alone gives no measure of the topic
    }
    int theme_hits = 0;
    for (const CategoryScore& score : result.categories) {
        const Category& category = lexicon.categories[score.category];
        if (category.id == rules.topic_category && score.hits > score.toc_hits) {
            return;
        }
        if (category.kind == CategoryKind::theme) {
            theme_hits += score.hits - score.toc_hits;
        }
    }
    const double density = 1000.0 * theme_hits / result.words;
    if (density >= rules.topic_density) {
        return;
    }
    const std::string why = fmt::format("the document is not about the sociale basis (it does not name it, and has "
                                        "{:.1f} theme hits per 1,000 words, fewer than {})",
                                        density, rules.topic_density);
    for (CategoryScore& score : result.categories) {
        if (score.grade == Grade::absent) {
            continue;
        }
        if (lexicon.categories[score.category].kind == CategoryKind::bouwsteen) {
            score.grade = Grade::absent;
            score.rule = fmt::format("{}: its words are read in another sense", why);
        } else if (score.grade == Grade::covered) {
            score.grade = Grade::mentioned;
            score.rule = fmt::format("{}: named, not worked out", why);
        }
    }
}

}  // namespace

DocumentScore score_document(const std::vector<std::string>& page_labels, const LaidOutDocument& laid_out,
                             const NormalisedDocument& text, const std::vector<Hit>& hits, const Lexicon& lexicon,
                             const ScoreOptions& options) {
    DocumentScore result;
    const Outline outline = outline_of(laid_out, text);
    // Words of content only: a contents page adds topics, not text (running headers are
    // not in the folded text at all).
    for (std::size_t i = 0; i < laid_out.blocks.size(); ++i) {
        if (laid_out.blocks[i].kind != BlockKind::table_of_contents) {
            result.words += outline.words[i];
        }
    }
    std::vector<std::vector<const Hit*>> by_category(lexicon.categories.size());
    for (const Hit& hit : hits) {
        by_category.at(hit.category).push_back(&hit);
    }
    for (CategoryIndex category = 0; category < lexicon.categories.size(); ++category) {
        result.categories.push_back(score_category(category, by_category[category], page_labels, laid_out, text,
                                                   outline, lexicon, result.words, options));
    }
    set_off_topic_grades(result, lexicon);
    return result;
}

const char* grade_name(Grade grade) {
    switch (grade) {
    case Grade::absent: return "absent";
    case Grade::mentioned: return "mentioned";
    case Grade::covered: return "covered";
    }
    return "absent";
}

}  // namespace galascan
