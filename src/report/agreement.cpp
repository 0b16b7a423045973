// Agreement figures over a confusion matrix. Quadratic-weighted kappa is the usual measure for
// an ordered scale: calling "covered" "absent" is four times as wrong as calling it
// "mentioned", so a tool that is often one step off scores far better than one that is
// sometimes two steps off. Expected counts are the product of the margins over the total.

#include "report/agreement.hpp"

namespace galascan {

namespace {

// How wrong galascan's column is for the analyst's row: 0 (same grade) to 1 (two steps
// apart, or not analysed at all).
double disagreement_weight(int analyst, int galascan) {
    if (galascan == ConfusionMatrix::not_analysed) {
        return 1.0;
    }
    const double steps = static_cast<double>(analyst - galascan) / (ConfusionMatrix::grades - 1);
    return steps * steps;
}

}  // namespace

int ConfusionMatrix::total() const {
    int sum = 0;
    for (const auto& row : counts) {
        for (int count : row) {
            sum += count;
        }
    }
    return sum;
}

int ConfusionMatrix::agreed() const {
    int sum = 0;
    for (int grade = 0; grade < grades; ++grade) {
        sum += counts[grade][grade];
    }
    return sum;
}

std::optional<double> exact_accuracy(const ConfusionMatrix& matrix) {
    const int total = matrix.total();
    if (total == 0) {
        return std::nullopt;
    }
    return static_cast<double>(matrix.agreed()) / total;
}

std::optional<double> weighted_kappa(const ConfusionMatrix& matrix) {
    constexpr int columns = ConfusionMatrix::grades + 1;
    std::array<double, ConfusionMatrix::grades> row_sums{};
    std::array<double, columns> column_sums{};
    for (int row = 0; row < ConfusionMatrix::grades; ++row) {
        for (int column = 0; column < columns; ++column) {
            row_sums[row] += matrix.counts[row][column];
            column_sums[column] += matrix.counts[row][column];
        }
    }
    const double total = matrix.total();
    double observed = 0;
    double expected = 0;
    for (int row = 0; row < ConfusionMatrix::grades; ++row) {
        for (int column = 0; column < columns; ++column) {
            const double weight = disagreement_weight(row, column);
            observed += weight * matrix.counts[row][column];
            expected += total > 0 ? weight * row_sums[row] * column_sums[column] / total : 0.0;
        }
    }
    if (expected == 0) {
        return std::nullopt;  // observed is 0 too: any disagreement makes some expected cell positive
    }
    return 1.0 - observed / expected;
}

Detection detection(const ConfusionMatrix& matrix) {
    Detection result;
    for (int row = 0; row < ConfusionMatrix::grades; ++row) {
        const bool analyst_present = row > 0;
        for (int column = 0; column <= ConfusionMatrix::grades; ++column) {
            const int count = matrix.counts[row][column];
            if (column == ConfusionMatrix::not_analysed) {
                // Never right: a miss where the analyst finds the category, else a false alarm.
                (analyst_present ? result.false_negatives : result.false_positives) += count;
            } else if (analyst_present) {
                (column > 0 ? result.true_positives : result.false_negatives) += count;
            } else {
                (column > 0 ? result.false_positives : result.true_negatives) += count;
            }
        }
    }
    const int both = result.true_positives;
    const int galascan_found = both + result.false_positives;
    const int analyst_found = both + result.false_negatives;
    if (galascan_found > 0) {
        result.precision = static_cast<double>(both) / galascan_found;
    }
    if (analyst_found > 0) {
        result.recall = static_cast<double>(both) / analyst_found;
    }
    if (galascan_found + analyst_found > 0) {
        result.f1 = 2.0 * both / (galascan_found + analyst_found);  // 2TP / (2TP + FP + FN)
    }
    return result;
}

}  // namespace galascan
