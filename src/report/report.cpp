#include "report/report.hpp"

#include <algorithm>

#include <fmt/core.h>

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

std::string header_difference(const Report& a, const Report& b) {
    if (a.schema_version != b.schema_version) {
        return fmt::format("schema_version {} and {}", a.schema_version, b.schema_version);
    }
    if (a.galascan_version != b.galascan_version) {
        return fmt::format("written by galascan {} and galascan {}", a.galascan_version, b.galascan_version);
    }
    const auto same = [](const CategoryInfo& x, const CategoryInfo& y) {
        return x.id == y.id && x.kind == y.kind && x.label == y.label;
    };
    if (a.lexicon_files != b.lexicon_files ||
        !std::equal(a.categories.begin(), a.categories.end(), b.categories.begin(), b.categories.end(), same)) {
        return "graded with different lexicons (their files or categories differ)";
    }
    return {};
}

}  // namespace galascan
