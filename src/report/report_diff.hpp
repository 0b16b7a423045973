#pragma once
// What changed between two reports of the same plans (`galascan diff OLD NEW`): documents
// paired by path or content, and per category the grade before and after with the evidence
// that appeared or disappeared. Plain data; the writers (report/diff_writers.hpp) lay it out.

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "report/report.hpp"

namespace galascan {

// How a category's grade moved. `appeared`: from absent to named; `dropped`: to absent;
// `weakened` and `strengthened`: between named grades (covered -> mentioned and back).
// `added` / `removed`: the document is only in NEW / only in OLD; `not_compared`: one side
// could not analyse it (its status says why).
enum class GradeChange { unchanged, appeared, strengthened, weakened, dropped, added, removed, not_compared, count };
inline constexpr auto grade_change_names = std::to_array<const char*>(
    {"unchanged", "appeared", "strengthened", "weakened", "dropped", "added", "removed", "not_compared"});
static_assert(grade_change_names.size() == static_cast<std::size_t>(GradeChange::count));
const char* grade_change_name(GradeChange change);

// How the two sides' documents were paired.
enum class DocumentMatch {
    path,          // the same path below each side's root
    content_hash,  // renamed or moved: the same bytes under another path
    single,        // each side one document: those two (galascan diff old.pdf new.pdf)
    old_only,
    new_only,
    count
};
inline constexpr auto document_match_names =
    std::to_array<const char*>({"path", "content_hash", "single", "old_only", "new_only"});
static_assert(document_match_names.size() == static_cast<std::size_t>(DocumentMatch::count));
const char* document_match_name(DocumentMatch match);

struct CategoryDiff {
    CategoryIndex category = 0;    // into ReportDiff::categories
    std::optional<Grade> old_grade;  // none: no such document, or not analysed, on that side
    std::optional<Grade> new_grade;
    GradeChange change = GradeChange::unchanged;
    std::vector<Evidence> appeared;     // in NEW's evidence, not in OLD's (same term, page, snippet)
    std::vector<Evidence> disappeared;  // in OLD's evidence, not in NEW's
    bool operator==(const CategoryDiff&) const = default;
};

struct DocumentDiff {
    std::string old_path;  // as each report names it; empty when the side has no such document
    std::string new_path;
    DocumentMatch match = DocumentMatch::path;
    std::optional<DocumentStatus> old_status;
    std::optional<DocumentStatus> new_status;
    std::vector<CategoryDiff> categories;  // one per category, in ReportDiff::categories order
    bool operator==(const DocumentDiff&) const = default;
};

struct ReportDiff {
    std::vector<CategoryInfo> categories;
    std::vector<DocumentDiff> documents;  // OLD's documents in its order, then those only in NEW
    // How many document x category cells have each change, indexed by GradeChange.
    std::array<int, static_cast<std::size_t>(GradeChange::count)> counts{};
    int count(GradeChange change) const { return counts[static_cast<std::size_t>(change)]; }
};

// One side: its report and the folder its paths are relative to ("plannen/"; empty: the paths
// as they are). A document's key for pairing is its path with `root` taken off the front.
struct DiffSide {
    const Report& report;
    std::string root;
};

struct DiffError {
    std::string reason;
};

// Pairs the documents (both sides one document: those two; else by key, then what is left by
// content hash) and compares every category. Refused when the sides were graded by different
// categories (ids, kinds or labels): their grades do not mean the same.
std::variant<ReportDiff, DiffError> diff_reports(const DiffSide& old_side, const DiffSide& new_side);

// The folder a report's paths have in common ("samples/"; empty when none), the root of a
// JSON side whose documents came from one folder.
std::string common_folder(const Report& report);

}  // namespace galascan
