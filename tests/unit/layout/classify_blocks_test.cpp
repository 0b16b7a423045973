#include <doctest/doctest.h>

#include "layout/classify_blocks.hpp"

using namespace galascan;

namespace {

Document document_of(std::initializer_list<std::string> page_texts) {
    Document document;
    int index = 0;
    for (const std::string& text : page_texts) {
        ++index;
        document.pages.push_back(Page{index, std::to_string(index), text});
    }
    return document;
}

}  // namespace

TEST_CASE("numbered lines are headings with their level") {
    const LaidOutDocument laid_out =
        classify_blocks(document_of({"3 Mantelzorg\nWe ondersteunen mantelzorgers.\n3.1 Respijtzorg"}));
    REQUIRE(laid_out.blocks.size() == 3);
    CHECK(laid_out.blocks[0].kind == BlockKind::heading);
    CHECK(laid_out.blocks[0].heading_level == 1);
    CHECK(laid_out.blocks[1].kind == BlockKind::paragraph);
    CHECK(laid_out.blocks[2].kind == BlockKind::heading);
    CHECK(laid_out.blocks[2].heading_level == 2);
}

TEST_CASE("years, amounts and sentences that start with a number are not headings") {
    for (const char* line : {"2025 wordt een overgangsjaar voor de sociale basis", "12 vrijwilligers doen mee.",
                                   "3,5 miljoen euro", "1.200 inwoners"}) {
        CAPTURE(line);
        const LaidOutDocument laid_out = classify_blocks(document_of({line}));
        REQUIRE(laid_out.blocks.size() == 1);
        CHECK(laid_out.blocks[0].kind == BlockKind::paragraph);
    }
}

TEST_CASE("bullets and numbered items are list items, continuation lines stay with them") {
    const LaidOutDocument laid_out = classify_blocks(
        document_of({"Onze thema's:\n• mantelzorg en\n  respijtzorg\n• eenzaamheid\n1. vrijwilligerswerk\n\nNa de lijst."}));
    REQUIRE(laid_out.blocks.size() == 5);
    CHECK(laid_out.blocks[0].kind == BlockKind::paragraph);
    CHECK(laid_out.blocks[1].kind == BlockKind::list_item);
    CHECK(laid_out.blocks[1].text == "• mantelzorg en\nrespijtzorg");
    CHECK(laid_out.blocks[2].kind == BlockKind::list_item);
    CHECK(laid_out.blocks[3].kind == BlockKind::list_item);
    CHECK(laid_out.blocks[4].kind == BlockKind::paragraph);
}

TEST_CASE("blank lines and page breaks end paragraphs; blocks know their page") {
    const LaidOutDocument laid_out = classify_blocks(document_of({"Eerste alinea\nloopt door.\n\nTweede.", "Derde."}));
    REQUIRE(laid_out.blocks.size() == 3);
    CHECK(laid_out.blocks[0].text == "Eerste alinea\nloopt door.");
    CHECK(laid_out.blocks[1].page_index == 1);
    CHECK(laid_out.blocks[2].page_index == 2);
}

TEST_CASE("a numbered line that runs on into a sentence is a list item, not a heading") {
    const LaidOutDocument laid_out =
        classify_blocks(document_of({"4. Eenzaamheid: het aandeel 65-plussers dat\nzich eenzaam voelt, daalt."}));
    REQUIRE(laid_out.blocks.size() == 1);
    CHECK(laid_out.blocks[0].kind == BlockKind::list_item);
    CHECK(laid_out.blocks[0].text == "4. Eenzaamheid: het aandeel 65-plussers dat\nzich eenzaam voelt, daalt.");
}

TEST_CASE("a heading wrapped over two lines stays one heading") {
    const LaidOutDocument laid_out =
        classify_blocks(document_of({"3.2 Roken, alcohol en mentale\ngezondheid\nWe werken aan een rookvrije generatie."}));
    REQUIRE(laid_out.blocks.size() == 2);
    CHECK(laid_out.blocks[0].kind == BlockKind::heading);
    CHECK(laid_out.blocks[0].text == "3.2 Roken, alcohol en mentale\ngezondheid");
    CHECK(laid_out.blocks[1].kind == BlockKind::paragraph);
}
