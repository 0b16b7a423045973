// galascan evaluate's table, for a person: the headline figures side by side per split, the
// agreement per category, the confusion matrices, then every document with its disagreements
// and galascan's reason for each. Every figure was computed in evaluation.cpp.

#include <algorithm>
#include <optional>
#include <string>

#include <fmt/core.h>

#include "report/sanitise.hpp"
#include "report/writers.hpp"

namespace galascan {

namespace {

constexpr int label_width = 28;   // the figure names on the left
constexpr int column_width = 16;  // one column per split

std::string fraction(const std::optional<double>& value) {
    return value ? fmt::format("{:.3f}", *value) : std::string("undefined");
}

// "0.925 111/120": a figure, and the counts it is the share of.
std::string share(const std::optional<double>& value, int part, int whole) {
    return fmt::format("{} {}/{}", fraction(value), part, whole);
}

// One line of the figures grid: a name, then a cell per column.
template <typename Cell>
void grid_row(const Evaluation& evaluation, const std::string& name, Cell cell, std::ostream& out) {
    std::string line = fmt::format("{:<{}}", name, label_width);
    for (const AgreementFigures& column : evaluation.figures) {
        line += fmt::format("{:<{}}", cell(column), column_width);
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
}

void write_heading(const Evaluation& evaluation, std::ostream& out) {
    const AgreementFigures& all = evaluation.figures.back();
    out << fmt::format("galascan evaluate: {}: {} label{} on {} document{}", escape_controls(evaluation.labels_file),
                       all.confusion.total(), all.confusion.total() == 1 ? "" : "s", all.documents,
                       all.documents == 1 ? "" : "s");
    if (evaluation.not_analysed > 0) {
        out << fmt::format(", {} not analysed (their labels count as disagreements)", evaluation.not_analysed);
    }
    out << "\n\n";
}

void write_figures(const Evaluation& evaluation, std::ostream& out) {
    using Column = AgreementFigures;
    grid_row(
        evaluation, "", [](const Column& c) { return escape_controls(c.split); }, out);
    grid_row(
        evaluation, "documents", [](const Column& c) { return std::to_string(c.documents); }, out);
    const auto accuracy = [](const Column& c) { return share(c.accuracy, c.confusion.agreed(), c.confusion.total()); };
    grid_row(evaluation, "exact accuracy", accuracy, out);
    grid_row(
        evaluation, "quadratic-weighted kappa", [](const Column& c) { return fraction(c.kappa); }, out);
    grid_row(
        evaluation, "detection F1", [](const Column& c) { return fraction(c.detection.f1); }, out);
    const auto precision = [](const Column& c) {
        const Detection& d = c.detection;
        return share(d.precision, d.true_positives, d.true_positives + d.false_positives);
    };
    grid_row(evaluation, "  precision", precision, out);
    const auto recall = [](const Column& c) {
        const Detection& d = c.detection;
        return share(d.recall, d.true_positives, d.true_positives + d.false_negatives);
    };
    grid_row(evaluation, "  recall", recall, out);
}

const CategoryAgreement* agreement_of(const AgreementFigures& column, CategoryIndex category) {
    for (const CategoryAgreement& agreement : column.categories) {
        if (agreement.category == category) {
            return &agreement;
        }
    }
    return nullptr;
}

// Categories in lexicon order; those no label names are left out.
void write_categories(const Evaluation& evaluation, std::ostream& out) {
    out << "\nagreement per category\n";
    for (CategoryIndex category = 0; category < evaluation.categories.size(); ++category) {
        if (agreement_of(evaluation.figures.back(), category) == nullptr) {
            continue;  // the last column holds every label
        }
        const auto cell = [category](const AgreementFigures& column) {
            const CategoryAgreement* agreement = agreement_of(column, category);
            return agreement == nullptr ? std::string("-")  // no label of it in this split
                                        : share(agreement->accuracy, agreement->agreed, agreement->labels);
        };
        grid_row(evaluation, "  " + evaluation.categories[category].id, cell, out);
    }
}

void write_confusion(const AgreementFigures& figures, std::ostream& out) {
    const bool any_not_analysed = [&figures] {
        for (const auto& row : figures.confusion.counts) {
            if (row[ConfusionMatrix::not_analysed] > 0) {
                return true;
            }
        }
        return false;
    }();
    out << fmt::format("\nconfusion matrix, {} (rows: analyst, columns: galascan)\n", escape_controls(figures.split));
    out << fmt::format("  {:<11}{:>8}{:>11}{:>9}{}\n", "", "absent", "mentioned", "covered",
                       any_not_analysed ? "  not analysed" : "");
    for (int row = 0; row < ConfusionMatrix::grades; ++row) {
        const auto& counts = figures.confusion.counts[row];
        out << fmt::format("  {:<11}{:>8}{:>11}{:>9}", grade_name(static_cast<Grade>(row)), counts[0], counts[1],
                           counts[2]);
        out << (any_not_analysed ? fmt::format("{:>14}", counts[ConfusionMatrix::not_analysed]) : "") << '\n';
    }
}

void write_documents(const Evaluation& evaluation, std::ostream& out) {
    out << "\ndocuments: labels agreed; where galascan differs, its grade, the analyst's and galascan's reason\n";
    std::size_t split_width = 0;  // so that the file names line up
    for (const DocumentAgreement& document : evaluation.documents) {
        split_width = std::max(split_width, display_width(escape_controls(document.split)));
    }
    std::size_t next = 0;  // disagreements are in document order
    for (std::size_t index = 0; index < evaluation.documents.size(); ++index) {
        const DocumentAgreement& document = evaluation.documents[index];
        const std::string split = escape_controls(document.split);
        out << fmt::format("  {:>5}  {}{}\n", fmt::format("{}/{}", document.agreed, document.labels),
                           split_width == 0 ? "" : split + std::string(split_width + 2 - display_width(split), ' '),
                           escape_controls(document.file));
        if (!is_analysed(document.status)) {
            out << fmt::format("         not analysed ({}): {}\n", status_name(document.status),
                               escape_controls(document.reason));
        }
        for (; next < evaluation.disagreements.size() && evaluation.disagreements[next].document == index; ++next) {
            const Disagreement& disagreement = evaluation.disagreements[next];
            if (disagreement.galascan) {
                out << fmt::format("         {:<26}galascan {:<11}analyst {:<11}{}\n",
                                   evaluation.categories[disagreement.category].id, grade_name(*disagreement.galascan),
                                   grade_name(disagreement.analyst), escape_controls(disagreement.rule));
            }
        }
    }
}

void write_floors(const Evaluation& evaluation, std::ostream& out) {
    const Floors& floors = evaluation.floors;
    if (!floors.accuracy && !floors.kappa && !floors.f1) {
        return;
    }
    out << "\nfloors:";
    out << (floors.accuracy ? fmt::format(" accuracy {:.3f}", *floors.accuracy) : "");
    out << (floors.kappa ? fmt::format(" kappa {:.3f}", *floors.kappa) : "");
    out << (floors.f1 ? fmt::format(" detection F1 {:.3f}", *floors.f1) : "");
    out << (evaluation.shortfalls.empty() ? ": met\n" : ": NOT met\n");
    for (const Shortfall& shortfall : evaluation.shortfalls) {
        out << "  " << escape_controls(shortfall_text(shortfall)) << '\n';
    }
}

}  // namespace

void write_evaluation_table(const Evaluation& evaluation, std::ostream& out) {
    write_heading(evaluation, out);
    write_figures(evaluation, out);
    write_categories(evaluation, out);
    for (const AgreementFigures& figures : evaluation.figures) {
        write_confusion(figures, out);
    }
    write_documents(evaluation, out);
    write_floors(evaluation, out);
}

}  // namespace galascan
