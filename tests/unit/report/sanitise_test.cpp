#include <doctest/doctest.h>

#include "report/sanitise.hpp"

using namespace galascan;

TEST_CASE("terminal escapes, controls and bidi overrides become visible text") {
    CHECK(escape_controls("rood \x1b[31mALARM\x1b[0m") == "rood \\x1b[31mALARM\\x1b[0m");
    CHECK(escape_controls("titel \x1b]0;pwned\x07") == "titel \\x1b]0;pwned\\x07");
    CHECK(escape_controls("regel\neen\ttab\r") == "regel\\neen\\ttab\\r");
    CHECK(escape_controls("c1 \u009b31m") == "c1 \\u{9b}31m");
    CHECK(escape_controls("abc\u202Edcb") == "abc\\u{202e}dcb");
    CHECK(escape_controls("kapot \xff byte") == "kapot \\xff byte");
    CHECK(escape_controls("coördinatie – “netjes”") == "coördinatie – “netjes”");
}

TEST_CASE("CSV fields are quoted per RFC 4180") {
    CHECK(csv_field("gewoon") == "gewoon");
    CHECK(csv_field("a, b") == "\"a, b\"");
    CHECK(csv_field("zeg \"hoi\"") == "\"zeg \"\"hoi\"\"\"");
    CHECK(csv_field("") == "");
}

TEST_CASE("cells a spreadsheet would run as a formula are defused") {
    CHECK(csv_field("=HYPERLINK(\"http://x\",\"klik\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
    CHECK(csv_field("+SUM(1+1)") == "'+SUM(1+1)");
    CHECK(csv_field("-2+3") == "'-2+3");
    CHECK(csv_field("@cmd") == "'@cmd");
    CHECK(csv_field("\tverborgen") == "\\tverborgen");  // a leading tab is escaped, so not a formula
    CHECK(csv_field("-12", false) == "-12");           // our own numbers stay numbers
}

TEST_CASE("a file name with a newline stays on one CSV line") {
    CHECK(csv_field("plan\nnieuw.pdf") == "plan\\nnieuw.pdf");
}

TEST_CASE("CSV field: quoted when it holds the dialect's separator, not another's") {
    CHECK(csv_field("a;b", true, ';') == "\"a;b\"");
    CHECK(csv_field("a,b", true, ';') == "a,b");
    CHECK(csv_field("a;b") == "a;b");
    CHECK(csv_field("=1;2", true, ';') == "\"'=1;2\"");
}
