#include <doctest/doctest.h>

#include "text/nearest_name.hpp"

using namespace galascan;

TEST_CASE("the nearest name is one or two typos away: swapped, missing, extra or wrong letters") {
    const std::vector<std::string> commands{"text", "explain", "evaluate", "lexicon", "cache"};
    CHECK(nearest_name("explian", commands) == "explain");   // two neighbours swapped: one edit
    CHECK(nearest_name("evalute", commands) == "evaluate");  // a letter missing
    CHECK(nearest_name("lexiconn", commands) == "lexicon");  // a letter too many
    CHECK(nearest_name("txet", commands) == "text");
    CHECK(nearest_name("cahce", commands) == "cache");
}

TEST_CASE("no suggestion for a name that is no typo of any, or is a name itself") {
    const std::vector<std::string> ids{"mantelzorg", "eenzaamheid", "professionals"};
    CHECK_FALSE(nearest_name("plan.pdf", ids).has_value());
    CHECK_FALSE(nearest_name("mantelzorg", ids).has_value());
    CHECK_FALSE(nearest_name("", ids).has_value());
    CHECK_FALSE(nearest_name("zorg", ids).has_value());
    CHECK(nearest_name("mantelzrog", ids) == "mantelzorg");
    CHECK_FALSE(nearest_name("tx", {"text"}).has_value());  // two edits in a short name: too far
}
