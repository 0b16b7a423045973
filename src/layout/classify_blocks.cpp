// Block classification on the lines of Poppler's physical layout. Font sizes would cost
// text_list() with font info (1.62x the extraction itself, docs/pdf-facts.md), so structure
// comes from what the layout already shows: numbering, indents, gaps and line lengths.
//
// - A numbered heading is a short line such as "3 Mantelzorg" or "2.4 Wijkgericht werken":
//   section numbers, then a capital, no closing full stop (headings.cpp).
// - An unnumbered heading ("Sociale basis en preventie") is a short line at the start of a
//   block, capitalised, without sentence punctuation, with text right below it. Its level is
//   one below the last numbered heading (1 before any).
// - A list item starts with a bullet (• ▪ – - * ‣ ◦ ●, or Word's Symbol-font bullets
//   U+F0B7/U+F0A7) or "1." / "a)" and runs until a blank line, the next item or a heading.
// - A table row is a line with cell gaps (three or more spaces) among two or more such lines,
//   with the indented lines of its wrapped cells (lists_and_tables.cpp).
// - Everything else is paragraph text. A paragraph ends at a blank line, or after a short line
//   that ends a sentence (justified text fills its lines); it runs on over a page break when
//   the sentence does ("mantel-" / "zorg"). Grouping lines into blocks: block_builder.cpp.
// - Running headers, footers, page numbers and contents lines (page_furniture.cpp) become
//   blocks of their own kind, one per line, so later stages can set them aside (here).
// - Two-column pages are read column by column (columns.cpp) before any of this grouping.

#include "layout/classify_blocks.hpp"

#include <algorithm>
#include <cassert>
#include <string_view>

#include "layout/block_builder.hpp"
#include "layout/columns.hpp"
#include "layout/line_text.hpp"
#include "layout/lists_and_tables.hpp"
#include "layout/page_furniture.hpp"

namespace galascan {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return lines;
}

void add_set_aside(LaidOutDocument& laid_out, int page_index, BlockKind kind, std::string_view line) {
    laid_out.blocks.push_back(Block{page_index, kind, 0, std::string(line)});
    ++(kind == BlockKind::running_header ? laid_out.furniture_lines : laid_out.toc_lines);
}

struct PageInput {
    int page_index = 0;
    const std::vector<std::string_view>& lines;   // as extracted, not trimmed
    const std::vector<bool>& running;
    const std::vector<bool>& contents;
};

// One page: running lines above the text first, then the text in reading order (contents
// lines set aside as they come), then the running lines below it.
void add_page(const PageInput& page, BlockBuilder& builder, LaidOutDocument& laid_out) {
    std::vector<std::string_view> content;       // for column detection
    std::vector<const char*> contents_lines;     // which of them are contents entries
    std::vector<std::string_view> footer_lines;  // running lines after the first text
    bool seen_text = false;
    for (std::size_t line = 0; line < page.lines.size(); ++line) {
        if (page.running[line]) {
            if (seen_text) {
                footer_lines.push_back(trim(page.lines[line]));
            } else {
                add_set_aside(laid_out, page.page_index, BlockKind::running_header, trim(page.lines[line]));
            }
            continue;
        }
        seen_text = seen_text || !trim(page.lines[line]).empty();
        content.push_back(page.lines[line]);
        if (page.contents[line]) {
            contents_lines.push_back(page.lines[line].data());
        }
    }
    const std::vector<std::string_view> ordered = in_reading_order(content);
    const PageShape shape = shape_of(ordered);
    builder.start_page(page.page_index, shape);
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const std::string_view line = ordered[i];
        const bool is_contents = !line.empty() && std::find(contents_lines.begin(), contents_lines.end(),
                                                            line.data()) != contents_lines.end();
        if (is_contents) {
            builder.interrupt();
            add_set_aside(laid_out, page.page_index, BlockKind::table_of_contents, trim(line));
        } else {
            builder.add_line(line, shape.table[i]);
        }
    }
    builder.end_page();
    for (std::string_view line : footer_lines) {
        add_set_aside(laid_out, page.page_index, BlockKind::running_header, line);
    }
}

}  // namespace

LaidOutDocument classify_blocks(const Document& document) {
    std::vector<std::vector<std::string_view>> raw_pages;
    std::vector<PageLines> pages;  // trimmed
    for (const Page& page : document.pages) {
        raw_pages.push_back(split_lines(page.text));
        PageLines trimmed;
        for (std::string_view line : raw_pages.back()) {
            trimmed.push_back(trim(line));
        }
        pages.push_back(std::move(trimmed));
    }
    // Furniture and contents first: a contents entry "3.1 Mantelzorg ..... 7" would
    // otherwise pass for a heading, and a running title for a paragraph; and a running
    // title beside a two-column page must not count as a line of either column.
    const std::vector<std::vector<bool>> running = find_running_lines(pages);
    const std::vector<std::vector<bool>> contents = find_table_of_contents(pages);

    LaidOutDocument laid_out;
    BlockBuilder builder(laid_out);
    for (std::size_t page = 0; page < pages.size(); ++page) {
        add_page(PageInput{document.pages[page].index, raw_pages[page], running[page], contents[page]}, builder,
                 laid_out);
    }
    return laid_out;
}

int last_page_of(const Block& block) {
    return block.page_index + static_cast<int>(std::count(block.text.begin(), block.text.end(), '\f'));
}

const char* block_kind_name(BlockKind kind) {
    assert(kind < BlockKind::count);
    return block_kind_names[static_cast<std::size_t>(kind)];
}

}  // namespace galascan
