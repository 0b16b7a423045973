#pragma once
// The layout stage: sorts each page's lines into blocks (headings, paragraphs, list items),
// because a theme with its own heading is covered while one named in a list is only mentioned.

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "extract/document.hpp"

namespace galascan {

enum class BlockKind {
    heading,
    paragraph,
    list_item,
    table_row,
    table_of_contents,
    running_header,
    count,  // not a kind: how many there are (keep it last; codecs check against it)
};

// The kinds' names, in enum order: a contract of `galascan text`, explain and JSON evidence.
inline constexpr auto block_kind_names =
    std::to_array<const char*>({"heading", "paragraph", "list", "table", "toc", "furniture"});
static_assert(block_kind_names.size() == static_cast<std::size_t>(BlockKind::count),
              "every block kind needs its name in block_kind_names");

struct Block {
    int page_index = 0;      // 1-based page the block starts on
    BlockKind kind = BlockKind::paragraph;
    int heading_level = 0;   // 1 for "3 Mantelzorg", 2 for "3.1 Respijtzorg"; 0 when not a heading
    std::string text;        // the block's lines as extracted, joined by '\n'; a paragraph that
                             // runs on over a page break has '\f' there instead
    bool operator==(const Block&) const = default;
};

// The 1-based page a block ends on: its first page plus the page breaks inside it.
int last_page_of(const Block& block);

struct LaidOutDocument {
    std::vector<Block> blocks;   // in reading order
    int furniture_lines = 0;     // running headers, footers and page numbers set aside
    int toc_lines = 0;           // table of contents lines: they name topics, they are not content
    bool operator==(const LaidOutDocument&) const = default;
};

// Groups lines into blocks. Never fails; a page without text gives no blocks.
LaidOutDocument classify_blocks(const Document& document);

const char* block_kind_name(BlockKind kind);

}  // namespace galascan
