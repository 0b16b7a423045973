#include "report/evidence_rows.hpp"

namespace galascan {

std::vector<EvidenceRow> evidence_rows(const Report& report, bool every_category) {
    std::vector<EvidenceRow> rows;
    for (const DocumentReport& document : report.documents) {
        if (document.categories.empty()) {
            if (every_category) {
                rows.push_back(EvidenceRow{&document, nullptr, nullptr, nullptr});
            }
            continue;
        }
        for (std::size_t i = 0; i < document.categories.size() && i < report.categories.size(); ++i) {
            const CategoryScore& score = document.categories[i];
            if (score.evidence.empty() && every_category) {
                rows.push_back(EvidenceRow{&document, &report.categories[i], &score, nullptr});
            }
            for (const Evidence& evidence : score.evidence) {
                rows.push_back(EvidenceRow{&document, &report.categories[i], &score, &evidence});
            }
        }
    }
    return rows;
}

}  // namespace galascan
