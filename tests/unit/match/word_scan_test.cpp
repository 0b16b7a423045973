#include <doctest/doctest.h>

#include <string>

#include "match/word_scan.hpp"

using namespace galascan;

TEST_CASE("word boundaries with letters above 0x80 and broken bytes") {
    const std::string text = "co\xc3\xb6rdinatie \xe2\x80\x94 thema's x\xff";
    std::size_t offset = 0;
    CHECK(next_is_word(text, offset));
    CHECK(offset == 1);
    offset = 2;
    CHECK(next_is_word(text, offset));  // ö, two bytes
    CHECK(offset == 4);
    CHECK(word_end(text, 0) == 12);         // "coördinatie"
    CHECK_FALSE(is_word_at(text, 13));      // the em dash
    CHECK(is_word_before(text, 4));         // after ö
    CHECK_FALSE(is_word_before(text, 16));  // after the em dash's last byte
    CHECK(word_end(text, 17) == 24);        // "thema's", the 's taken along
    CHECK_FALSE(is_word_at(text, 26));      // a stray byte reads as U+FFFD, no letter
    CHECK_FALSE(is_word_at(text, text.size()));
}
