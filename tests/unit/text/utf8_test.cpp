#include <doctest/doctest.h>

#include "text/utf8.hpp"

using namespace galascan;

TEST_CASE("decode_utf8 reads valid sequences and steps over invalid bytes one at a time") {
    const std::string text = "cliënt\xff\xc3";
    std::size_t offset = 0;
    std::u32string decoded;
    while (offset < text.size()) {
        decoded += decode_utf8(text, offset);
    }
    CHECK(decoded == U"cliënt\uFFFD\uFFFD");
}

TEST_CASE("decode_utf8 rejects overlong forms and surrogates") {
    for (const std::string& bad : {std::string("\xc0\xaf"), std::string("\xed\xa0\x80")}) {
        std::size_t offset = 0;
        CHECK(decode_utf8(bad, offset) == 0xFFFD);
        CHECK(offset == 1);
    }
}

TEST_CASE("repair_utf8 keeps valid text and replaces invalid bytes") {
    CHECK(repair_utf8("coördinatie") == "coördinatie");
    CHECK(repair_utf8("a\x80z") == "a\xEF\xBF\xBDz");
}

TEST_CASE("floor_to_code_point never lands inside a code point") {
    const std::string text = "eé";  // 'e', then 0xC3 0xA9
    CHECK(floor_to_code_point(text, 2) == 1);
    CHECK(floor_to_code_point(text, 1) == 1);
    CHECK(floor_to_code_point(text, 9) == text.size());
}

TEST_CASE("count_words counts runs with a letter, with Dutch diacritics inside words") {
    CHECK(count_words("De coördinatie van ideeën, 2025: 12 % meer.") == 5);
    CHECK(count_words("") == 0);
    CHECK(count_words("— • 42 —") == 0);
    CHECK(count_words("thema’s") == 2);  // the apostrophe splits; a known approximation
}
