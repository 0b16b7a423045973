#include <doctest/doctest.h>

#include <sstream>

#include "pipeline/path_list.hpp"

using namespace galascan;

TEST_CASE("read_path_list: a path per line or per NUL, blank entries skipped, bytes kept") {
    SUBCASE("lines") {
        std::istringstream in("a.pdf\n\nmap met spatie/b.pdf\n  c.pdf\nlaatste.pdf");
        CHECK(read_path_list(in, '\n') ==
              std::vector<std::string>{"a.pdf", "map met spatie/b.pdf", "  c.pdf", "laatste.pdf"});
    }
    SUBCASE("NUL-separated, a newline inside a name") {
        std::istringstream in(std::string("a.pdf\0plan\nnieuw.pdf\0\0", 22));
        CHECK(read_path_list(in, '\0') == std::vector<std::string>{"a.pdf", "plan\nnieuw.pdf"});
    }
    SUBCASE("empty") {
        std::istringstream in("");
        CHECK(read_path_list(in, '\n').empty());
    }
}
