// `galascan explain`: why each category got its grade, hit by hit, so an analyst can trust
// or fix the lexicon; and what galascan did not read as content.

#include <fmt/core.h>

#include "report/sanitise.hpp"
#include "report/writers.hpp"

namespace galascan {

void write_explanation(const DocumentReport& report, const LaidOutDocument& laid_out,
                       const std::vector<CategoryInfo>& categories, const std::string& only_category, std::ostream& out) {
    const RelevanceVerdict& relevance = report.relevance;
    out << fmt::format("{} — {} pages, {} words of content; set aside: {} running header/footer lines, {} "
                       "table-of-contents lines\n",
                       escape_controls(report.path), report.pages, report.words, report.furniture_lines,
                       report.toc_lines);
    out << fmt::format("about the social domain: {} ({:.1f} hits of its register per 1,000 words); {} words of "
                       "text count{}\n",
                       relevance.about_social_domain ? "yes" : "no", relevance.density, relevance.words_counted,
                       relevance.sections_set_aside == 0
                           ? std::string()
                           : fmt::format(", {} sections about something else set aside", relevance.sections_set_aside));
    for (const CategoryScore& score : report.categories) {
        const CategoryInfo& category = categories[score.category];
        if (!only_category.empty() && category.id != only_category) {
            continue;
        }
        const GradingSignals& s = score.signals;
        out << fmt::format("\n{} ({}, {}): {} — {}\n", category.id, category_kind_name(category.kind),
                           escape_controls(category.label), grade_name(score.grade), score.rule);
        if (s.hits == 0) {
            continue;
        }
        out << fmt::format("  score {}; hits: {} counted ({} set aside, {} in contents) on {} pages, by {}; weight "
                           "{:.1f} ({:.1f} specific); in {} headings{}, {} paragraphs, {} list items or table rows; "
                           "{} substantive passages\n",
                           score.score, s.counted_hits, s.set_aside_hits, s.toc_hits, s.pages,
                           s.distinct_terms == 1 ? std::string("1 entry")
                                                 : fmt::format("{} different entries", s.distinct_terms),
                           s.weight, s.specific_weight, s.headings, s.title ? " and the title" : "", s.paragraphs,
                           s.list_items, s.passages);
        for (const Evidence& evidence : score.evidence) {
            const char* mark = !evidence.counted ? "not counted: " : evidence.generic ? "generic: " : "";
            out << fmt::format("  p. {:<5} {:<10} {:<28} {}{}\n", escape_controls(evidence.page_label),
                               block_kind_name(evidence.block_kind), escape_controls("'" + evidence.term + "'"), mark,
                               escape_controls(evidence.snippet));
        }
    }
    if (!only_category.empty()) {
        return;
    }
    out << "\nSet aside, never counted as content:\n";
    for (const Block& block : laid_out.blocks) {
        if (block.kind == BlockKind::running_header) {
            out << fmt::format("  p. {:<5} running header/footer or page number (repeats on many pages): {}\n",
                               block.page_index, escape_controls(block.text));
        } else if (block.kind == BlockKind::table_of_contents) {
            out << fmt::format("  p. {:<5} table of contents (names topics, counts only as mentioned): {}\n",
                               block.page_index, escape_controls(block.text));
        }
    }
}

}  // namespace galascan
