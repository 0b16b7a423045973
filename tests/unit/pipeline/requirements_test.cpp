#include <doctest/doctest.h>

#include "lexicon/load_lexicon.hpp"
#include "pipeline/requirements.hpp"

using namespace galascan;

namespace {

Report graded_report() {
    Report report;
    report.categories = {CategoryInfo{"mantelzorg", CategoryKind::theme, "Mantelzorg", "MZ"},
                         CategoryInfo{"eenzaamheid", CategoryKind::theme, "Eenzaamheid", "EZ"},
                         CategoryInfo{"rol_inwoners", CategoryKind::bouwsteen, "Rol inwoners", "RI"}};
    DocumentReport plan;
    plan.path = "plan.pdf";
    for (Grade grade : {Grade::mentioned, Grade::absent, Grade::covered}) {
        CategoryScore score;
        score.category = static_cast<CategoryIndex>(plan.categories.size());
        score.grade = grade;
        plan.categories.push_back(score);
    }
    DocumentReport broken;
    broken.path = "kapot.pdf";
    broken.status = DocumentStatus::damaged;
    report.documents = {plan, broken};
    return report;
}

}  // namespace

TEST_CASE("requirement_results: each rule with the documents and categories below it, failed documents left out") {
    const Report report = graded_report();
    const std::vector<Requirement> rules = {parse_requirement("themes=mentioned", report.categories),
                                            parse_requirement("all=covered", report.categories),
                                            parse_requirement("rol_inwoners=covered", report.categories)};
    const std::vector<RequirementResult> results = requirement_results(report, rules);
    REQUIRE(results.size() == 3);
    CHECK(results[0].rule == "themes=mentioned");
    CHECK(results[0].required == Grade::mentioned);
    CHECK(results[0].unmet == std::vector<RequirementShortfall>{{"plan.pdf", 1, Grade::absent}});
    CHECK(results[1].unmet ==
          std::vector<RequirementShortfall>{{"plan.pdf", 0, Grade::mentioned}, {"plan.pdf", 1, Grade::absent}});
    CHECK(results[2].unmet.empty());
}

TEST_CASE("parse_requirement: a selector the report's categories do not know is refused with the nearest") {
    const Report report = graded_report();
    CHECK_THROWS_WITH_AS(parse_requirement("mantelzrg=covered", report.categories),
                         doctest::Contains("did you mean 'mantelzorg'?"), ConfigError);
    CHECK_THROWS_AS(parse_requirement("mantelzorg=present", report.categories), ConfigError);
}
