// galascan evaluate --format json, for scripts and CI. With json_writer.cpp, the only file that
// sees nlohmann-json. Field names are a contract (docs/output-formats.md, "galascan evaluate"):
// add fields, never rename or remove them.

#include <optional>

#include <nlohmann/json.hpp>

#include "report/writers.hpp"

namespace galascan {

namespace {

using Json = nlohmann::ordered_json;

// An undefined figure (kappa of one grade only, precision with nothing found) is null.
Json figure(const std::optional<double>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json detection_json(const Detection& detection) {
    return Json{{"f1", figure(detection.f1)},
                {"precision", figure(detection.precision)},
                {"recall", figure(detection.recall)},
                {"true_positives", detection.true_positives},
                {"false_positives", detection.false_positives},
                {"false_negatives", detection.false_negatives},
                {"true_negatives", detection.true_negatives}};
}

// The 3x3 matrix of analysed labels, and per analyst grade the labels of files not analysed.
Json confusion_json(const ConfusionMatrix& confusion) {
    Json matrix = Json::array();
    Json not_analysed = Json::array();
    for (const auto& row : confusion.counts) {
        matrix.push_back(Json{row[0], row[1], row[2]});
        not_analysed.push_back(row[ConfusionMatrix::not_analysed]);
    }
    return Json{{"rows", "analyst"},
                {"columns", "galascan"},
                {"grades", Json{"absent", "mentioned", "covered"}},
                {"matrix", std::move(matrix)},
                {"not_analysed", std::move(not_analysed)}};
}

Json figures_json(const Evaluation& evaluation, const AgreementFigures& figures) {
    Json categories = Json::array();
    for (const CategoryAgreement& agreement : figures.categories) {
        categories.push_back(Json{{"id", evaluation.categories.at(agreement.category).id},
                                  {"labels", agreement.labels},
                                  {"agreed", agreement.agreed},
                                  {"accuracy", agreement.accuracy}});
    }
    return Json{{"split", figures.split},
                {"labels", figures.confusion.total()},
                {"documents", figures.documents},
                {"agreed", figures.confusion.agreed()},
                {"accuracy", figure(figures.accuracy)},
                {"kappa", figure(figures.kappa)},
                {"detection", detection_json(figures.detection)},
                {"confusion", confusion_json(figures.confusion)},
                {"categories", std::move(categories)}};
}

Json documents_json(const Evaluation& evaluation) {
    Json documents = Json::array();
    for (const DocumentAgreement& document : evaluation.documents) {
        Json differing = Json::array();
        for (CategoryIndex category : document.differing) {
            differing.push_back(evaluation.categories.at(category).id);
        }
        documents.push_back(Json{{"file", document.file},
                                 {"path", document.path},
                                 {"split", document.split},
                                 {"status", status_name(document.status)},
                                 {"reason", document.reason},
                                 {"labels", document.labels},
                                 {"agreed", document.agreed},
                                 {"differing", std::move(differing)}});
    }
    return documents;
}

Json disagreements_json(const Evaluation& evaluation) {
    Json disagreements = Json::array();
    for (const Disagreement& disagreement : evaluation.disagreements) {
        const DocumentAgreement& document = evaluation.documents.at(disagreement.document);
        disagreements.push_back(
            Json{{"file", document.file},
                 {"split", document.split},
                 {"category", evaluation.categories.at(disagreement.category).id},
                 {"galascan", disagreement.galascan ? Json(grade_name(*disagreement.galascan)) : Json(nullptr)},
                 {"analyst", grade_name(disagreement.analyst)},
                 {"rule", disagreement.rule}});
    }
    return disagreements;
}

Json floors_json(const Evaluation& evaluation) {
    Json shortfalls = Json::array();
    for (const Shortfall& shortfall : evaluation.shortfalls) {
        shortfalls.push_back(Json{{"figure", shortfall.figure},
                                  {"split", shortfall.split},
                                  {"value", figure(shortfall.value)},
                                  {"floor", shortfall.floor}});
    }
    return Json{{"accuracy", figure(evaluation.floors.accuracy)},
                {"kappa", figure(evaluation.floors.kappa)},
                {"f1", figure(evaluation.floors.f1)},
                {"met", evaluation.shortfalls.empty()},
                {"shortfalls", std::move(shortfalls)}};
}

}  // namespace

void write_evaluation_json(const Evaluation& evaluation, std::ostream& out) {
    Json figures = Json::array();
    for (const AgreementFigures& column : evaluation.figures) {
        figures.push_back(figures_json(evaluation, column));
    }
    const Json root{{"schema_version", 1},
                    {"galascan_version", evaluation.galascan_version},
                    {"lexicon", Json{{"files", evaluation.lexicon_files}}},
                    {"labels_file", evaluation.labels_file},
                    {"not_analysed", evaluation.not_analysed},
                    {"figures", std::move(figures)},
                    {"documents", documents_json(evaluation)},
                    {"disagreements", disagreements_json(evaluation)},
                    {"floors", floors_json(evaluation)}};
    // "replace": a file name from the labels need not be valid UTF-8.
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace galascan
