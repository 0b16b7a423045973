#include "report/report.hpp"

#include <algorithm>

namespace galascan {

ReportSummary summarise(const Report& report) {
    ReportSummary summary;
    for (const DocumentReport& document : report.documents) {
        ++summary.documents;
        (is_analysed(document.status) ? summary.analysed : summary.failed) += 1;
        summary.pages += document.pages;
        const auto known = std::find_if(summary.statuses.begin(), summary.statuses.end(),
                                        [&](const auto& entry) { return entry.first == document.status; });
        if (known == summary.statuses.end()) {
            summary.statuses.emplace_back(document.status, 1);
        } else {
            ++known->second;
        }
    }
    return summary;
}

bool is_analysed(DocumentStatus status) {
    return status == DocumentStatus::ok || status == DocumentStatus::partial;
}

std::vector<CategoryInfo> category_infos(const Lexicon& lexicon) {
    std::vector<CategoryInfo> infos;
    for (std::size_t i = 0; i < graded_count(lexicon); ++i) {
        const Category& category = lexicon.categories[i];
        infos.push_back(CategoryInfo{category.id, category.kind, category.label, category.short_label});
    }
    return infos;
}

}  // namespace galascan
