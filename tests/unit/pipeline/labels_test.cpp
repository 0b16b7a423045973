// The labels reader: what a spreadsheet exports is read, every mistake is named with its line.
#include <doctest/doctest.h>

#include <string>

#include "lexicon/load_lexicon.hpp"
#include "pipeline/labels.hpp"

using namespace galascan;

namespace {

// mantelzorg (0), eenzaamheid (1), rol_inwoners (2).
const Lexicon& mini_lexicon() {
    static const Lexicon lexicon = load_lexicon_files({std::string(GALASCAN_TEST_DATA_DIR) + "/mini-lexicon.toml"});
    return lexicon;
}

Labels parse(const std::string& content) {
    return parse_labels(content, "labels.csv", mini_lexicon());
}

// The ConfigError message parse() throws, or "" when it does not.
std::string error_of(const std::string& content) {
    try {
        parse(content);
    } catch (const ConfigError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("labels: files in order of first appearance, one Label per row") {
    const Labels labels = parse(
        "file,category,grade\n"
        "a.pdf,mantelzorg,covered\n"
        "b.pdf,mantelzorg,absent\n"
        "a.pdf,rol_inwoners,mentioned\n");
    CHECK(labels.source == "labels.csv");
    CHECK_FALSE(labels.has_split);
    CHECK(labels.splits.empty());
    REQUIRE(labels.files.size() == 2);
    CHECK(labels.files[0].file == "a.pdf");
    CHECK(labels.files[1].file == "b.pdf");
    REQUIRE(labels.labels.size() == 3);
    CHECK(labels.labels[2].file == 0);
    CHECK(labels.labels[2].category == 2);
    CHECK(labels.labels[2].grade == Grade::mentioned);
    CHECK(labels.labels[2].line == 4);
}

TEST_CASE("labels: what a spreadsheet exports") {
    SUBCASE("columns in any order, extra columns ignored, a split column") {
        const Labels labels = parse(
            "notes,grade,split,category,file\n"
            "\"seen p. 3, 4\",covered,test,eenzaamheid,x.pdf\n");
        CHECK(labels.has_split);
        CHECK(labels.splits == std::vector<std::string>{"test"});
        CHECK(labels.files[0].split == "test");
        CHECK(labels.labels[0].category == 1);
    }
    SUBCASE("BOM, CRLF, quoted fields with quotes and line breaks, blank lines, spaces around values") {
        const Labels labels = parse(
            "\xEF\xBB\xBF"
            "file,category,grade,remark\r\n"
            "\r\n"
            "\"plans/a \"\"b\"\".pdf\", mantelzorg ,covered,\"two\r\nlines\"\r\n"
            "c.pdf,eenzaamheid,absent,\r\n");
        REQUIRE(labels.files.size() == 2);
        CHECK(labels.files[0].file == "plans/a \"b\".pdf");
        CHECK(labels.labels[1].line == 5);  // after a quoted line break, lines still count from the file
    }
    SUBCASE("no line end after the last row") {
        CHECK(parse("file,category,grade\na.pdf,mantelzorg,absent").labels.size() == 1);
    }
    SUBCASE("two spellings of one path are one file") {
        const Labels labels =
            parse("file,category,grade\npdf/a.pdf,mantelzorg,absent\npdf/./a.pdf,eenzaamheid,absent\n");
        CHECK(labels.files.size() == 1);
    }
}

TEST_CASE("labels: mistakes are named with file:line") {
    CHECK(error_of("file,category,grade\na.pdf,mantelzorg,coverd\n") ==
          "labels.csv:2: unknown grade 'coverd': write absent, mentioned or covered");
    CHECK(error_of("file,category,grade\na.pdf,mantelzrog,covered\n") ==
          "labels.csv:2: unknown category 'mantelzrog': the lexicon's ids are mantelzorg, eenzaamheid, rol_inwoners");
    CHECK(error_of(
              "file,category,grade\na.pdf,mantelzorg,covered\nb.pdf,mantelzorg,covered\na.pdf,mantelzorg,absent\n") ==
          "labels.csv:4: a.pdf is labelled a second time for this category (first on line 2)");
    CHECK(error_of("file,category,grade,split\na.pdf,mantelzorg,covered,dev\na.pdf,eenzaamheid,covered,test\n") ==
          "labels.csv:3: a.pdf is in split 'test' here and in 'dev' on line 2: a file belongs to one split");
    CHECK(error_of("file,category,grade,split\na.pdf,mantelzorg,covered,\n") ==
          "labels.csv:2: no split (the header has a split column, so every row needs one)");
    CHECK(error_of("file,category,grade,split\na.pdf,mantelzorg,covered,all\n") ==
          "labels.csv:2: 'all' cannot be a split name: it stands for every split together");
    CHECK(error_of("file,category,grade\na.pdf,mantelzorg\n") == "labels.csv:2: 2 fields, but the header has 3");
    CHECK(error_of("file,category,grade\n\"a.pdf,mantelzorg,covered\n") ==
          "labels.csv:2: a quoted field is never closed");
    CHECK(error_of("file,category,grade\n\"a\"b.pdf,mantelzorg,covered\n") ==
          "labels.csv:2: text after a closing quote (a quote inside a field is written \"\")");
    CHECK(error_of("file,kategorie,grade\n") ==
          "labels.csv:1: the header needs the columns file, category and grade (and may have split); it has "
          "file,kategorie,grade");
    CHECK(error_of("file,category,grade\n") == "labels.csv: no labels, only a header");
    CHECK(error_of("") == "labels.csv: empty: the first line must be a header such as file,category,grade");
    CHECK(error_of("file,category,grade\n,mantelzorg,covered\n") == "labels.csv:2: no file");
}

TEST_CASE("labels: a file that cannot be read, a folder") {
    CHECK_THROWS_WITH_AS(read_labels("/nonexistent/labels.csv", mini_lexicon()),
                         "/nonexistent/labels.csv: cannot read the labels file", ConfigError);
    CHECK_THROWS_WITH_AS(read_labels(GALASCAN_TEST_DATA_DIR, mini_lexicon()),
                         (std::string(GALASCAN_TEST_DATA_DIR) + ": a folder, not a labels file").c_str(), ConfigError);
}

TEST_CASE("labels: --split keeps the chosen splits, files renumbered") {
    const Labels labels = parse(
        "file,category,grade,split\n"
        "a.pdf,mantelzorg,covered,dev\n"
        "b.pdf,mantelzorg,absent,test\n"
        "c.pdf,mantelzorg,absent,dev\n"
        "b.pdf,eenzaamheid,covered,test\n");
    CHECK(labels.splits == std::vector<std::string>{"dev", "test"});
    SUBCASE("one split") {
        const Labels test = select_splits(labels, {"test"});
        CHECK(test.splits == std::vector<std::string>{"test"});
        REQUIRE(test.files.size() == 1);
        CHECK(test.files[0].file == "b.pdf");
        REQUIRE(test.labels.size() == 2);
        CHECK(test.labels[0].file == 0);
        CHECK(test.labels[1].file == 0);
    }
    SUBCASE("none chosen: every label") {
        CHECK(select_splits(labels, {}).labels.size() == 4);
    }
    SUBCASE("an unknown split") {
        CHECK_THROWS_WITH_AS(select_splits(labels, {"tset"}),
                             "--split tset: no label in labels.csv has this split (its splits: dev, test)",
                             ConfigError);
    }
    SUBCASE("labels without a split column") {
        CHECK_THROWS_WITH_AS(select_splits(parse("file,category,grade\na.pdf,mantelzorg,absent\n"), {"dev"}),
                             "--split dev: labels.csv has no split column", ConfigError);
    }
}
