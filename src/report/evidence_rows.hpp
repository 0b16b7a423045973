#pragma once
// The report in long form, one row per document x category x evidence line: what the long CSV
// layout and the xlsx evidence sheet both print, flattened once so the two cannot disagree on
// which rows exist or in what order.

#include <vector>

#include "report/report.hpp"

namespace galascan {

// Pointers into the Report it was made from (which must outlive the rows). `category` and
// `score` are null for a document that was not analysed; `evidence` is null for a category
// without evidence (graded absent, or no hit worth showing).
struct EvidenceRow {
    const DocumentReport* document = nullptr;
    const CategoryInfo* category = nullptr;
    const CategoryScore* score = nullptr;
    const Evidence* evidence = nullptr;
};

// Documents in report order, categories in lexicon order, evidence in document order. With
// `every_category`, a category without evidence and a document that was not analysed get
// one row each too (the long CSV: every grade can be pivoted back); without it, only rows
// that carry evidence (the xlsx evidence sheet, whose documents sheet has the grades).
std::vector<EvidenceRow> evidence_rows(const Report& report, bool every_category);

}  // namespace galascan
