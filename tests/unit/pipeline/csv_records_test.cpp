// RFC 4180 records with their line numbers.
#include <doctest/doctest.h>

#include "lexicon/load_lexicon.hpp"
#include "pipeline/csv_records.hpp"

using namespace galascan;

TEST_CASE("csv: fields, quotes, line ends") {
    const std::vector<CsvRecord> records =
        read_csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\n\"two\nlines\",x,\nlast", "t.csv");
    REQUIRE(records.size() == 3);
    CHECK(records[0].line == 1);
    CHECK(records[0].fields == std::vector<std::string>{"a", "b,c", "say \"hi\""});
    CHECK(records[1].line == 3);  // the blank line 2 is left out
    CHECK(records[1].fields == std::vector<std::string>{"two\nlines", "x", ""});
    CHECK(records[2].line == 5);
    CHECK(records[2].fields == std::vector<std::string>{"last"});
}

TEST_CASE("csv: a byte order mark is skipped, an empty text has no records") {
    CHECK(read_csv("\xEF\xBB\xBFid\n", "t.csv").front().fields == std::vector<std::string>{"id"});
    CHECK(read_csv("", "t.csv").empty());
    CHECK(read_csv("\r\n\r\n", "t.csv").empty());
}

TEST_CASE("csv: broken quoting names the line") {
    CHECK_THROWS_WITH_AS(read_csv("a\n\"open,\nstill open", "t.csv"), "t.csv:2: a quoted field is never closed",
                         ConfigError);
    CHECK_THROWS_WITH_AS(read_csv("\"a\"b", "t.csv"),
                         "t.csv:1: text after a closing quote (a quote inside a field is written \"\")", ConfigError);
}
