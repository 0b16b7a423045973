// Labels against a hand-built report: figures per split, documents, disagreements, floors.
#include <doctest/doctest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "report/evaluation.hpp"
#include "report/writers.hpp"

using namespace galascan;

namespace {

DocumentReport analysed(const std::string& path, std::vector<Grade> grades) {
    DocumentReport document;
    document.path = path;
    for (CategoryIndex i = 0; i < grades.size(); ++i) {
        CategoryScore score;
        score.category = i;
        score.grade = grades[i];
        score.rule = "rule " + std::to_string(i);
        document.categories.push_back(score);
    }
    return document;
}

// Two categories; a.pdf (dev) and b.pdf (test) analysed, c.pdf (test) missing.
struct Fixture {
    Labels labels;
    Report report;
};

Fixture fixture() {
    Fixture f;
    f.labels.source = "labels.csv";
    f.labels.has_split = true;
    f.labels.splits = {"dev", "test"};
    f.labels.files = {{"a.pdf", "dev"}, {"b.pdf", "test"}, {"c.pdf", "test"}};
    f.labels.labels = {{0, 1, Grade::covered, 3}, {0, 0, Grade::mentioned, 2}, {1, 0, Grade::absent, 4},
                       {1, 1, Grade::covered, 5}, {2, 0, Grade::absent, 6},    {2, 1, Grade::mentioned, 7}};
    f.report.galascan_version = "9.9.9";
    f.report.categories = {CategoryInfo{"mantelzorg", CategoryKind::theme, "Mantelzorg", "MZ"},
                           CategoryInfo{"eenzaamheid", CategoryKind::theme, "Eenzaamheid", "EZ"}};
    DocumentReport missing;
    missing.path = "root/c.pdf";
    missing.status = DocumentStatus::unreadable;
    missing.reason = "cannot open it: No such file or directory";
    f.report.documents = {analysed("root/a.pdf", {Grade::mentioned, Grade::mentioned}),
                          analysed("root/b.pdf", {Grade::absent, Grade::covered}), missing};
    return f;
}

}  // namespace

TEST_CASE("evaluation: a column per split, then all") {
    const Fixture f = fixture();
    const Evaluation evaluation = evaluate(f.labels, f.report, Floors{});
    REQUIRE(evaluation.figures.size() == 3);
    const AgreementFigures& dev = evaluation.figures[0];
    const AgreementFigures& test = evaluation.figures[1];
    const AgreementFigures& all = evaluation.figures[2];
    CHECK(dev.split == "dev");
    CHECK(test.split == "test");
    CHECK(all.split == "all");
    CHECK(dev.documents == 1);
    CHECK(test.documents == 2);
    CHECK(all.documents == 3);
    CHECK(dev.confusion.total() == 2);
    CHECK(*dev.accuracy == doctest::Approx(0.5));   // mantelzorg agrees, eenzaamheid covered vs mentioned
    CHECK(*test.accuracy == doctest::Approx(0.5));  // b agrees twice; c's two labels are not analysed
    CHECK(*all.accuracy == doctest::Approx(3.0 / 6));
    CHECK(all.confusion.counts[0][ConfusionMatrix::not_analysed] == 1);
    CHECK(all.confusion.counts[1][ConfusionMatrix::not_analysed] == 1);
    REQUIRE(all.categories.size() == 2);
    CHECK(all.categories[0].labels == 3);
    CHECK(all.categories[0].agreed == 2);
    CHECK(all.categories[1].agreed == 1);
    CHECK(evaluation.not_analysed == 1);
}

TEST_CASE("evaluation: documents and disagreements in lexicon order, with galascan's rule") {
    const Evaluation evaluation = evaluate(fixture().labels, fixture().report, Floors{});
    REQUIRE(evaluation.documents.size() == 3);
    CHECK(evaluation.documents[0].file == "a.pdf");
    CHECK(evaluation.documents[0].path == "root/a.pdf");
    CHECK(evaluation.documents[0].agreed == 1);
    CHECK(evaluation.documents[0].labels == 2);
    CHECK(evaluation.documents[0].differing == std::vector<CategoryIndex>{1});
    CHECK(evaluation.documents[2].differing == std::vector<CategoryIndex>{0, 1});
    REQUIRE(evaluation.disagreements.size() == 3);
    const Disagreement& first = evaluation.disagreements[0];
    CHECK(first.document == 0);
    CHECK(first.category == 1);
    CHECK(first.analyst == Grade::covered);
    CHECK(first.galascan == Grade::mentioned);
    CHECK(first.rule == "rule 1");
    CHECK_FALSE(evaluation.disagreements[1].galascan.has_value());
    CHECK(evaluation.disagreements[1].rule == "not analysed (unreadable): cannot open it: No such file or directory");
}

TEST_CASE("evaluation: one split, or none, is one column") {
    Fixture f = fixture();
    SUBCASE("no split column: all") {
        f.labels.has_split = false;
        f.labels.splits = {};
        for (LabelledFile& file : f.labels.files) {
            file.split.clear();
        }
        const Evaluation evaluation = evaluate(f.labels, f.report, Floors{});
        REQUIRE(evaluation.figures.size() == 1);
        CHECK(evaluation.figures[0].split == "all");
    }
    SUBCASE("one split: named after it") {
        f.labels.splits = {"dev"};
        f.labels.files = {{"a.pdf", "dev"}};
        f.labels.labels.resize(2);
        f.report.documents.resize(1);
        const Evaluation evaluation = evaluate(f.labels, f.report, Floors{});
        REQUIRE(evaluation.figures.size() == 1);
        CHECK(evaluation.figures[0].split == "dev");
        CHECK(evaluation.figures[0].documents == 1);
    }
}

TEST_CASE("evaluation: floors are checked on every column; an undefined figure misses its floor") {
    Floors floors;
    floors.accuracy = 0.5;
    floors.f1 = 0.99;
    const Evaluation evaluation = evaluate(fixture().labels, fixture().report, floors);
    std::vector<std::string> texts;
    for (const Shortfall& shortfall : evaluation.shortfalls) {
        texts.push_back(shortfall_text(shortfall));
    }
    // dev: one present label, found: F1 1. test: b found, c's mentioned a miss, c's absent a
    // false alarm: F1 2/4. all: TP 3, FP 1, FN 1: F1 6/8.
    CHECK(texts == std::vector<std::string>{"detection F1 of split test is 0.500, below the floor 0.990",
                                            "detection F1 of all labels is 0.750, below the floor 0.990"});
    Fixture f = fixture();
    f.labels.labels = {{1, 0, Grade::absent, 4}};  // b.pdf, mantelzorg: both absent, one label
    f.labels.splits = {"test"};
    f.labels.files = {{"a.pdf", "test"}, {"b.pdf", "test"}};
    f.report.documents.resize(2);
    Floors kappa;
    kappa.kappa = 0.5;
    const Evaluation single = evaluate(f.labels, f.report, kappa);
    REQUIRE(single.shortfalls.size() == 1);
    CHECK(shortfall_text(single.shortfalls[0]) == "kappa of split test is undefined, below the floor 0.500");
}

TEST_CASE("evaluation JSON: every figure, parsed back") {
    std::ostringstream out;
    write_evaluation_json(evaluate(fixture().labels, fixture().report, Floors{}), out);
    const nlohmann::json json = nlohmann::json::parse(out.str());
    CHECK(json["schema_version"] == 1);
    CHECK(json["labels_file"] == "labels.csv");
    CHECK(json["figures"].size() == 3);
    CHECK(json["figures"][2]["split"] == "all");
    CHECK(json["figures"][2]["confusion"]["matrix"][1][1] == 1);
    CHECK(json["figures"][2]["confusion"]["not_analysed"] == nlohmann::json{1, 1, 0});
    CHECK(json["figures"][0]["detection"]["f1"] == 1.0);
    CHECK(json["documents"][2]["status"] == "unreadable");
    CHECK(json["disagreements"][1]["galascan"].is_null());
    CHECK(json["disagreements"][0]["rule"] == "rule 1");
    CHECK(json["floors"]["met"] == true);
}
