// Lines to blocks. A paragraph ends at a blank line, or after a short line that ends a
// sentence (justified text fills its lines), and runs on over a blank line or a page break
// when its sentence does ("mantel-" / "zorg"). A heading takes the next lines while they
// continue it (a heading wrapped in a column); an unnumbered heading stays one only when the
// line below starts a new sentence or item. List items run until a blank line, the next item
// or a heading; table rows start at a line with a cell gap at the margin.

#include "layout/block_builder.hpp"

#include <algorithm>
#include <string>

#include "layout/headings.hpp"
#include "layout/line_text.hpp"
#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

void BlockBuilder::start_page(int page_index, const PageShape& shape) {
    m_page_index = page_index;
    m_shape = &shape;
}

void BlockBuilder::add_line(std::string_view line, bool in_table) {
    const std::string_view text = trim(line);
    if (text.empty()) {
        demote_candidate();
        m_heading_open = false;
        if (m_open && m_pending_break == 0) {
            m_pending_break = '\n';
        }
        return;
    }
    if (m_pending_break != 0) {
        const char separator = m_pending_break;
        m_pending_break = 0;
        if (runs_on(text, separator)) {
            append(text, separator);
            after_text_line(text);
            return;
        }
        close();
    }
    if (in_table) {
        demote_candidate();
        const bool new_row = has_cell_gap(text) && indent_of(line) < m_shape->margin + 4;
        if (new_row || !m_open || block().kind != BlockKind::table_row) {
            close();
            open(BlockKind::table_row);
        }
        append(text, '\n');
        return;
    }
    if (m_open && block().kind == BlockKind::table_row) {
        close();
    }
    if (m_candidate) {
        // An unnumbered heading is confirmed by text that starts a new sentence or item
        // right below it; a lowercase line means it was a short line of running text.
        m_candidate = false;
        if (starts_lowercase(text)) {
            block().kind = BlockKind::paragraph;
            block().heading_level = 0;
            m_heading_open = false;
            m_open = true;
        }
    }
    const bool lowercase_or_number =
        starts_lowercase(text) || (is_ascii_digit(text.front()) && numbered_heading_level(text) == 0);
    if (m_heading_open && lowercase_or_number) {
        Block& heading = block();
        const bool sentence = ends_sentence(text) || text.back() == ',' || heading.text.find(':') != std::string::npos;
        if (!sentence && count_words(heading.text) + count_words(text) <= longest_heading_words) {
            // "3.2 Roken, alcohol en mentale" / "gezondheid": a heading wrapped in a column.
            append(text, '\n');
            return;
        }
        // "4. Eenzaamheid: het aandeel ... dat" / "zich ernstig eenzaam voelt.": a numbered
        // item or a sentence that runs on, not a heading.
        heading.kind = starts_list_item(heading.text) ? BlockKind::list_item : BlockKind::paragraph;
        heading.heading_level = 0;
        m_heading_open = false;
        m_open = true;
    } else if (const int level = numbered_heading_level(text); level > 0) {
        add_heading(text, level);
        m_last_numbered_level = level;
        return;
    } else if (!m_open && is_unnumbered_heading(text, m_shape->width)) {
        add_heading(text, std::min(m_last_numbered_level + 1, 3));
        m_candidate = true;
        return;
    }
    if (starts_list_item(text)) {
        close();
        open(BlockKind::list_item);
    } else if (!m_open) {
        open(BlockKind::paragraph);
    }
    append(text, '\n');
    after_text_line(text);
}

void BlockBuilder::interrupt() {
    demote_candidate();
    close();
    m_pending_break = 0;
}

void BlockBuilder::end_page() {
    demote_candidate();
    m_heading_open = false;
    m_pending_break = m_open ? '\f' : 0;
}

void BlockBuilder::open(BlockKind kind) {
    m_block = m_out.blocks.size();
    m_out.blocks.push_back(Block{m_page_index, kind, 0, {}});
    m_open = true;
}

void BlockBuilder::close() {
    m_open = false;
    m_heading_open = false;
}

void BlockBuilder::append(std::string_view text, char separator) {
    Block& current = block();
    if (!current.text.empty()) {
        current.text += separator;
    }
    current.text.append(text);
}

void BlockBuilder::add_heading(std::string_view text, int level) {
    close();
    m_block = m_out.blocks.size();
    m_out.blocks.push_back(Block{m_page_index, BlockKind::heading, level, std::string(text)});
    m_heading_open = true;
}

// A short last line that ends a sentence ends the paragraph: justified running text
// fills its lines, so the next line starts a new paragraph even without a blank line.
void BlockBuilder::after_text_line(std::string_view text) {
    if (ends_sentence(text) && code_points(text) * 100 < m_shape->width * 85) {
        close();
    }
}

void BlockBuilder::demote_candidate() {
    if (m_candidate) {
        block().kind = BlockKind::paragraph;
        block().heading_level = 0;
        m_candidate = false;
    }
}

// A paragraph or list item runs on over a blank line or a page break when its last line
// did not end a sentence and the next line starts in lowercase: "mantel-" / "zorg ...".
// (Physical layout prints a blank line inside a column where the other column's lines
// are spaced differently.)
bool BlockBuilder::runs_on(std::string_view text, char separator) {
    if (!m_open || (block().kind != BlockKind::paragraph && block().kind != BlockKind::list_item)) {
        return false;
    }
    // npos + 1 is 0: a block of one line is its own last line.
    const std::string_view last_line = std::string_view(block().text).substr(block().text.find_last_of("\n\f") + 1);
    const int pages_spanned = static_cast<int>(std::count(block().text.begin(), block().text.end(), '\f'));
    const bool next_page = block().page_index + pages_spanned + 1 == m_page_index;
    return (separator == '\n' || next_page) && !ends_sentence(last_line) && starts_lowercase(text);
}

}  // namespace galascan
