#include <doctest/doctest.h>

#include <optional>

#include "layout/document_title.hpp"

using namespace galascan;

namespace {

LaidOutDocument blocks_of(std::initializer_list<std::pair<BlockKind, const char*>> blocks, int page = 1) {
    LaidOutDocument laid_out;
    for (const auto& [kind, text] : blocks) {
        laid_out.blocks.push_back(Block{page, kind, kind == BlockKind::heading ? 1 : 0, text});
    }
    return laid_out;
}

std::optional<std::size_t> title_block(const LaidOutDocument& laid_out) {
    const std::optional<TitleBlocks> title = find_title(laid_out);
    return title ? std::optional<std::size_t>(title->first) : std::nullopt;
}

}  // namespace

TEST_CASE("the subject of a council document is its title, not its letterhead") {
    using enum BlockKind;
    CHECK(title_block(blocks_of({{paragraph, "Datum 4 maart 2025"},
                                 {paragraph, "Onderwerp"},
                                 {paragraph, "Afdoening motie welzijnswerkers"},
                                 {heading, "Inleiding"}})) == 2);
    CHECK(title_block(blocks_of({{paragraph, "Onderwerp: Actualisatie beleidsplan welzijnswerk"},
                                 {heading, "Inleiding"}})) == 0);
    CHECK(title_block(blocks_of({{table_row, "Datum Registratienummer"},
                                 {paragraph, "Voorstel van het college inzake Kadernota subsidiebeleid"},
                                 {heading, "Samenvatting"}})) == 1);
    CHECK(title_block(blocks_of({{paragraph, "Stuknummer:"},
                                 {heading, "R.4 VVD"},
                                 {heading, "Motie: Meer grip op welzijn"}})) == 2);
}

TEST_CASE("a plan's title is its first heading, set on one or two lines") {
    using enum BlockKind;
    const std::optional<TitleBlocks> wrapped =
        find_title(blocks_of({{heading, "Monitor"}, {paragraph, "Zorglandschap Wmo"}, {heading, "Inleiding"}}));
    REQUIRE(wrapped);
    CHECK(wrapped->first == 0);
    CHECK(wrapped->last == 1);
    const std::optional<TitleBlocks> single =
        find_title(blocks_of({{heading, "Meerjarenvisie 2022-2025"}, {paragraph, "De wereld verandert snel."}}));
    REQUIRE(single);
    CHECK(single->last == 0);   // a sentence below is text, not the title's second line
    CHECK(title_block(blocks_of({{heading, "Voorstel aan de raad"}, {heading, "Datum 20 juni"},
                                 {heading, "Visie gezondheid"}})) == 2);
    CHECK(title_block(blocks_of({{paragraph, "Evaluatie schakelteams"}, {paragraph, "Een lange alinea."}})) == 0);
}

TEST_CASE("a title stands on the first page or nowhere") {
    using enum BlockKind;
    CHECK_FALSE(find_title(blocks_of({{heading, "Bijlage"}}, 2)));
    CHECK_FALSE(find_title(LaidOutDocument{}));
}
