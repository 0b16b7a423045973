#pragma once
// BlockBuilder: lines to blocks, for the layout stage only (classify_blocks.cpp tells the rules).

#include <cstddef>
#include <string_view>

#include "layout/classify_blocks.hpp"
#include "layout/lists_and_tables.hpp"

namespace galascan {

// Groups one page after another into blocks. Lines come in reading order; the builder
// keeps the block that is still taking lines, across a page break when a sentence runs on.
class BlockBuilder {
public:
    // Blocks are appended to `out`, which must outlive the builder.
    explicit BlockBuilder(LaidOutDocument& out) : m_out(out) {}

    // `shape` (of the page's lines) must live until the next start_page.
    void start_page(int page_index, const PageShape& shape);

    // The next line in reading order, as extracted; `in_table` from PageShape::table.
    void add_line(std::string_view line, bool in_table);

    // Something other than running text came between (a contents line): nothing continues.
    void interrupt();

    // The page is done; its last paragraph may go on at the top of the next page.
    void end_page();

private:
    Block& block() { return m_out.blocks[m_block]; }
    void open(BlockKind kind);
    void close();
    void append(std::string_view text, char separator);
    void add_heading(std::string_view text, int level);
    void after_text_line(std::string_view text);
    void demote_candidate();
    bool runs_on(std::string_view text, char separator);

    LaidOutDocument& m_out;
    const PageShape* m_shape = nullptr;
    int m_page_index = 0;
    std::size_t m_block = 0;      // the block taking lines, when m_open or m_heading_open
    bool m_open = false;          // the block takes more lines
    bool m_heading_open = false;  // the last line was a heading, no blank line since
    bool m_candidate = false;     // that heading is unnumbered and not yet confirmed
    char m_pending_break = 0;     // '\n' after a blank line, '\f' after a page break, while
                                  // the block may still run on
    int m_last_numbered_level = 0;
};

}  // namespace galascan
