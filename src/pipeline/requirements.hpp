#pragma once
// `--require RULE`: the grades a CI job demands of every analysed document.

#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "report/report.hpp"

namespace galascan {

struct Requirement {
    std::string text;                     // as given: "themes=mentioned"
    std::vector<CategoryIndex> categories;
    Grade minimum = Grade::mentioned;
};

struct UnmetRequirement {
    std::string path;
    std::string category_id;
    Grade grade = Grade::absent;
    Grade required = Grade::mentioned;
};

// "themes=mentioned", "bouwstenen=covered", "all=mentioned", "mantelzorg=covered", over the
// report's (graded) categories.
// Throws ConfigError naming the rule when the selector or the grade is unknown.
Requirement parse_requirement(const std::string& rule, const std::vector<CategoryInfo>& categories);

// Every (document, category) below its required grade, in report order. Documents that
// were not analysed are left out: their status already fails the run.
std::vector<UnmetRequirement> unmet_requirements(const Report& report, const std::vector<Requirement>& requirements);

// Each rule on its own, with every analysed document and category below it: the report's
// `requirements` (unmet_requirements above names a category once, by its strictest rule).
std::vector<RequirementResult> requirement_results(const Report& report, const std::vector<Requirement>& requirements);

}  // namespace galascan
