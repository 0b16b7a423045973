// The table and CSV of `galascan diff`. Paths and snippets come from files and PDFs: every
// one goes through escape_controls or csv_field (report/sanitise.hpp).

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "report/csv_rows.hpp"
#include "report/diff_writers.hpp"
#include "report/sanitise.hpp"

namespace galascan {

namespace {

std::string grade_or_dash(const std::optional<Grade>& grade) {
    return grade ? grade_name(*grade) : "-";
}

// Documents, not cells: a document on one side only counts once.
int documents_with(const ReportDiff& diff, DocumentMatch match) {
    int count = 0;
    for (const DocumentDiff& document : diff.documents) {
        count += document.match == match ? 1 : 0;
    }
    return count;
}

int documents_not_compared(const ReportDiff& diff) {
    int count = 0;
    for (const DocumentDiff& document : diff.documents) {
        const bool both = document.old_status && document.new_status;
        count += both && (!is_analysed(*document.old_status) || !is_analysed(*document.new_status)) ? 1 : 0;
    }
    return count;
}

void write_evidence(const std::vector<Evidence>& evidence, char sign, std::ostream& out) {
    for (const Evidence& item : evidence) {
        out << fmt::format("    {} p. {:<3} {:<9} '{}': {}\n", sign, item.page_index, block_kind_name(item.block_kind),
                           escape_controls(item.term), escape_controls(item.snippet));
    }
}

std::string status_or_dash(const std::optional<DocumentStatus>& status) {
    return status ? status_name(*status) : "-";
}

}  // namespace

std::string diff_summary(const ReportDiff& diff) {
    std::string line = fmt::format("{} dropped, {} weakened, {} appeared, {} strengthened, {} unchanged",
                                   diff.count(GradeChange::dropped), diff.count(GradeChange::weakened),
                                   diff.count(GradeChange::appeared), diff.count(GradeChange::strengthened),
                                   diff.count(GradeChange::unchanged));
    const int removed = documents_with(diff, DocumentMatch::old_only);
    const int added = documents_with(diff, DocumentMatch::new_only);
    const int not_compared = documents_not_compared(diff);
    if (removed > 0) {
        line += fmt::format("; {} document{} only in OLD", removed, removed == 1 ? "" : "s");
    }
    if (added > 0) {
        line += fmt::format("; {} document{} only in NEW", added, added == 1 ? "" : "s");
    }
    if (not_compared > 0) {
        line += fmt::format("; {} document{} not analysed on one side", not_compared, not_compared == 1 ? "" : "s");
    }
    return line;
}

void write_diff_table(const ReportDiff& diff, std::ostream& out) {
    for (const DocumentDiff& document : diff.documents) {
        if (document.match == DocumentMatch::old_only || document.match == DocumentMatch::new_only) {
            const bool old_only = document.match == DocumentMatch::old_only;
            const DocumentStatus status = old_only ? *document.old_status : *document.new_status;
            out << (old_only ? "only in OLD: " : "only in NEW: ")
                << escape_controls(old_only ? document.old_path : document.new_path);
            if (!is_analysed(status)) {
                out << " (not analysed: " << status_name(status) << ')';
            }
            out << "\n\n";
            continue;
        }
        const bool changed = std::any_of(document.categories.begin(), document.categories.end(),
                                         [](const CategoryDiff& cell) { return cell.change != GradeChange::unchanged; });
        if (!changed) {
            continue;
        }
        out << escape_controls(document.old_path);
        if (document.new_path != document.old_path) {
            out << " -> " << escape_controls(document.new_path);
        }
        if (document.match == DocumentMatch::content_hash) {
            out << " (same content)";
        }
        out << '\n';
        if (!is_analysed(*document.old_status) || !is_analysed(*document.new_status)) {
            out << fmt::format("  not compared: status {} -> {}\n\n", status_or_dash(document.old_status),
                               status_or_dash(document.new_status));
            continue;
        }
        for (const CategoryDiff& cell : document.categories) {
            if (cell.change == GradeChange::unchanged) {
                continue;
            }
            const std::string grades =
                fmt::format("{} -> {}", grade_or_dash(cell.old_grade), grade_or_dash(cell.new_grade));
            out << fmt::format("  {:<26} {:<22} {}\n", diff.categories[cell.category].id, grades,
                               grade_change_name(cell.change));
            write_evidence(cell.disappeared, '-', out);
            write_evidence(cell.appeared, '+', out);
        }
        out << '\n';
    }
    out << diff_summary(diff) << '\n';
}

void write_diff_csv(const ReportDiff& diff, std::ostream& out) {
    const CsvDialect& dialect = rfc4180_dialect;
    write_csv_start(out, dialect);
    write_csv_row(out,
                  {"old_file", "new_file", "match", "category", "old_grade", "new_grade", "change", "evidence_appeared",
                   "evidence_disappeared"},
                  dialect);
    for (const DocumentDiff& document : diff.documents) {
        for (const CategoryDiff& cell : document.categories) {
            write_csv_row(out,
                          {csv_field(document.old_path), csv_field(document.new_path),
                           document_match_name(document.match), csv_field(diff.categories[cell.category].id),
                           cell.old_grade ? grade_name(*cell.old_grade) : "",
                           cell.new_grade ? grade_name(*cell.new_grade) : "", grade_change_name(cell.change),
                           std::to_string(cell.appeared.size()), std::to_string(cell.disappeared.size())},
                          dialect);
        }
    }
}

}  // namespace galascan
