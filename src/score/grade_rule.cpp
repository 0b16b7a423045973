// Grading — docs/grading.md states the rule for analysts, with its thresholds ([grading]):
//
//   absent     no hit in text about the social domain, or hits weighing less than 1 there;
//   covered    the category is named by entries of its own (not only generic words), and the
//              text works it out: a heading of its own with text under it; the document's title
//              names it and the text returns to it; substantive passages about it, in a text
//              that names it elsewhere too (one in a short note, more as the text grows); or
//              several paragraphs of one section naming it in different words. Naming it in
//              many scattered paragraphs is not working it out (discussed_paragraphs, off by
//              default: analysts call that "mentioned");
//   mentioned  any other hit that counts: in passing, in a list, in generic words only.

#include "score/grade_rule.hpp"

#include <algorithm>
#include <cassert>
#include <vector>

#include <fmt/format.h>

namespace galascan {

namespace {

bool at_least(double weight, double threshold) { return weight >= threshold - 1e-9; }

std::string plural(int count, const char* one, const char* many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

// Where a category named but not worked out was named, for the reason.
std::string where_named(const GradingSignals& s) {
    std::vector<std::string> where;
    if (s.headings > 0) {
        where.push_back(fmt::format("{} with only {} under it", plural(s.headings, "heading", "headings"),
                                    plural(s.section_words, "word", "words")));
    }
    if (s.paragraphs > 0) {
        where.push_back(plural(s.paragraphs, "paragraph", "paragraphs"));
    }
    if (s.list_items > 0) {
        where.push_back(plural(s.list_items, "list item or table row", "list items or table rows"));
    }
    if (s.toc_hits > 0) {
        where.push_back(plural(s.toc_hits, "table-of-contents line", "table-of-contents lines"));
    }
    if (where.empty()) {
        where.push_back("weak signals only");
    }
    if (!at_least(s.specific_weight, 1.0)) {
        where.push_back("in general words only");
    }
    return fmt::format("named, not worked out: {}", fmt::join(where, ", "));
}

std::string why_absent(const GradingSignals& s) {
    if (s.hits == 0) {
        return "no entry of the lexicon found in the text";
    }
    if (s.counted_hits == 0 && s.set_aside_hits > 0) {
        return fmt::format("{} only in text about something else than the social domain",
                           plural(s.set_aside_hits, "hit", "hits"));
    }
    return "only weak signals (entries weighing less than 1 together)";
}

}  // namespace

int passages_needed(int text_words, const GradingRules& rules) {
    if (text_words <= rules.short_document_words || rules.words_per_passage <= 0) {
        return 1;
    }
    return 1 + (text_words - rules.short_document_words + rules.words_per_passage - 1) / rules.words_per_passage;
}

GradeDecision decide_grade(const GradingSignals& s, int text_words, const GradingRules& rules) {
    if (!at_least(s.weight, 1.0)) {
        if (s.toc_hits > 0 && s.counted_hits == 0 && s.set_aside_hits == 0) {
            return {Grade::mentioned, "named, not worked out: only in the table of contents"};
        }
        return {Grade::absent, why_absent(s)};
    }
    if (!at_least(s.specific_weight, 1.0)) {
        return {Grade::mentioned, where_named(s)};
    }
    // Paragraphs count only with words in them: two one-line filler paragraphs are no section.
    const bool section_of_substance =
        s.section_words >= rules.section_words ||
        (s.section_paragraphs >= rules.section_paragraphs && s.section_words >= rules.passage_words);
    if (s.headings > 0 && section_of_substance) {
        return {Grade::covered, fmt::format("a heading of its own with {} ({}) under it",
                                            plural(s.section_paragraphs, "paragraph", "paragraphs"),
                                            plural(s.section_words, "word", "words"))};
    }
    if (s.title && s.specific_blocks >= rules.title_blocks) {
        return {Grade::covered, fmt::format("the title names it and the text returns to it in {}",
                                            plural(s.specific_blocks, "block", "blocks"))};
    }
    const int needed = passages_needed(text_words, rules);
    if (rules.passage_words > 0 && s.passages >= needed && s.specific_blocks >= rules.passage_blocks) {
        return {Grade::covered, fmt::format("worked out in {} about it (a text of {} needs {})",
                                            plural(s.passages, "substantive passage", "substantive passages"),
                                            plural(text_words, "word", "words"), needed)};
    }
    if (rules.focus_paragraphs > 0 && s.focus_paragraphs >= rules.focus_paragraphs) {
        return {Grade::covered,
                fmt::format("worked out in one section: {} under one heading (with its subsections) name it, by at "
                            "least {} different entries",
                            plural(s.focus_paragraphs, "block", "blocks"), rules.discussed_entries)};
    }
    if (rules.discussed_paragraphs > 0 && s.specific_blocks >= std::max(rules.discussed_paragraphs, 2 * needed) &&
        s.distinct_terms >= rules.discussed_entries) {
        return {Grade::covered, fmt::format("discussed in {} with {} different entries",
                                            plural(s.specific_blocks, "block", "blocks"), s.distinct_terms)};
    }
    return {Grade::mentioned, where_named(s)};
}

const char* grade_name(Grade grade) {
    assert(grade < Grade::count);
    return grade_names[static_cast<std::size_t>(grade)];
}

}  // namespace galascan
