#pragma once
// How well two raters agree on the three-point scale absent < mentioned < covered: pure
// functions over a confusion matrix. Nothing here knows about documents, lexicons or grades
// as types (rows and columns are plain indices), so every figure can be checked by hand.

#include <array>
#include <optional>

namespace galascan {

// Rows: the analyst's grade (0 absent, 1 mentioned, 2 covered). Columns: galascan's grade,
// plus column 3 for a label whose file galascan could not analyse. Such a label is wrong in
// every figure: it never agrees, kappa weighs it as the largest disagreement, and detection
// counts it as a miss (analyst: mentioned or covered) or a false alarm (analyst: absent).
struct ConfusionMatrix {
    static constexpr int grades = 3;
    static constexpr int not_analysed = 3;  // the extra column
    std::array<std::array<int, grades + 1>, grades> counts{};

    void add(int analyst, int galascan) { ++counts.at(analyst).at(galascan); }
    int total() const;
    int agreed() const;  // the diagonal
};

// Agreed labels / all labels; none when the matrix is empty.
std::optional<double> exact_accuracy(const ConfusionMatrix& matrix);

// Cohen's kappa with quadratic weights ((i - j) / 2)^2, and weight 1 for a label that was not
// analysed: 1 - observed disagreement / disagreement expected by chance. None when chance
// predicts no disagreement (0/0: both raters gave every label the same single grade), where
// agreement beyond chance is undefined rather than perfect.
std::optional<double> weighted_kappa(const ConfusionMatrix& matrix);

// Detection: does galascan find a category at all (mentioned or covered) where the analyst does?
struct Detection {
    int true_positives = 0;           // both say present
    int false_positives = 0;          // galascan present (or not analysed), analyst absent
    int false_negatives = 0;          // galascan absent (or not analysed), analyst present
    int true_negatives = 0;           // both say absent
    std::optional<double> precision;  // none when galascan found nothing
    std::optional<double> recall;     // none when the analyst found nothing
    std::optional<double> f1;         // 2TP / (2TP + FP + FN); none when all three are 0
};
Detection detection(const ConfusionMatrix& matrix);

}  // namespace galascan
