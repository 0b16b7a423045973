#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "report/sanitise.hpp"
#include "report/writers.hpp"

using namespace galascan;

namespace {

Report sample_report() {
    Report report;
    report.galascan_version = "9.9.9";
    report.lexicon_files = {"builtin:test.toml"};
    report.categories = {CategoryInfo{"mantelzorg", CategoryKind::theme, "Mantelzorg", "MZ"},
                         CategoryInfo{"rol_inwoners", CategoryKind::bouwsteen, "Rol inwoners", "INW"}};
    DocumentReport analysed;
    analysed.path = "plannen/visie.pdf";
    analysed.pages = 12;
    analysed.words = 3456;
    CategoryScore mantelzorg;
    mantelzorg.category = 0;
    mantelzorg.grade = Grade::covered;
    mantelzorg.score = 70;
    mantelzorg.signals.hits = 9;
    mantelzorg.signals.counted_hits = 9;
    mantelzorg.signals.pages = 3;
    mantelzorg.evidence.push_back(Evidence{4, "iv", BlockKind::heading, "mantelzorg", "Mantelzorg",
                                           "=HYPERLINK(\"x\") \x1b[31mMantelzorg"});
    CategoryScore rol;
    rol.category = 1;
    analysed.categories = {mantelzorg, rol};
    DocumentReport failed;
    failed.path = "plannen/kapot\n.pdf";
    failed.status = DocumentStatus::damaged;
    failed.reason = "damaged: Poppler cannot parse it";
    report.documents = {analysed, failed};
    return report;
}

}  // namespace

TEST_CASE("CSV: a header, one row per document, failed rows without grades") {
    std::ostringstream out;
    write_csv(sample_report(), out);
    CHECK(out.str() ==
          "file,status,reason,pages,words,mantelzorg_grade,mantelzorg_score,rol_inwoners_grade,rol_inwoners_score,"
          "furniture_lines,toc_lines,content_hash,pdf_title,pdf_author,pdf_created,pdf_modified,pdf_producer,"
          "mantelzorg_hits_per_1000_words,mantelzorg_pages_with_hits,rol_inwoners_hits_per_1000_words,"
          "rol_inwoners_pages_with_hits\r\n"
          "plannen/visie.pdf,ok,,12,3456,covered,70,absent,0,0,0,,,,,,,0.0,3,0.0,0\r\n"
          "plannen/kapot\\n.pdf,damaged,damaged: Poppler cannot parse it,0,0,,,,,0,0,,,,,,,,,,\r\n");
}

TEST_CASE("CSV: content hash, the PDF's metadata, relative frequencies and tags at the end of the row") {
    Report report = sample_report();
    DocumentReport& analysed = report.documents[0];
    analysed.content_hash = "99aa06d3014798d86001c324468d497f";
    analysed.info = PdfInfo{"=HYPERLINK(\"x\")", "\x1b]0;pwned\aJan", "Writer, 1.0", "2024-03-05T09:30:00Z", ""};
    analysed.categories[0].signals.hits_per_1000_words = 2.6;
    analysed.tags = {{"gemeente", "@Utrecht"}, {"jaar", "2024"}};
    report.documents[1].tags = {{"gemeente", "Zwolle"}, {"jaar", ""}};
    std::ostringstream out;
    write_csv(report, out);
    CHECK(out.str() ==
          "file,status,reason,pages,words,mantelzorg_grade,mantelzorg_score,rol_inwoners_grade,rol_inwoners_score,"
          "furniture_lines,toc_lines,content_hash,pdf_title,pdf_author,pdf_created,pdf_modified,pdf_producer,"
          "mantelzorg_hits_per_1000_words,mantelzorg_pages_with_hits,rol_inwoners_hits_per_1000_words,"
          "rol_inwoners_pages_with_hits,tag_gemeente,tag_jaar\r\n"
          "plannen/visie.pdf,ok,,12,3456,covered,70,absent,0,0,0,99aa06d3014798d86001c324468d497f,"
          "\"'=HYPERLINK(\"\"x\"\")\",\\x1b]0;pwned\\x07Jan,2024-03-05T09:30:00Z,,\"Writer, 1.0\",2.6,3,0.0,0,"
          "'@Utrecht,2024\r\n"
          "plannen/kapot\\n.pdf,damaged,damaged: Poppler cannot parse it,0,0,,,,,0,0,,,,,,,,,,,Zwolle,\r\n");
}

TEST_CASE("JSON: the contract fields, parsed back") {
    std::ostringstream out;
    write_json(sample_report(), out);
    const nlohmann::json json = nlohmann::json::parse(out.str());
    CHECK(json["schema_version"] == 1);
    CHECK(json["galascan_version"] == "9.9.9");
    REQUIRE(json["documents"].size() == 2);
    const nlohmann::json& document = json["documents"][0];
    CHECK(document["file"] == "plannen/visie.pdf");
    CHECK(document["status"] == "ok");
    CHECK(document["pages"] == 12);
    CHECK(document["words"] == 3456);
    const nlohmann::json& category = document["categories"][0];
    CHECK(category["id"] == "mantelzorg");
    CHECK(category["kind"] == "theme");
    CHECK(category["grade"] == "covered");
    CHECK(category["score"] == 70);
    CHECK(category["hits"] == 9);
    const nlohmann::json& evidence = category["evidence"][0];
    CHECK(evidence["page"] == 4);
    CHECK(evidence["page_label"] == "iv");
    CHECK(evidence["term"] == "mantelzorg");
    CHECK(evidence["text"] == "Mantelzorg");
    CHECK(evidence["snippet"] == "=HYPERLINK(\"x\") \x1b[31mMantelzorg");  // JSON escapes it; the text stays exact
    CHECK(out.str().find('\x1b') == std::string::npos);
    CHECK(document["content_hash"].is_null());  // not known: null, not ""
    CHECK(document["pdf"]["title"].is_null());
    CHECK(document["tags"] == nlohmann::json::object());
    CHECK(json["documents"][1]["file"] == "plannen/kapot\n.pdf");
    CHECK(json["documents"][1]["status"] == "damaged");
    CHECK(json["documents"][1]["categories"].empty());
    CHECK(json["summary"]["failed"] == 1);
}

TEST_CASE("JSON: content hash, the PDF's metadata exactly (JSON escapes controls), tags as an object") {
    Report report = sample_report();
    DocumentReport& analysed = report.documents[0];
    analysed.content_hash = "99aa06d3014798d86001c324468d497f";
    analysed.info = PdfInfo{"=Titel", "\x1b]0;pwned\aJan", "", "2024-03-05T09:30:00Z", ""};
    analysed.tags = {{"gemeente", "Utrecht"}, {"jaar", "2024"}};
    std::ostringstream out;
    write_json(report, out);
    CHECK(out.str().find('\x1b') == std::string::npos);
    const nlohmann::json document = nlohmann::json::parse(out.str())["documents"][0];
    CHECK(document["content_hash"] == "99aa06d3014798d86001c324468d497f");
    CHECK(document["pdf"] == nlohmann::json{{"title", "=Titel"}, {"author", "\x1b]0;pwned\aJan"}, {"created", "2024-03-05T09:30:00Z"},
                                            {"modified", nullptr}, {"producer", nullptr}});
    CHECK(document["tags"] == nlohmann::json{{"gemeente", "Utrecht"}, {"jaar", "2024"}});
}

TEST_CASE("table: a batch grid with status rows and no escape bytes without colour") {
    std::ostringstream out;
    write_table(sample_report(), out, TableStyle{});
    const std::string table = out.str();
    CHECK(table.find("MZ ") != std::string::npos);
    CHECK(table.find("plannen/kapot\\n.pdf") != std::string::npos);
    CHECK(table.find("damaged: Poppler cannot parse it") != std::string::npos);
    CHECK(table.find("2 documents: 1 analysed, 1 could not be analysed") != std::string::npos);
    CHECK(table.find('\x1b') == std::string::npos);
}

TEST_CASE("table: one document shows grades with evidence, hostile snippet text defused") {
    Report report = sample_report();
    report.documents.pop_back();
    std::ostringstream out;
    write_table(report, out, TableStyle{});
    const std::string table = out.str();
    CHECK(table.find("covered   Mantelzorg") != std::string::npos);
    CHECK(table.find("p. iv") != std::string::npos);
    CHECK(table.find("\\x1b[31m[Mantelzorg]") != std::string::npos);
    CHECK(table.find('\x1b') == std::string::npos);
}

TEST_CASE("table: colour only when the style asks for it") {
    std::ostringstream out;
    write_table(sample_report(), out, TableStyle{true, 0});
    CHECK(out.str().find("\x1b[32m") != std::string::npos);
}

TEST_CASE("JSON: a file name that is not UTF-8 keeps its exact bytes in file_base64; a UTF-8 one has none") {
    Report report = sample_report();
    DocumentReport document = report.documents[0];
    report.documents.clear();
    // Expected values from coreutils: printf 'plan\xff.pdf' | base64, and so on; the three
    // lengths cover base64's three endings (==, =, none).
    const std::vector<std::pair<std::string, std::string>> names{
        {"plan\xff.pdf", "cGxhbv8ucGRm"}, {"\xfe", "/g=="}, {"a\xc3", "YcM="}, {"plan-\xc3\xbc.pdf", ""}};
    for (const auto& [name, encoded] : names) {
        document.path = name;
        report.documents.push_back(document);
    }
    std::ostringstream out;
    write_json(report, out);
    const nlohmann::json json = nlohmann::json::parse(out.str());
    REQUIRE(json["documents"].size() == names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        const nlohmann::json& written = json["documents"][i];
        CAPTURE(i);
        if (names[i].second.empty()) {
            CHECK(written["file"] == names[i].first);
            CHECK_FALSE(written.contains("file_base64"));
        } else {
            CHECK(written["file_base64"] == names[i].second);
        }
    }
    std::ostringstream line;
    write_jsonl_document(report, report.documents[0], line);
    CHECK(nlohmann::json::parse(line.str())["file_base64"] == "cGxhbv8ucGRm");
}

TEST_CASE("table: a lexicon's labels and short labels reach the terminal escaped") {
    Report report = sample_report();
    report.categories[0].label = "Mantel\x1b]0;titel\x07zorg";
    report.categories[0].short_label = "M\x1b[31m";
    for (const bool batch : {true, false}) {
        CAPTURE(batch);
        if (!batch) {
            report.documents.pop_back();
        }
        std::ostringstream out;
        write_table(report, out, TableStyle{});
        const std::string table = out.str();
        CHECK(table.find("Mantel\\x1b]0;titel\\x07zorg") != std::string::npos);
        CHECK(table.find('\x1b') == std::string::npos);
        CHECK(table.find('\x07') == std::string::npos);
        if (batch) {
            CHECK(table.find("M\\x1b[31m ") != std::string::npos);
        }
    }
}

TEST_CASE("CSV excel-nl: byte-order mark, ';' between fields, a ';' quoted and a comma not") {
    Report report = sample_report();
    report.documents[1].reason = "damaged; at offset 1,5";
    std::ostringstream out;
    write_csv(report, out, excel_nl_dialect);
    CHECK(out.str() ==
          "\xEF\xBB\xBF"
          "file;status;reason;pages;words;mantelzorg_grade;mantelzorg_score;rol_inwoners_grade;rol_inwoners_score;"
          "furniture_lines;toc_lines\r\n"
          "plannen/visie.pdf;ok;;12;3456;covered;70;absent;0;0;0\r\n"
          "plannen/kapot\\n.pdf;damaged;\"damaged; at offset 1,5\";0;0;;;;;0;0\r\n");
}

TEST_CASE("CSV long: a row per evidence line, one per category without, one per failed document") {
    Report report = sample_report();
    report.documents[0].categories[0].rule = "a heading of its own";
    std::ostringstream out;
    write_csv_long(report, out);
    CHECK(out.str() ==
          "file,status,reason,category,grade,score,rule,page,page_label,block,term,text,snippet\r\n"
          "plannen/visie.pdf,ok,,mantelzorg,covered,70,a heading of its own,4,iv,heading,mantelzorg,Mantelzorg,"
          "\"'=HYPERLINK(\"\"x\"\") \\x1b[31mMantelzorg\"\r\n"
          "plannen/visie.pdf,ok,,rol_inwoners,absent,0,,,,,,,\r\n"
          "plannen/kapot\\n.pdf,damaged,damaged: Poppler cannot parse it,,,,,,,,,,\r\n");
}

TEST_CASE("xlsx: a zip, the same bytes for the same report, a cell past Excel's limit cut, not refused") {
    Report report = sample_report();
    report.documents[0].categories[0].evidence[0].snippet = std::string(40000, 'a');
    std::ostringstream first;
    std::ostringstream second;
    write_xlsx(report, first);
    write_xlsx(report, second);
    CHECK(first.str().substr(0, 4) == "PK\x03\x04");
    CHECK(first.str() == second.str());
    report.documents[0].path = "plannen/ander.pdf";
    std::ostringstream changed;
    write_xlsx(report, changed);
    CHECK(changed.str() != first.str());
}

namespace {

// One document whose only evidence line has its hit far to the right of a long snippet.
Report long_snippet_report(std::string snippet, std::string matched) {
    Report report = sample_report();
    report.documents.pop_back();
    Evidence& evidence = report.documents.front().categories.front().evidence.front();
    evidence.snippet = std::move(snippet);
    evidence.text = std::move(matched);
    return report;
}

// The table's evidence lines (those starting with the evidence indent and "p. ").
std::vector<std::string> evidence_lines(const std::string& table) {
    std::vector<std::string> lines;
    std::istringstream in(table);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("            p. ", 0) == 0) {
            lines.push_back(line);
        }
    }
    return lines;
}

}  // namespace

TEST_CASE("table: an evidence line is centred on its hit and fits 60, 80 and 120 columns") {
    std::string before;
    for (int i = 0; i < 30; ++i) {
        before += "één woord ";  // multi-byte: fitting must count columns, not bytes
    }
    std::string after;
    for (int i = 0; i < 30; ++i) {
        after += " en verder";
    }
    const Report report = long_snippet_report(before + "mantelzorgers" + after, "mantelzorgers");
    for (const int width : {60, 80, 120}) {
        CAPTURE(width);
        std::ostringstream out;
        write_table(report, out, TableStyle{false, width});
        const std::vector<std::string> lines = evidence_lines(out.str());
        REQUIRE(lines.size() == 1);
        CHECK(display_width(lines[0]) <= static_cast<std::size_t>(width));
        CHECK(lines[0].find("[mantelzorgers]") != std::string::npos);
        CHECK(lines[0].find("p. iv   …") != std::string::npos);  // cut on the left, before the hit
        CHECK(lines[0].substr(lines[0].size() - 3) == "…");  // and on the right
    }
}

TEST_CASE("table: the matched words bold with colour, in brackets without, uncut at width 0") {
    const Report report = long_snippet_report("De mantelzorg in Oosterveen", "mantelzorg");
    std::ostringstream plain;
    write_table(report, plain, TableStyle{false, 0});
    CHECK(plain.str().find("De [mantelzorg] in Oosterveen") != std::string::npos);
    std::ostringstream coloured;
    write_table(report, coloured, TableStyle{true, 0});
    CHECK(coloured.str().find("De \x1b[1mmantelzorg\x1b[0m in Oosterveen") != std::string::npos);
}

TEST_CASE("table: a hostile snippet stays escaped when centred; unknown match falls back to the cut snippet") {
    const Report report = long_snippet_report(std::string(100, 'x') + " \x1b]0;pwn\x07 zorg \x1b[2J", "zorg");
    std::ostringstream out;
    write_table(report, out, TableStyle{true, 60});
    const std::vector<std::string> lines = evidence_lines(out.str());
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("\\x1b]0;pwn") != std::string::npos);
    CHECK(lines[0].find("\x1b]") == std::string::npos);
    CHECK(lines[0].find("\x1b[2J") == std::string::npos);
    CHECK(lines[0].find("\x1b[1mzorg\x1b[0m") != std::string::npos);
    const Report missing = long_snippet_report(std::string(100, 'y'), "elders");
    std::ostringstream cut;
    write_table(missing, cut, TableStyle{false, 60});
    REQUIRE(evidence_lines(cut.str()).size() == 1);
    CHECK(display_width(evidence_lines(cut.str())[0]) <= 60);
}

TEST_CASE("table: one document closes with a verdict and an explain hint, the file name shell-quoted") {
    Report report = sample_report();
    report.documents.pop_back();
    report.documents.front().path = "plannen/Visie it's.pdf";
    report.documents.front().categories.back().evidence.push_back(
        Evidence{2, "2", BlockKind::paragraph, "inwoners", "inwoners", "de inwoners zelf"});
    report.documents.front().categories.back().rule = "only weak signals";
    std::ostringstream out;
    write_table(report, out, TableStyle{});
    const std::string table = out.str();
    CHECK(table.find("0 of 1 themes absent; 1 of 1 bouwstenen absent: Rol inwoners\n") != std::string::npos);
    CHECK(table.find("why: galascan explain 'plannen/Visie it'\\''s.pdf' rol_inwoners\n") != std::string::npos);
    CHECK(table.find("not counted: only weak signals") != std::string::npos);
}
