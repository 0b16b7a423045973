#pragma once
// galascan evaluate: galascan's grades set against an analyst's labels. The labels and the
// report go in, every figure the writers print comes out, computed once.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "report/agreement.hpp"
#include "report/report.hpp"

namespace galascan {

// One labelled file, as the labels name it.
struct LabelledFile {
    std::string file;   // as first written in the labels file (paths resolved only to analyse)
    std::string split;  // "dev", "test", ...; empty when the labels have no split column
};

// One cell: the analyst's grade of one category of one file.
struct Label {
    std::size_t file = 0;  // index in Labels::files
    CategoryIndex category = 0;
    Grade grade = Grade::absent;
    int line = 0;  // 1-based line in the labels file where its row starts
};

struct Labels {
    std::string source;               // the labels file, as given (for messages)
    bool has_split = false;           // the header has a split column
    std::vector<std::string> splits;  // in order of first appearance
    std::vector<LabelledFile> files;  // in order of first appearance
    std::vector<Label> labels;        // in the labels file's order
};

// --min-accuracy, --min-kappa, --min-f1: fractions, checked on every figure column.
struct Floors {
    std::optional<double> accuracy;
    std::optional<double> kappa;
    std::optional<double> f1;
};

struct CategoryAgreement {
    CategoryIndex category = 0;
    int labels = 0;
    int agreed = 0;
    double accuracy = 0;  // agreed / labels (a category is listed only when it has labels)
};

// The figures over one set of labels: one split, or all of them.
struct AgreementFigures {
    std::string split;  // the split's name; "all" for every label together
    int documents = 0;
    ConfusionMatrix confusion;
    std::optional<double> accuracy;  // none when there are no labels
    std::optional<double> kappa;     // none when undefined (see weighted_kappa)
    Detection detection;
    std::vector<CategoryAgreement> categories;  // lexicon order; only categories with labels
};

struct DocumentAgreement {
    std::string file;  // as labelled
    std::string path;  // as analysed: resolved against --root
    std::string split;
    DocumentStatus status = DocumentStatus::ok;
    std::string reason;  // why it was not analysed; empty when it was
    int labels = 0;
    int agreed = 0;
    std::vector<CategoryIndex> differing;  // lexicon order
};

struct Disagreement {
    std::size_t document = 0;  // index in Evaluation::documents
    CategoryIndex category = 0;
    Grade analyst = Grade::absent;
    std::optional<Grade> galascan;  // none: the file was not analysed
    std::string rule;               // galascan's reason for its grade; or the status and reason of the file
};

// A figure below its floor; `value` none when the figure is undefined (it cannot vouch either).
struct Shortfall {
    std::string figure;  // "accuracy", "kappa", "detection F1"
    std::string split;
    std::optional<double> value;
    double floor = 0;
};

struct Evaluation {
    std::string labels_file;
    std::string galascan_version;
    std::vector<std::string> lexicon_files;
    std::vector<CategoryInfo> categories;  // the report's, in lexicon order
    // The figure columns, each over a different set of labels: one per split, then "all",
    // when there are two splits or more; else "all" alone, named after its one split if any.
    std::vector<AgreementFigures> figures;
    std::vector<DocumentAgreement> documents;  // in labels order
    std::vector<Disagreement> disagreements;   // by document, then lexicon order
    Floors floors;
    std::vector<Shortfall> shortfalls;  // by column, then accuracy, kappa, F1
    int not_analysed = 0;               // documents
};

// "kappa of split dev is 0.686, below the floor 0.800" ("of all labels" for the column "all").
std::string shortfall_text(const Shortfall& shortfall);

// `report.documents[i]` must be the analysis of `labels.files[i]` (asserted).
Evaluation evaluate(const Labels& labels, const Report& report, const Floors& floors);

}  // namespace galascan
