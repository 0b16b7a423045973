#include <doctest/doctest.h>

#include "normalise/dehyphenate.hpp"
#include "text/character_classes.hpp"
#include "text/utf8.hpp"

using namespace galascan;

TEST_CASE("the inline ASCII answers agree with ICU's") {
    for (char32_t c = 0; c < 0x80; ++c) {
        CAPTURE(static_cast<int>(c));
        CHECK(is_ascii_word_byte(c) == is_word_code_point(c));
        CHECK(is_ascii_letter(c) == is_letter_code_point(c));
        CHECK((c >= 'a' && c <= 'z') == is_lowercase_letter(c));
        CHECK((c >= 'A' && c <= 'Z') == is_uppercase_letter(c));
    }
}

TEST_CASE("no byte of a multi-byte code point is an ASCII space, digit or letter") {
    for (int byte = 0x80; byte < 0x100; ++byte) {
        CAPTURE(byte);
        const char c = static_cast<char>(byte);  // negative where char is signed
        CHECK_FALSE(is_ascii_space(c));
        CHECK_FALSE(is_ascii_digit(c));
        CHECK_FALSE(is_ascii_word_byte(c));
    }
}

TEST_CASE("Dutch letters, of any case, are letters; the lowercase ones are lowercase") {
    for (const char32_t c : {U'é', U'ë', U'ï', U'ö', U'ü', U'ĳ', U'ß', U'ł', U'α', U'ж'}) {
        CAPTURE(static_cast<int>(c));
        CHECK(is_letter_code_point(c));
        CHECK(is_word_code_point(c));
        CHECK(is_lowercase_letter(c));
        CHECK_FALSE(is_uppercase_letter(c));
    }
    for (const char32_t c : {U'É', U'Ĳ', U'Ö', U'Ł'}) {
        CAPTURE(static_cast<int>(c));
        CHECK(is_letter_code_point(c));
        CHECK_FALSE(is_lowercase_letter(c));
        CHECK(is_uppercase_letter(c));
    }
}

TEST_CASE("punctuation, symbols, bullets and emoji are no part of words") {
    // U+F0B7 is the private-use bullet of Word's Symbol font; U+1F600 an emoji; U+037E the
    // Greek question mark. The former Latin-1 approximation took the last three for letters.
    for (const char32_t c :
         {U'•', U'€', U'×', U'÷', U'§', U'\u00A0', U'\u00AD', U'\uFFFD', U'\uF0B7', U'\U0001F600', U'\u037E', U'²'}) {
        CAPTURE(static_cast<int>(c));
        CHECK_FALSE(is_letter_code_point(c));
        CHECK_FALSE(is_word_code_point(c));
        CHECK_FALSE(is_uppercase_letter(c));
    }
}

TEST_CASE("combining marks and digits of any script are word characters, not letters") {
    for (const char32_t c : {U'\u0308', U'\u0301', U'٣'}) {
        CAPTURE(static_cast<int>(c));
        CHECK(is_word_code_point(c));
        CHECK_FALSE(is_letter_code_point(c));
    }
}

TEST_CASE("what the Unicode classes mend downstream") {
    // An emoji was a word of its own, so a page of them counted as text.
    CHECK(count_words("\U0001F600 \U0001F44D") == 0);
    // A line-end hyphen after a lowercase letter beyond Latin-1 is hyphenation too.
    CHECK(dehyphenate("naar Wał-\nbrzych") == "naar Wałbrzych");
}
