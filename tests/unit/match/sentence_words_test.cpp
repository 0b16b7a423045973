#include <doctest/doctest.h>

#include <string>

#include "match/sentence_words.hpp"

using namespace galascan;

namespace {

std::string word_at(SentenceWords& words, int offset) {
    const SentenceWord* word = words.at(offset);
    return word == nullptr ? "-" : std::string(words.text_of(*word));
}

}  // namespace

TEST_CASE("the words of one sentence, read outwards from an anchor") {
    const std::string text = "vorige zin. hier werken de buren, elk jaar, samen; daarna niet.";
    const std::size_t anchor = text.find("buren");
    SentenceWords words(text, ByteRange{anchor, anchor + 5});
    CHECK(word_at(words, 0) == "buren");
    CHECK(word_at(words, -1) == "de");
    CHECK(word_at(words, -3) == "hier");
    CHECK(word_at(words, -4) == "-");  // the full stop ends the sentence before
    CHECK(word_at(words, 2) == "jaar");
    CHECK(word_at(words, 3) == "samen");
    CHECK(word_at(words, 4) == "-");  // and the semicolon after
    CHECK(words.spaced(0));
    CHECK(!words.spaced(1));  // "buren, elk"
    CHECK(words.ends_after(3));
    CHECK(!words.ends_after(2));
}

TEST_CASE("a blank line ends the reading, a single line break does not") {
    const std::string text = "een\ntwee\n\ndrie \n vier";
    SentenceWords first(text, ByteRange{4, 8});
    CHECK(word_at(first, -1) == "een");
    CHECK(first.spaced(0));
    CHECK(word_at(first, 1) == "-");
    SentenceWords last(text, ByteRange{text.find("drie"), text.find("drie") + 4});
    CHECK(word_at(last, 1) == "vier");
    CHECK(word_at(last, -1) == "-");
}

TEST_CASE("a possessive 's belongs to its word in both directions") {
    const std::string text = "de thema's van de buurt";
    SentenceWords words(text, ByteRange{text.find("van"), text.find("van") + 3});
    CHECK(word_at(words, -1) == "thema's");
    CHECK(word_at(words, -2) == "de");
    CHECK(word_at(words, 2) == "buurt");
    CHECK(words.ends_after(2));
}
