// The agreement figures against values worked out by hand (the sums are in the comments).
#include <doctest/doctest.h>

#include "report/agreement.hpp"

using namespace galascan;

namespace {

// Rows: analyst absent, mentioned, covered; columns: galascan absent, mentioned, covered,
// not analysed.
ConfusionMatrix matrix_of(std::array<std::array<int, 4>, 3> counts) {
    ConfusionMatrix matrix;
    matrix.counts = counts;
    return matrix;
}

// 30 labels, 22 on the diagonal. Row sums 12, 10, 8; column sums 13, 8, 9.
const ConfusionMatrix worked_example = matrix_of({{{10, 2, 0, 0}, {3, 5, 2, 0}, {0, 1, 7, 0}}});

}  // namespace

TEST_CASE("exact accuracy is the diagonal over all labels") {
    CHECK(worked_example.total() == 30);
    CHECK(worked_example.agreed() == 22);
    CHECK(*exact_accuracy(worked_example) == doctest::Approx(22.0 / 30));
}

TEST_CASE("quadratic-weighted kappa, worked by hand") {
    // Weights: one step apart 1/4, two steps 1.
    // Observed disagreement: (2 + 3 + 2 + 1) / 4 = 2.
    // Expected: [(12*8 + 10*13 + 10*9 + 8*8) / 4 + (12*9 + 8*13)] / 30 = (95 + 212) / 30 = 307/30.
    // kappa = 1 - 2 / (307/30) = 247/307.
    CHECK(*weighted_kappa(worked_example) == doctest::Approx(247.0 / 307));
}

TEST_CASE("detection counts absent against present, worked by hand") {
    const Detection found = detection(worked_example);
    CHECK(found.true_positives == 15);  // 5 + 2 + 1 + 7
    CHECK(found.false_positives == 2);  // analyst absent, galascan mentioned
    CHECK(found.false_negatives == 3);  // analyst mentioned, galascan absent
    CHECK(found.true_negatives == 10);
    CHECK(*found.precision == doctest::Approx(15.0 / 17));
    CHECK(*found.recall == doctest::Approx(15.0 / 18));
    CHECK(*found.f1 == doctest::Approx(30.0 / 35));
}

TEST_CASE("a label of a file that was not analysed is wrong in every figure") {
    // The worked example plus one not analysed label where the analyst says absent and one
    // where they say covered: 32 labels, row sums 13, 10, 9, column sums 13, 8, 9, 2.
    const ConfusionMatrix matrix = matrix_of({{{10, 2, 0, 1}, {3, 5, 2, 0}, {0, 1, 7, 1}}});
    CHECK(*exact_accuracy(matrix) == doctest::Approx(22.0 / 32));
    // Observed: 2 + 1 + 1 = 4. Expected: [(13*8 + 10*13 + 10*9 + 9*8) / 4 + (13*9 + 9*13) + 2*32] / 32
    // = (99 + 234 + 64) / 32 = 397/32. kappa = 1 - 4 * 32 / 397 = 269/397.
    CHECK(*weighted_kappa(matrix) == doctest::Approx(269.0 / 397));
    const Detection found = detection(matrix);
    CHECK(found.false_positives == 3);  // the analyst's absent: a false alarm
    CHECK(found.false_negatives == 4);  // the analyst's covered: a miss
    CHECK(*found.f1 == doctest::Approx(30.0 / 37));
}

TEST_CASE("perfect agreement over all three grades gives kappa 1") {
    const ConfusionMatrix matrix = matrix_of({{{4, 0, 0, 0}, {0, 3, 0, 0}, {0, 0, 5, 0}}});
    CHECK(*exact_accuracy(matrix) == 1.0);
    CHECK(*weighted_kappa(matrix) == doctest::Approx(1.0));
    CHECK(*detection(matrix).f1 == 1.0);
}

TEST_CASE("degenerate matrices") {
    SUBCASE("no labels: nothing is defined") {
        const ConfusionMatrix empty;
        CHECK_FALSE(exact_accuracy(empty).has_value());
        CHECK_FALSE(weighted_kappa(empty).has_value());
        const Detection found = detection(empty);
        CHECK_FALSE(found.precision.has_value());
        CHECK_FALSE(found.recall.has_value());
        CHECK_FALSE(found.f1.has_value());
    }
    SUBCASE("both say absent everywhere: kappa is 0/0, detection has nothing to find") {
        const ConfusionMatrix matrix = matrix_of({{{12, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}});
        CHECK(*exact_accuracy(matrix) == 1.0);
        CHECK_FALSE(weighted_kappa(matrix).has_value());
        const Detection found = detection(matrix);
        CHECK(found.true_negatives == 12);
        CHECK_FALSE(found.precision.has_value());
        CHECK_FALSE(found.recall.has_value());
        CHECK_FALSE(found.f1.has_value());
    }
    SUBCASE("both say covered everywhere: kappa is 0/0, detection is perfect") {
        const ConfusionMatrix matrix = matrix_of({{{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 7, 0}}});
        CHECK_FALSE(weighted_kappa(matrix).has_value());
        CHECK(*detection(matrix).f1 == 1.0);
    }
    SUBCASE("one rater gives one grade only, the other varies: no agreement beyond chance") {
        // A single row: every observed cell equals its expected count, so kappa is exactly 0.
        const ConfusionMatrix matrix = matrix_of({{{0, 0, 0, 0}, {0, 0, 0, 0}, {2, 3, 5, 0}}});
        CHECK(*weighted_kappa(matrix) == doctest::Approx(0.0));
        CHECK(*exact_accuracy(matrix) == doctest::Approx(0.5));
    }
    SUBCASE("galascan finds nothing: precision undefined, recall and F1 0") {
        const ConfusionMatrix matrix = matrix_of({{{3, 0, 0, 0}, {4, 0, 0, 0}, {1, 0, 0, 0}}});
        const Detection found = detection(matrix);
        CHECK_FALSE(found.precision.has_value());
        CHECK(*found.recall == 0.0);
        CHECK(*found.f1 == 0.0);
    }
    SUBCASE("always two steps apart: kappa below 0") {
        // Observed 4 (weight 1 each); expected (2*2*1 + 2*2*1) / 4 = 2. kappa = 1 - 4/2 = -1.
        const ConfusionMatrix matrix = matrix_of({{{0, 0, 2, 0}, {0, 0, 0, 0}, {2, 0, 0, 0}}});
        CHECK(*weighted_kappa(matrix) == doctest::Approx(-1.0));
    }
}
