#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <variant>

#include "report/json_reader.hpp"
#include "report/merge_reports.hpp"
#include "report/writers.hpp"

using namespace galascan;

namespace {

// Every field a report has, set to something other than its default, including doubles that
// have no short decimal form and a name that is not UTF-8.
Report full_report() {
    Report report;
    report.galascan_version = "9.9.9";
    report.lexicon_files = {"builtin:test.toml", "mijn.toml"};
    report.categories = {CategoryInfo{"mantelzorg", CategoryKind::theme, "Mantelzorg", "MZ"},
                         CategoryInfo{"rol_inwoners", CategoryKind::bouwsteen, "Rol inwoners", "RI"}};
    DocumentReport analysed;
    analysed.path = "plannen/visie \xff.pdf";
    analysed.status = DocumentStatus::partial;
    analysed.reason = "pages 3, 4 have no text";
    analysed.pages = 12;
    analysed.words = 3456;
    analysed.furniture_lines = 7;
    analysed.toc_lines = 11;
    analysed.diagnostics = {"Syntax Error (12): Illegal character"};
    analysed.relevance = RelevanceVerdict{23.4, true, 3000, 2};
    CategoryScore mantelzorg;
    mantelzorg.category = 0;
    mantelzorg.grade = Grade::covered;
    mantelzorg.score = 70;
    mantelzorg.rule = "a heading of its own";
    GradingSignals& s = mantelzorg.signals;
    s = GradingSignals{9, 8, 1, 2, 0.1 + 0.2, 6.5, 4, 3, 3, 2.7, true, 1, 5, 2, 6, 2.5, 2, 3, 180, 4, 700, 0.233};
    mantelzorg.evidence.push_back(Evidence{4, "iv", BlockKind::heading, "mantelzorg", "Mantelzorg",
                                           "=HYPERLINK(\"x\") \x1b[31mMantelzorg", false, true});
    mantelzorg.evidence.push_back(
        Evidence{5, "5", BlockKind::table_row, "zorg*", "zorgen", "… zorgen …", true, false});
    CategoryScore rol;
    rol.category = 1;
    rol.rule = "no entry of the lexicon found in the text";
    analysed.categories = {mantelzorg, rol};
    DocumentReport failed;
    failed.path = "plannen/kapot\n.pdf";
    failed.status = DocumentStatus::damaged;
    failed.reason = "damaged: Poppler cannot parse it";
    report.documents = {analysed, failed};
    return report;
}

Report read_back(const std::string& text) {
    std::variant<Report, ReportReadError> read = read_report(text);
    if (const auto* error = std::get_if<ReportReadError>(&read)) {
        FAIL("not read: " << error->reason);
    }
    return std::get<Report>(read);
}

std::string read_error(const std::string& text) {
    std::variant<Report, ReportReadError> read = read_report(text);
    REQUIRE(std::holds_alternative<ReportReadError>(read));
    return std::get<ReportReadError>(read).reason;
}

std::string jsonl_of(const Report& report) {
    std::ostringstream out;
    for (const DocumentReport& document : report.documents) {
        write_jsonl_document(report, document, out);
    }
    write_jsonl_summary(report, out);
    return out.str();
}

std::string json_of(const Report& report) {
    std::ostringstream out;
    write_json(report, out);
    return out.str();
}

}  // namespace

TEST_CASE("a JSON report reads back field for field, and writes again to the same bytes") {
    const Report report = full_report();
    const Report read = read_back(json_of(report));
    CHECK(read.galascan_version == report.galascan_version);
    CHECK(read.lexicon_files == report.lexicon_files);
    REQUIRE(read.categories.size() == 2);
    CHECK(read.categories[1].short_label == "RI");
    CHECK(read.documents == report.documents);  // the file name's odd byte from file_base64
    CHECK(json_of(read) == json_of(report));
}

TEST_CASE("JSON Lines read back, with the summary after the documents or before them") {
    const Report report = full_report();
    const std::string lines = jsonl_of(report);
    CHECK(read_back(lines).documents == report.documents);
    const std::size_t summary = lines.rfind("{\"type\":\"summary\"");
    REQUIRE(summary != std::string::npos);
    const Report reordered = read_back(lines.substr(summary) + lines.substr(0, summary));
    CHECK(reordered.documents == report.documents);
}

TEST_CASE("concatenated JSON Lines of one lexicon read as one report; of two lexicons they are refused") {
    Report first = full_report();
    Report second = full_report();
    second.documents.erase(second.documents.begin());
    CHECK(read_back(jsonl_of(first) + jsonl_of(second)).documents.size() == 3);
    second.categories[0].label = "Zorg";
    CHECK(read_error(jsonl_of(first) + jsonl_of(second)).find("different lexicons") != std::string::npos);
}

TEST_CASE("what is not a report says why, naming the line and the field") {
    CHECK(read_error("") == "empty: no report");
    CHECK(read_error("hello").find("not JSON") == 0);
    CHECK(read_error("{\"name\": 1}") == "no field 'schema_version'");
    const std::string lines = jsonl_of(full_report());
    const std::string documents_only = lines.substr(0, lines.rfind("{\"type\":\"summary\""));
    CHECK(read_error(documents_only).find("no summary line") == 0);
    std::string unknown = lines;
    unknown.replace(unknown.find("\"damaged\""), 9, "\"melted\"");
    CHECK(read_error(unknown) == "line 2: field 'status' holds 'melted', which this galascan does not know");
    std::string missing = lines;
    missing.replace(missing.find("\"words\":"), 8, "\"wordz\":");
    CHECK(read_error(missing) == "line 1: no field 'words'");
    std::string newer = lines;
    newer.replace(newer.find("\"schema_version\":1"), 18, "\"schema_version\":2");
    CHECK(read_error(newer).find("schema_version 2 is newer") != std::string::npos);
    std::string bad_name = json_of(full_report());
    bad_name.replace(bad_name.find("\"file_base64\": \"") + 16, 4, "!!!!");
    CHECK(read_error(bad_name) == "field 'file_base64' is not base64");
}

TEST_CASE("merge orders documents by path, keeps a file named twice once, and refuses what disagrees") {
    Report report = full_report();
    Report a = report;
    a.documents = {report.documents[1]};  // plannen/kapot\n.pdf
    Report b = report;
    b.documents = {report.documents[0], report.documents[1]};
    std::variant<Report, MergeError> merged = merge_reports({{"a", a}, {"b", b}});
    REQUIRE(std::holds_alternative<Report>(merged));
    const Report& both = std::get<Report>(merged);
    REQUIRE(both.documents.size() == 2);
    CHECK(both.documents[0].path == "plannen/kapot\n.pdf");
    CHECK(both.documents[1].path == "plannen/visie \xff.pdf");

    Report changed = a;
    changed.documents[0].reason = "another reason";
    std::variant<Report, MergeError> conflict = merge_reports({{"a", a}, {"changed", changed}});
    REQUIRE(std::holds_alternative<MergeError>(conflict));
    CHECK(std::get<MergeError>(conflict).reason.find("in more than one report, with different results (in changed)") !=
          std::string::npos);

    Report newer = a;
    newer.galascan_version = "10.0.0";
    std::variant<Report, MergeError> versions = merge_reports({{"a", a}, {"newer", newer}});
    REQUIRE(std::holds_alternative<MergeError>(versions));
    CHECK(std::get<MergeError>(versions).reason ==
          "a and newer cannot be merged: written by galascan 9.9.9 and galascan 10.0.0");
    CHECK(std::holds_alternative<MergeError>(merge_reports({})));
}
