#pragma once
// A CachedText with something of everything, shared by the codec and cache tests: UTF-8,
// a ligature, diacritics, a soft hyphen and a line-end hyphen (so the offset map has changed
// stretches and deletions), a page break inside a paragraph, every block kind, an empty block.

#include <doctest/doctest.h>

#include "normalise/normalise.hpp"
#include "store/codec.hpp"

namespace galascan::test {

inline CachedText sample_cached_text() {
    CachedText cached;
    Document& document = cached.document;
    document.path = "plannen/welzijnsnota.pdf";
    document.pages = {Page{1, "i", "page text"}, Page{2, "ii", ""}, Page{3, "3", "more"}, Page{4, "4", "end"}};
    document.pages_without_text = {2};
    document.diagnostics = {"Syntax Error (1234): Illegal character <ff>", "ünïcödé ✓ \x1b[31m"};

    LaidOutDocument& laid_out = cached.laid_out;
    laid_out.blocks = {
        Block{1, BlockKind::running_header, 0, "Gemeente Zandhoven — Welzijnsnota 2025"},
        Block{1, BlockKind::heading, 1, "3 Coördinatie van MANTELZORG"},
        Block{1, BlockKind::paragraph, 0,
              "De \xEF\xAC\x81nanciering van mantel-\nzorg en respijt\u00ADzorg loopt\fdoor op pagina twee."},
        Block{3, BlockKind::list_item, 0, "• Ouderen-eenzaamheid\n• Jonge mantelzorgers"},
        Block{3, BlockKind::table_row, 0, "Budget\t€ 1.200.000"},
        Block{4, BlockKind::table_of_contents, 0, "1 Inleiding ........ 3"},
        Block{4, BlockKind::heading, 2, "3.1 ÉÉN LOKET voor zorg"},
        Block{4, BlockKind::paragraph, 0, ""},
    };
    laid_out.furniture_lines = 7;
    laid_out.toc_lines = 12;
    cached.normalised = normalise(laid_out, {});
    return cached;
}

// Every field the codec keeps (not Document::path, not Page::text).
inline void check_same_text(const CachedText& actual, const CachedText& expected) {
    REQUIRE(actual.document.pages.size() == expected.document.pages.size());
    for (std::size_t i = 0; i < expected.document.pages.size(); ++i) {
        CHECK(actual.document.pages[i].index == expected.document.pages[i].index);
        CHECK(actual.document.pages[i].label == expected.document.pages[i].label);
    }
    CHECK(actual.document.pages_without_text == expected.document.pages_without_text);
    CHECK(actual.document.diagnostics == expected.document.diagnostics);

    REQUIRE(actual.laid_out.blocks.size() == expected.laid_out.blocks.size());
    for (std::size_t i = 0; i < expected.laid_out.blocks.size(); ++i) {
        const Block& a = actual.laid_out.blocks[i];
        const Block& e = expected.laid_out.blocks[i];
        CHECK(a.page_index == e.page_index);
        CHECK(a.kind == e.kind);
        CHECK(a.heading_level == e.heading_level);
        CHECK(a.text == e.text);
    }
    CHECK(actual.laid_out.furniture_lines == expected.laid_out.furniture_lines);
    CHECK(actual.laid_out.toc_lines == expected.laid_out.toc_lines);

    const NormalisedDocument& a = actual.normalised;
    const NormalisedDocument& e = expected.normalised;
    CHECK(a.source == e.source);
    CHECK(a.text == e.text);
    CHECK(a.to_source.stretches() == e.to_source.stretches());
    CHECK(a.to_source.source_size() == e.to_source.source_size());
    CHECK(a.to_source.text_size() == e.to_source.text_size());
    REQUIRE(a.blocks.size() == e.blocks.size());
    for (std::size_t i = 0; i < e.blocks.size(); ++i) {
        CHECK(a.blocks[i].block_index == e.blocks[i].block_index);
        CHECK(a.blocks[i].source == e.blocks[i].source);
        CHECK(a.blocks[i].text == e.blocks[i].text);
    }
}

}  // namespace galascan::test
