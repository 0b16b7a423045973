#pragma once
// The document's shape as grading needs it, worked out once for all categories: words per
// block, which section each block stands in, what each heading's section holds, the title.

#include <cstddef>
#include <optional>
#include <vector>

#include "layout/classify_blocks.hpp"
#include "layout/document_title.hpp"
#include "normalise/normalise.hpp"

namespace galascan {

// What the section a heading opens holds: every block after it up to the next heading of the
// same or a higher level (set-aside lines do not end a section; sub-headings do not either,
// their text is part of it).
struct Section {
    int paragraphs = 0;   // paragraph blocks
    int text_blocks = 0;  // paragraphs, list items and table rows
    int words = 0;        // of paragraphs, list items and table rows
};

struct Outline {
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<int> words;               // per block, counted on the folded text
    std::vector<std::size_t> heading_of;  // per block: the nearest heading above it, or none
    std::vector<std::size_t> enclosing;   // per heading: the nearest heading above it of a higher
                                          // level (its chapter), or none
    std::vector<Section> sections;        // per block: what its section holds (headings only)
    std::optional<TitleBlocks> title;     // the blocks that title the whole document
    int content_words = 0;                // words of every block but contents lines
};

// Where a hit stands, worked out once for the document.
struct HitPlace {
    std::size_t block = 0;  // index into LaidOutDocument::blocks
    int page = 0;           // 1-based page the hit starts on
};

Outline outline_of(const LaidOutDocument& laid_out, const NormalisedDocument& text);

// True for blocks that carry running text: paragraphs, list items and table rows.
bool is_text_block(BlockKind kind);

}  // namespace galascan
