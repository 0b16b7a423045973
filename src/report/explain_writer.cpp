// `galascan explain`: why each category got its grade, hit by hit, so an analyst can trust
// or fix the lexicon; and what galascan did not read as content.

#include <fmt/core.h>

#include "report/sanitise.hpp"
#include "report/writers.hpp"

namespace galascan {

void write_explanation(const DocumentReport& report, const LaidOutDocument& laid_out,
                       const std::vector<CategoryInfo>& categories, const std::string& only_category, std::ostream& out) {
    out << fmt::format("{} — {} pages, {} words of content; set aside: {} running header/footer lines, {} "
                       "table-of-contents lines\n",
                       escape_controls(report.path), report.pages, report.words, report.furniture_lines,
                       report.toc_lines);
    for (const CategoryScore& score : report.categories) {
        const CategoryInfo& category = categories[score.category];
        if (!only_category.empty() && category.id != only_category) {
            continue;
        }
        out << fmt::format("\n{} ({}, {}): {} — {}\n", category.id, category_kind_name(category.kind),
                           escape_controls(category.label), grade_name(score.grade), score.rule);
        if (score.hits == 0) {
            continue;
        }
        out << fmt::format("  score {}; hits: {} on {} pages, by {}; in {} headings, {} paragraphs, "
                           "{} list items or table rows, {} table-of-contents lines\n",
                           score.score, score.hits, score.pages,
                           score.distinct_terms == 1 ? std::string("1 entry")
                                                     : fmt::format("{} different entries", score.distinct_terms), score.heading_hits, score.paragraphs,
                           score.list_items, score.toc_hits);
        for (const Evidence& evidence : score.evidence) {
            out << fmt::format("  p. {:<5} {:<10} {:<28} {}\n", escape_controls(evidence.page_label),
                               block_kind_name(evidence.block_kind), escape_controls("'" + evidence.term + "'"),
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
