// Labels against a report: each label is one cell of a confusion matrix (the analyst's grade,
// galascan's grade of the same category in the same file), counted once for its split and once
// for all labels together. A file galascan could not analyse keeps its labels in every count,
// as disagreements: leaving them out would let a broken file raise the figures.

#include "report/evaluation.hpp"

#include <algorithm>
#include <cassert>
#include <utility>

#include <fmt/core.h>

namespace galascan {

namespace {

// galascan's grade of `category` in `document`; null when the document was not analysed.
const CategoryScore* score_of(const DocumentReport& document, CategoryIndex category) {
    if (!is_analysed(document.status)) {
        return nullptr;
    }
    const auto score = std::find_if(document.categories.begin(), document.categories.end(),
                                    [category](const CategoryScore& s) { return s.category == category; });
    assert(score != document.categories.end());  // an analysed document grades every lexicon category
    return &*score;
}

// galascan's column for one label: the grade it gave, or ConfusionMatrix::not_analysed.
int galascan_column(const DocumentReport& document, CategoryIndex category) {
    const CategoryScore* score = score_of(document, category);
    return score == nullptr ? ConfusionMatrix::not_analysed : static_cast<int>(score->grade);
}

// The figures over the labels of one split (every label when `split` is none).
AgreementFigures figures_over(const Labels& labels, const Report& report, const std::optional<std::string>& split) {
    AgreementFigures figures;
    figures.split = split.value_or("all");
    std::vector<CategoryAgreement> per_category(report.categories.size());
    std::vector<bool> counted(labels.files.size(), false);
    for (const Label& label : labels.labels) {
        if (split && labels.files[label.file].split != *split) {
            continue;
        }
        const int column = galascan_column(report.documents[label.file], label.category);
        figures.confusion.add(static_cast<int>(label.grade), column);
        CategoryAgreement& category = per_category.at(label.category);
        category.category = label.category;
        ++category.labels;
        category.agreed += column == static_cast<int>(label.grade) ? 1 : 0;
        figures.documents += counted[label.file] ? 0 : 1;
        counted[label.file] = true;
    }
    for (CategoryAgreement& category : per_category) {
        if (category.labels > 0) {
            category.accuracy = static_cast<double>(category.agreed) / category.labels;
            figures.categories.push_back(category);
        }
    }
    figures.accuracy = exact_accuracy(figures.confusion);
    figures.kappa = weighted_kappa(figures.confusion);
    figures.detection = detection(figures.confusion);
    return figures;
}

// One column per split and one for all together; with one split or none, "all" alone (named
// after the split), since a second column would repeat the same labels.
std::vector<AgreementFigures> figure_columns(const Labels& labels, const Report& report) {
    std::vector<AgreementFigures> columns;
    if (labels.splits.size() >= 2) {
        for (const std::string& split : labels.splits) {
            columns.push_back(figures_over(labels, report, split));
        }
    }
    columns.push_back(figures_over(labels, report, std::nullopt));
    if (labels.splits.size() == 1) {
        columns.back().split = labels.splits.front();
    }
    return columns;
}

DocumentAgreement document_row(const LabelledFile& file, const DocumentReport& document) {
    DocumentAgreement row;
    row.file = file.file;
    row.path = document.path;
    row.split = file.split;
    row.status = document.status;
    row.reason = document.reason;
    return row;
}

// Per document: its labels, how many agree, and every disagreement with galascan's rule.
void compare_documents(const Labels& labels, const Report& report, Evaluation& evaluation) {
    for (std::size_t i = 0; i < labels.files.size(); ++i) {
        evaluation.documents.push_back(document_row(labels.files[i], report.documents[i]));
        evaluation.not_analysed += is_analysed(report.documents[i].status) ? 0 : 1;
    }
    std::vector<Label> ordered = labels.labels;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Label& a, const Label& b) {
        return a.file != b.file ? a.file < b.file : a.category < b.category;
    });
    for (const Label& label : ordered) {
        const DocumentReport& document = report.documents[label.file];
        DocumentAgreement& row = evaluation.documents[label.file];
        const CategoryScore* score = score_of(document, label.category);
        ++row.labels;
        if (score != nullptr && score->grade == label.grade) {
            ++row.agreed;
            continue;
        }
        row.differing.push_back(label.category);
        Disagreement disagreement{label.file, label.category, label.grade, std::nullopt, ""};
        if (score == nullptr) {
            disagreement.rule = fmt::format("not analysed ({}): {}", status_name(document.status), document.reason);
        } else {
            disagreement.galascan = score->grade;
            disagreement.rule = score->rule;
        }
        evaluation.disagreements.push_back(std::move(disagreement));
    }
}

// An undefined figure misses its floor too: it cannot vouch for the agreement asked for.
void check_floor(const char* figure, const std::string& split, const std::optional<double>& value,
                 const std::optional<double>& floor, std::vector<Shortfall>& shortfalls) {
    if (floor && (!value || *value < *floor)) {
        shortfalls.push_back(Shortfall{figure, split, value, *floor});
    }
}

}  // namespace

std::string shortfall_text(const Shortfall& shortfall) {
    return fmt::format("{} of {} is {}, below the floor {:.3f}", shortfall.figure,
                       shortfall.split == "all" ? std::string("all labels") : "split " + shortfall.split,
                       shortfall.value ? fmt::format("{:.3f}", *shortfall.value) : std::string("undefined"),
                       shortfall.floor);
}

Evaluation evaluate(const Labels& labels, const Report& report, const Floors& floors) {
    assert(report.documents.size() == labels.files.size());
    Evaluation evaluation;
    evaluation.labels_file = labels.source;
    evaluation.galascan_version = report.galascan_version;
    evaluation.lexicon_files = report.lexicon_files;
    evaluation.categories = report.categories;
    evaluation.figures = figure_columns(labels, report);
    compare_documents(labels, report, evaluation);
    evaluation.floors = floors;
    for (const AgreementFigures& column : evaluation.figures) {
        check_floor("accuracy", column.split, column.accuracy, floors.accuracy, evaluation.shortfalls);
        check_floor("kappa", column.split, column.kappa, floors.kappa, evaluation.shortfalls);
        check_floor("detection F1", column.split, column.detection.f1, floors.f1, evaluation.shortfalls);
    }
    return evaluation;
}

}  // namespace galascan
