// The outline: one pass over the blocks with a stack of open headings. A block belongs to
// every heading still open above it, so a chapter holds its subsections' text too.

#include "score/outline.hpp"

#include <string_view>

#include "layout/document_title.hpp"
#include "text/utf8.hpp"

namespace galascan {

bool is_text_block(BlockKind kind) {
    return kind == BlockKind::paragraph || kind == BlockKind::list_item || kind == BlockKind::table_row;
}

Outline outline_of(const LaidOutDocument& laid_out, const NormalisedDocument& text) {
    const std::size_t count = laid_out.blocks.size();
    Outline outline;
    outline.words.assign(count, 0);
    outline.heading_of.assign(count, Outline::none);
    outline.enclosing.assign(count, Outline::none);
    outline.sections.assign(count, Section{});
    for (const NormalisedBlock& block : text.blocks) {
        outline.words[block.block_index] =
            static_cast<int>(count_words(std::string_view(text.text).substr(block.text.begin, block.text.size())));
    }
    std::vector<std::size_t> open;   // headings whose sections are still open, levels rising
    for (std::size_t i = 0; i < count; ++i) {
        const Block& block = laid_out.blocks[i];
        if (block.kind != BlockKind::table_of_contents) {
            outline.content_words += outline.words[i];
        }
        if (block.kind == BlockKind::heading) {
            while (!open.empty() && laid_out.blocks[open.back()].heading_level >= block.heading_level) {
                open.pop_back();
            }
            outline.enclosing[i] = open.empty() ? Outline::none : open.back();
            open.push_back(i);
            continue;
        }
        outline.heading_of[i] = open.empty() ? Outline::none : open.back();
        if (!is_text_block(block.kind)) {
            continue;
        }
        for (const std::size_t heading : open) {
            Section& section = outline.sections[heading];
            section.paragraphs += block.kind == BlockKind::paragraph ? 1 : 0;
            ++section.text_blocks;
            section.words += outline.words[i];
        }
    }
    outline.title = find_title(laid_out);
    return outline;
}

}  // namespace galascan
