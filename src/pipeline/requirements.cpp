#include "pipeline/requirements.hpp"

#include <algorithm>

#include <fmt/core.h>

#include "lexicon/load_lexicon.hpp"
#include "text/nearest_name.hpp"

namespace galascan {

Requirement parse_requirement(const std::string& rule, const std::vector<CategoryInfo>& categories) {
    const std::size_t equals = rule.find('=');
    const std::string selector = rule.substr(0, equals);
    const std::string grade = equals == std::string::npos ? std::string() : rule.substr(equals + 1);
    Requirement requirement{rule, {}, Grade::mentioned};
    if (grade == "mentioned") {
        requirement.minimum = Grade::mentioned;
    } else if (grade == "covered") {
        requirement.minimum = Grade::covered;
    } else {
        throw ConfigError(fmt::format("--require {}: write CATEGORY=GRADE with GRADE mentioned or covered", rule));
    }
    for (CategoryIndex i = 0; i < categories.size(); ++i) {
        const CategoryInfo& category = categories[i];
        const bool selected = selector == "all" || selector == category.id ||
                              (selector == "themes" && category.kind == CategoryKind::theme) ||
                              (selector == "bouwstenen" && category.kind == CategoryKind::bouwsteen);
        if (selected) {
            requirement.categories.push_back(i);
        }
    }
    if (requirement.categories.empty()) {
        std::vector<std::string> known{"themes", "bouwstenen", "all"};
        for (const CategoryInfo& category : categories) {
            known.push_back(category.id);
        }
        const std::optional<std::string> nearest = nearest_name(selector, known);
        throw ConfigError(fmt::format("--require {}: '{}' is no category id of the lexicon, nor themes, bouwstenen "
                                      "or all{} (galascan lexicon dump lists the ids)",
                                      rule, selector, nearest ? fmt::format("; did you mean '{}'?", *nearest) : ""));
    }
    return requirement;
}

std::vector<UnmetRequirement> unmet_requirements(const Report& report, const std::vector<Requirement>& requirements) {
    std::vector<UnmetRequirement> unmet;
    for (const DocumentReport& document : report.documents) {
        if (!is_analysed(document.status)) {
            continue;
        }
        // The strictest requirement per category, so a category is named once.
        std::vector<int> required(report.categories.size(), -1);
        for (const Requirement& requirement : requirements) {
            for (CategoryIndex category : requirement.categories) {
                required[category] = std::max(required[category], static_cast<int>(requirement.minimum));
            }
        }
        for (const CategoryScore& score : document.categories) {
            if (static_cast<int>(score.grade) < required[score.category]) {
                unmet.push_back(UnmetRequirement{document.path, report.categories[score.category].id, score.grade,
                                                 static_cast<Grade>(required[score.category])});
            }
        }
    }
    return unmet;
}

std::vector<RequirementResult> requirement_results(const Report& report, const std::vector<Requirement>& requirements) {
    std::vector<RequirementResult> results;
    for (const Requirement& requirement : requirements) {
        RequirementResult result{requirement.text, requirement.minimum, {}};
        for (const DocumentReport& document : report.documents) {
            if (!is_analysed(document.status)) {
                continue;  // its status already fails the run
            }
            for (CategoryIndex category : requirement.categories) {
                if (category < document.categories.size() && document.categories[category].grade < requirement.minimum) {
                    result.unmet.push_back(
                        RequirementShortfall{document.path, category, document.categories[category].grade});
                }
            }
        }
        results.push_back(std::move(result));
    }
    return results;
}

}  // namespace galascan
