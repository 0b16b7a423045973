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

TEST_CASE("a capital is a capital of any script, and a symbol is none") {
    // Capitals come from text/character_classes (Unicode), not a Latin-1 range: Ĳ and Ł start
    // headings, while × (U+00D7, inside the old range) starts none.
    for (const char* line : {"3 Ĳsselmonde", "3 Łódź en de regio"}) {
        CAPTURE(line);
        const LaidOutDocument laid_out = classify_blocks(document_of({line}));
        REQUIRE(laid_out.blocks.size() == 1);
        CHECK(laid_out.blocks[0].kind == BlockKind::heading);
    }
    const LaidOutDocument product = classify_blocks(document_of({"2 × 3 meter"}));
    REQUIRE(product.blocks.size() == 1);
    CHECK(product.blocks[0].kind == BlockKind::paragraph);
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

TEST_CASE("blank lines and page breaks end paragraphs, blocks know their page") {
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

namespace {

// A justified paragraph line of running text, about as wide as a page of body text.
const std::string full_line = "De gemeente werkt samen met inwoners, verenigingen en professionals aan een sterke";

}  // namespace

TEST_CASE("a short capitalised line with text right below it is an unnumbered heading") {
    const LaidOutDocument laid_out = classify_blocks(document_of(
        {"6.4 Wat gaan we daarvoor doen?\n\nSociale basis en preventie\n" + full_line + "\nbasis in elke wijk.\n\nJeugd\n• Een praktijkondersteuner op elke school."}));
    REQUIRE(laid_out.blocks.size() == 5);
    CHECK(laid_out.blocks[1].kind == BlockKind::heading);
    CHECK(laid_out.blocks[1].heading_level == 3);  // below the numbered level-2 heading
    CHECK(laid_out.blocks[1].text == "Sociale basis en preventie");
    CHECK(laid_out.blocks[2].kind == BlockKind::paragraph);
    CHECK(laid_out.blocks[3].kind == BlockKind::heading);
    CHECK(laid_out.blocks[4].kind == BlockKind::list_item);
}

TEST_CASE("short lines that are no headings: a closing line, a sentence, a line that runs on") {
    for (const char* page : {"Gemeente Dijkwater, maart 2025\n\nTweede alinea.",   // nothing right below
                             "Wij doen dit samen.\nMet inwoners en partners.",         // a sentence
                             "Voor de zorg van\nmorgen kiezen we nu."}) {              // runs on in lowercase
        CAPTURE(page);
        const LaidOutDocument laid_out = classify_blocks(document_of({page}));
        REQUIRE(!laid_out.blocks.empty());
        CHECK(laid_out.blocks[0].kind == BlockKind::paragraph);
    }
}

TEST_CASE("a short line that ends a sentence ends the paragraph") {
    const LaidOutDocument laid_out =
        classify_blocks(document_of({full_line + "\nbasis.\n" + full_line + "\nsamenleving."}));
    REQUIRE(laid_out.blocks.size() == 2);
    CHECK(laid_out.blocks[0].text == full_line + "\nbasis.");
    CHECK(laid_out.blocks[1].kind == BlockKind::paragraph);
}

TEST_CASE("a paragraph runs on over a page break when its sentence does") {
    const LaidOutDocument laid_out =
        classify_blocks(document_of({full_line + "\nsociale basis met mantel-", "zorgers en vrijwilligers.\n\nNieuwe alinea."}));
    REQUIRE(laid_out.blocks.size() == 2);
    CHECK(laid_out.blocks[0].text == full_line + "\nsociale basis met mantel-\fzorgers en vrijwilligers.");
    CHECK(laid_out.blocks[0].page_index == 1);
    CHECK(last_page_of(laid_out.blocks[0]) == 2);
    CHECK(laid_out.blocks[1].page_index == 2);
}

TEST_CASE("a page break after a finished sentence, or before a capital, ends the paragraph") {
    for (const auto& pages : {std::pair<const char*, const char*>{"Het plan is klaar.", "daarna volgt meer."},
                              {"De gemeente en", "Dijkwater werken samen."}}) {
        const LaidOutDocument laid_out = classify_blocks(document_of({pages.first, pages.second}));
        REQUIRE(laid_out.blocks.size() == 2);
        CHECK(last_page_of(laid_out.blocks[0]) == 1);
    }
}

TEST_CASE("rows with cell gaps are table rows, wrapped cells stay with their row") {
    const LaidOutDocument laid_out = classify_blocks(document_of(
        {"Inleiding van de tabel.\n\nBeleidsveld                   Doel\n"
         "Mantelzorg                    Meer mantelzorgers kennen het\n"
         "                              steunpunt.\n"
         "Eenzaamheid                   Minder ernstig eenzamen.\n\nNa de tabel."}));
    REQUIRE(laid_out.blocks.size() == 5);
    CHECK(laid_out.blocks[1].kind == BlockKind::table_row);
    CHECK(laid_out.blocks[2].kind == BlockKind::table_row);
    CHECK(laid_out.blocks[2].text == "Mantelzorg                    Meer mantelzorgers kennen het\nsteunpunt.");
    CHECK(laid_out.blocks[3].kind == BlockKind::table_row);
    CHECK(laid_out.blocks[4].kind == BlockKind::paragraph);
}

TEST_CASE("bullets followed by wide spaces are list items, not table rows") {
    const LaidOutDocument laid_out = classify_blocks(document_of({"•   eerste punt\n•   tweede punt"}));
    REQUIRE(laid_out.blocks.size() == 2);
    CHECK(laid_out.blocks[0].kind == BlockKind::list_item);
    CHECK(laid_out.blocks[1].kind == BlockKind::list_item);
}

TEST_CASE("fields of a letterhead are not headings") {
    const LaidOutDocument laid_out = classify_blocks(document_of(
        {"Datum 4 maart 2025\nRaadsnummer 24161\n\nPortefeuillehouder\nJ. de Vries\n\nOnderwerp\n"
         "Maatschappelijke agenda 2024-2034\n\nWe leggen de agenda voor aan de raad."}));
    for (const Block& block : laid_out.blocks) {
        CAPTURE(block.text);
        CHECK(block.kind != BlockKind::heading);
    }
}

TEST_CASE("a numbered decision that runs on over several lines is an item, not a heading") {
    const LaidOutDocument laid_out = classify_blocks(document_of(
        {"4. Het beschikbaar stellen van een investeringskrediet voor de nieuwe\n"
         "inrichtingsmaatregelen die uit het participatietraject met bewoners, de enquête en de\n"
         "sessies met scholieren naar voren zijn gekomen\n\n3.2 Roken, alcohol en mentale\ngezondheid\n"
         "We zetten in op preventie."}));
    REQUIRE(laid_out.blocks.size() == 3);
    CHECK(laid_out.blocks[0].kind == BlockKind::list_item);
    CHECK(laid_out.blocks[1].kind == BlockKind::heading);   // a short heading wrapped in a column stays one
    CHECK(laid_out.blocks[1].text == "3.2 Roken, alcohol en mentale\ngezondheid");
}
