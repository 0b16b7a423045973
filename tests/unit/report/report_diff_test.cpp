#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <variant>

#include "report/diff_writers.hpp"
#include "report/report_diff.hpp"

using namespace galascan;

namespace {

Report two_categories() {
    Report report;
    report.categories = {CategoryInfo{"mantelzorg", CategoryKind::theme, "Mantelzorg", "MZ"},
                         CategoryInfo{"eenzaamheid", CategoryKind::theme, "Eenzaamheid", "EE"}};
    return report;
}

Evidence evidence(int page, const std::string& term, const std::string& snippet) {
    Evidence item;
    item.page_index = page;
    item.page_label = std::to_string(page);
    item.term = term;
    item.text = term;
    item.snippet = snippet;
    return item;
}

DocumentReport document(const std::string& path, const std::string& hash, Grade mantelzorg, Grade eenzaamheid,
                        std::vector<Evidence> mantelzorg_evidence = {}) {
    DocumentReport report;
    report.path = path;
    report.content_hash = hash;
    CategoryScore first;
    first.category = 0;
    first.grade = mantelzorg;
    first.evidence = std::move(mantelzorg_evidence);
    CategoryScore second;
    second.category = 1;
    second.grade = eenzaamheid;
    report.categories = {first, second};
    return report;
}

ReportDiff diffed(const Report& before, const std::string& old_root, const Report& after,
                  const std::string& new_root) {
    std::variant<ReportDiff, DiffError> result = diff_reports(DiffSide{before, old_root}, DiffSide{after, new_root});
    REQUIRE(std::holds_alternative<ReportDiff>(result));
    return std::get<ReportDiff>(result);
}

}  // namespace

TEST_CASE("diff_reports: every change class, from each pair of grades") {
    Report before = two_categories();
    Report after = two_categories();
    // (old, new) per document: mantelzorg, eenzaamheid.
    before.documents = {document("a/1.pdf", "h1", Grade::covered, Grade::mentioned),
                        document("a/2.pdf", "h2", Grade::absent, Grade::mentioned),
                        document("a/3.pdf", "h3", Grade::covered, Grade::covered)};
    after.documents = {document("b/1.pdf", "x1", Grade::absent, Grade::covered),
                       document("b/2.pdf", "x2", Grade::covered, Grade::absent),
                       document("b/3.pdf", "x3", Grade::mentioned, Grade::covered)};
    const ReportDiff diff = diffed(before, "a/", after, "b/");
    REQUIRE(diff.documents.size() == 3);
    CHECK(diff.documents[0].match == DocumentMatch::path);
    CHECK(diff.documents[0].categories[0].change == GradeChange::dropped);
    CHECK(diff.documents[0].categories[1].change == GradeChange::strengthened);
    CHECK(diff.documents[1].categories[0].change == GradeChange::appeared);
    CHECK(diff.documents[1].categories[1].change == GradeChange::dropped);
    CHECK(diff.documents[2].categories[0].change == GradeChange::weakened);
    CHECK(diff.documents[2].categories[1].change == GradeChange::unchanged);
    CHECK(diff.count(GradeChange::dropped) == 2);
    CHECK(diff.count(GradeChange::weakened) == 1);
    CHECK(diff.count(GradeChange::unchanged) == 1);
    CHECK(diff_summary(diff) == "2 dropped, 1 weakened, 1 appeared, 1 strengthened, 1 unchanged");
}

TEST_CASE("diff_reports: paired by path below the root, a renamed file by its content, the rest on one side") {
    Report before = two_categories();
    Report after = two_categories();
    before.documents = {document("oud/sub/plan.pdf", "h1", Grade::covered, Grade::covered),
                        document("oud/visie.pdf", "h2", Grade::covered, Grade::covered),
                        document("oud/weg.pdf", "h3", Grade::covered, Grade::covered)};
    after.documents = {document("nieuw/visie-2025.pdf", "h2", Grade::covered, Grade::covered),
                       document("nieuw/sub/plan.pdf", "other", Grade::mentioned, Grade::covered),
                       document("nieuw/erbij.pdf", "h4", Grade::absent, Grade::absent)};
    const ReportDiff diff = diffed(before, "oud/", after, "nieuw/");
    REQUIRE(diff.documents.size() == 4);
    CHECK(diff.documents[0].new_path == "nieuw/sub/plan.pdf");
    CHECK(diff.documents[0].match == DocumentMatch::path);
    CHECK(diff.documents[1].new_path == "nieuw/visie-2025.pdf");
    CHECK(diff.documents[1].match == DocumentMatch::content_hash);
    CHECK(diff.documents[2].old_path == "oud/weg.pdf");
    CHECK(diff.documents[2].match == DocumentMatch::old_only);
    CHECK(diff.documents[2].categories[0].change == GradeChange::removed);
    CHECK_FALSE(diff.documents[2].categories[0].new_grade.has_value());
    CHECK(diff.documents[3].new_path == "nieuw/erbij.pdf");
    CHECK(diff.documents[3].match == DocumentMatch::new_only);
    CHECK(diff.documents[3].categories[1].change == GradeChange::added);
    // Removed and added documents are no dropped or appeared categories.
    CHECK(diff.count(GradeChange::dropped) == 0);
    CHECK(diff.count(GradeChange::weakened) == 1);
}

TEST_CASE("diff_reports: one document on each side is compared whatever the names") {
    Report before = two_categories();
    Report after = two_categories();
    before.documents = {document("concept.pdf", "h1", Grade::covered, Grade::covered)};
    after.documents = {document("elders/vastgesteld.pdf", "h2", Grade::covered, Grade::absent)};
    const ReportDiff diff = diffed(before, "", after, "elders/");
    REQUIRE(diff.documents.size() == 1);
    CHECK(diff.documents[0].match == DocumentMatch::single);
    CHECK(diff.documents[0].categories[1].change == GradeChange::dropped);
}

TEST_CASE("diff_reports: evidence that appeared and disappeared, compared by term, page and snippet") {
    Report before = two_categories();
    Report after = two_categories();
    const Evidence kept = evidence(2, "mantelzorg", "…de mantelzorg in Lindeloo…");
    const Evidence moved_before = evidence(3, "mantelzorger", "…iedere mantelzorger…");
    const Evidence moved_after = evidence(4, "mantelzorger", "…iedere mantelzorger…");  // same words, next page
    const Evidence new_one = evidence(5, "respijtzorg", "…respijtzorg voor wie…");
    before.documents = {document("p.pdf", "h1", Grade::covered, Grade::absent, {kept, moved_before})};
    after.documents = {document("p.pdf", "h2", Grade::covered, Grade::absent, {kept, moved_after, new_one})};
    const ReportDiff diff = diffed(before, "", after, "");
    const CategoryDiff& cell = diff.documents[0].categories[0];
    CHECK(cell.change == GradeChange::unchanged);
    REQUIRE(cell.disappeared.size() == 1);
    CHECK(cell.disappeared[0] == moved_before);
    REQUIRE(cell.appeared.size() == 2);
    CHECK(cell.appeared[0] == moved_after);
    CHECK(cell.appeared[1] == new_one);
}

TEST_CASE("diff_reports: a document not analysed on one side is not compared; its grades are not dropped") {
    Report before = two_categories();
    Report after = two_categories();
    before.documents = {document("a.pdf", "h1", Grade::covered, Grade::covered),
                        document("b.pdf", "h2", Grade::covered, Grade::covered)};
    DocumentReport failed;
    failed.path = "a.pdf";
    failed.status = DocumentStatus::crashed;
    after.documents = {failed, document("b.pdf", "h2", Grade::covered, Grade::covered)};
    const ReportDiff diff = diffed(before, "", after, "");
    CHECK(diff.documents[0].categories[0].change == GradeChange::not_compared);
    CHECK(diff.documents[0].categories[0].old_grade == Grade::covered);
    CHECK_FALSE(diff.documents[0].categories[0].new_grade.has_value());
    CHECK(diff.count(GradeChange::dropped) == 0);
}

TEST_CASE("diff_reports: sides graded by other categories are refused, naming them") {
    Report before = two_categories();
    Report after = two_categories();
    after.categories[1].id = "eenzaam";
    std::variant<ReportDiff, DiffError> result = diff_reports(DiffSide{before, ""}, DiffSide{after, ""});
    REQUIRE(std::holds_alternative<DiffError>(result));
    CHECK(std::get<DiffError>(result).reason ==
          "OLD and NEW were graded with different lexicons: categories mantelzorg,eenzaamheid and mantelzorg,eenzaam");
    after = two_categories();
    after.categories[0].label = "Zorg";
    result = diff_reports(DiffSide{before, ""}, DiffSide{after, ""});
    REQUIRE(std::holds_alternative<DiffError>(result));
    // The same lexicon under another file name grades the same: not refused.
    after = two_categories();
    after.lexicon_files = {"elders/themes.toml"};
    CHECK(std::holds_alternative<ReportDiff>(diff_reports(DiffSide{before, ""}, DiffSide{after, ""})));
}

TEST_CASE("common_folder: the folder every path lies in") {
    Report report = two_categories();
    CHECK(common_folder(report).empty());
    report.documents = {document("samples/a/x.pdf", "", Grade::absent, Grade::absent),
                        document("samples/ab.pdf", "", Grade::absent, Grade::absent)};
    CHECK(common_folder(report) == "samples/");
    report.documents.push_back(document("other.pdf", "", Grade::absent, Grade::absent));
    CHECK(common_folder(report).empty());
}

TEST_CASE("diff writers: the table shows only changed cells with their evidence; CSV a row per cell") {
    Report before = two_categories();
    Report after = two_categories();
    before.documents = {document("oud/p.pdf", "h1", Grade::covered, Grade::mentioned,
                                 {evidence(2, "mantelzorg", "de \x1b[31mmantelzorg")})};
    after.documents = {document("nieuw/p.pdf", "h2", Grade::absent, Grade::mentioned)};
    const ReportDiff diff = diffed(before, "oud/", after, "nieuw/");
    std::ostringstream table;
    write_diff_table(diff, table);
    CHECK(table.str() ==
          "oud/p.pdf -> nieuw/p.pdf\n"
          "  mantelzorg                 covered -> absent      dropped\n"
          "    - p. 2   paragraph 'mantelzorg': de \\x1b[31mmantelzorg\n"
          "\n"
          "1 dropped, 0 weakened, 0 appeared, 0 strengthened, 1 unchanged\n");
    std::ostringstream csv;
    write_diff_csv(diff, csv);
    CHECK(csv.str() ==
          "old_file,new_file,match,category,old_grade,new_grade,change,evidence_appeared,evidence_disappeared\r\n"
          "oud/p.pdf,nieuw/p.pdf,single,mantelzorg,covered,absent,dropped,0,1\r\n"
          "oud/p.pdf,nieuw/p.pdf,single,eenzaamheid,mentioned,mentioned,unchanged,0,0\r\n");
    std::ostringstream json;
    write_diff_json(diff, json);
    CHECK(json.str().find("\"schema_version\": 1") != std::string::npos);
    CHECK(json.str().find("\"change\": \"dropped\"") != std::string::npos);
}
