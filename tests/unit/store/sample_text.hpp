#pragma once
// A DocumentText with something of everything, shared by the codec and cache tests: UTF-8,
// a ligature, diacritics, a soft hyphen and a line-end hyphen (so the offset map has changed
// stretches and deletions), a page break inside a paragraph, every block kind, an empty block.

#include <doctest/doctest.h>

#include "normalise/normalise.hpp"
#include "store/codec.hpp"

namespace galascan::test {

inline DocumentText sample_document_text() {
    DocumentText cached;
    cached.page_labels = {"i", "ii", "3", "4"};
    cached.pages_without_text = {2};
    cached.diagnostics = {"Syntax Error (1234): Illegal character <ff>", "ünïcödé ✓ \x1b[31m"};
    cached.content_hash = "0123456789abcdef0123456789abcdef";
    cached.info = PdfInfo{"Visie Sociaal Domein", "=cmd|' /C calc'!A0", "", "2023-11-30T23:00:00Z", "2024-01-02T03:04:05Z"};

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

}  // namespace galascan::test
