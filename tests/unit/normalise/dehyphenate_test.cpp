#include <doctest/doctest.h>

#include "normalise/dehyphenate.hpp"
#include "normalise/normalise.hpp"

using namespace galascan;

TEST_CASE("words hyphenated at a line end are joined") {
    CHECK(dehyphenate("de mantel-\nzorg") == "de mantelzorg");
    CHECK(dehyphenate("vrijwilligersorgani-\nsaties in de wijk") == "vrijwilligersorganisaties in de wijk");
    CHECK(dehyphenate("coördi-\nnatie en ideeën") == "coördinatie en ideeën");
    CHECK(dehyphenate("twee-\nde regel\nen der-\nde") == "tweede regel\nen derde");
}

TEST_CASE("a gap before the line-end hyphen (justified LibreOffice text) is joined too") {
    CHECK(dehyphenate("de maatschap -\npij") == "de maatschappij");
    CHECK(dehyphenate("afdelingen, zo -\nals Ruimte") == "afdelingen, zoals Ruimte");
}

TEST_CASE("real hyphens at a line end stay") {
    SUBCASE("after a capital or an abbreviation") {
        CHECK(dehyphenate("de EU-\nsubsidie") == "de EU-\nsubsidie");
        CHECK(dehyphenate("ICT-\nvoorzieningen") == "ICT-\nvoorzieningen");
    }
    SUBCASE("between numbers") { CHECK(dehyphenate("in 2024-\n2027") == "in 2024-\n2027"); }
    SUBCASE("before a capital, as in place names") {
        CHECK(dehyphenate("in Noord-\nBrabant") == "in Noord-\nBrabant");
        CHECK(dehyphenate("sociaal-\nMaatschappelijk") == "sociaal-\nMaatschappelijk");
    }
    SUBCASE("the suspended hyphen of an elided compound") {
        CHECK(dehyphenate("zorg-\nen welzijnsorganisaties") == "zorg-\nen welzijnsorganisaties");
        CHECK(dehyphenate("buurt-\nof wijkteams") == "buurt-\nof wijkteams");
        CHECK(dehyphenate("zowel jeugd-\nals ouderenwerk") == "zowel jeugd-\nals ouderenwerk");
        CHECK(dehyphenate("mantel- en\nrespijtzorg") == "mantel- en\nrespijtzorg");
    }
    SUBCASE("a dash used as a bullet or a pause") {
        CHECK(dehyphenate("thema's:\n- mantelzorg") == "thema's:\n- mantelzorg");
        CHECK(dehyphenate("en dan -\n") == "en dan -\n");
    }
}

TEST_CASE("a soft hyphen at a line end always joins") {
    CHECK(dehyphenate("Mantel\u00AD\nzorg") == "Mantelzorg");
}

TEST_CASE("normalised text and its source read hyphenated words whole") {
    LaidOutDocument document;
    document.blocks.push_back(Block{1, BlockKind::paragraph, 0, "Steun voor mantel-\nzorgers in Noord-\nBrabant"});
    const NormalisedDocument normalised = normalise(document, {});
    CHECK(normalised.text == "steun voor mantelzorgers in noord-\nbrabant");
    CHECK(normalised.source == "Steun voor mantelzorgers in Noord-\nBrabant");
}

TEST_CASE("a word hyphenated over a page break is joined and keeps the break after it") {
    // '\f' marks the page break inside a paragraph that runs on (layout); the joined word
    // starts on the first page, so the break moves to the word's end.
    CHECK(dehyphenate("de mantel-\fzorg gaat door") == "de mantelzorg\fgaat door");
    CHECK(dehyphenate("de mantel-\fzorg") == "de mantelzorg");
    CHECK(dehyphenate("EU-\fsubsidie") == "EU-\fsubsidie");
}
