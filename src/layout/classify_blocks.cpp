// Block classification on the lines of Poppler's physical layout. Font sizes would cost
// text_list() with font info (1.62x the extraction itself, docs/pdf-facts.md), so structure
// comes from what the layout already shows: numbering, indents, gaps and line lengths.
//
// - A numbered heading is a short line such as "3 Mantelzorg" or "2.4 Wijkgericht werken":
//   section numbers, then a capital, no closing full stop.
// - An unnumbered heading ("Sociale basis en preventie") is a short line at the start of a
//   block, capitalised, without sentence punctuation, with text right below it. Its level is
//   one below the last numbered heading (1 before any).
// - A list item starts with a bullet (• ▪ – - * ‣ ◦ ●, or Word's Symbol-font bullets
//   U+F0B7/U+F0A7) or "1." / "a)" and runs until a blank line, the next item or a heading.
// - A table row is a line with cell gaps (three or more spaces) among two or more such lines,
//   with the indented lines of its wrapped cells.
// - Everything else is paragraph text. A paragraph ends at a blank line, or after a short line
//   that ends a sentence (justified text fills its lines); it runs on over a page break when
//   the sentence does ("mantel-" / "zorg").
// - Running headers, footers, page numbers and contents lines (page_furniture.cpp) become
//   blocks of their own kind, one per line, so later stages can set them aside.
// - Two-column pages are read column by column (columns.cpp) before any of this grouping.

#include "layout/classify_blocks.hpp"

#include <string_view>

#include <algorithm>

#include "layout/columns.hpp"
#include "layout/page_furniture.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

std::string_view trim(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
        line.remove_prefix(1);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    return line;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Returns the heading level of a numbered heading line, 0 when the line is no heading.
int numbered_heading_level(std::string_view line) {
    if (line.size() > 90 || line.empty() || !is_digit(line.front())) {
        return 0;
    }
    int level = 0;
    std::size_t i = 0;
    while (i < line.size() && is_digit(line[i])) {
        std::size_t digits = 0;
        while (i < line.size() && is_digit(line[i])) {
            ++i, ++digits;
        }
        if (digits > 2) {
            return 0;  // "2025 begroting" is a year, not chapter 2025
        }
        ++level;
        if (i < line.size() && line[i] == '.') {
            ++i;
        }
    }
    if (i >= line.size() || line[i] != ' ') {
        return 0;
    }
    while (i < line.size() && line[i] == ' ') {
        ++i;
    }
    std::size_t offset = i;
    const char32_t first = i < line.size() ? decode_utf8(line, offset) : U' ';
    const bool capital = (first >= U'A' && first <= U'Z') || (first >= 0xC0 && first <= 0xDE);
    const bool sentence = line.back() == '.' || line.back() == ',' || line.back() == ';';
    return capital && !sentence ? level : 0;
}

bool starts_lowercase(std::string_view line) {
    std::size_t offset = 0;
    const char32_t first = line.empty() ? U' ' : decode_utf8(line, offset);
    return (first >= U'a' && first <= U'z') || (first >= 0xDF && first <= 0xFF && first != 0xF7);
}

bool starts_list_item(std::string_view line) {
    static constexpr std::string_view bullets[] = {"•", "▪", "–", "-", "*", "‣", "◦", "●", "○", "■", "\uF0B7", "\uF0A7"};
    for (std::string_view bullet : bullets) {
        if (line.size() > bullet.size() && line.substr(0, bullet.size()) == bullet &&
            (line[bullet.size()] == ' ' || line[bullet.size()] == '\t')) {
            return true;
        }
    }
    // "1. item", "12) item", "a. item", "b) item"
    std::size_t i = 0;
    while (i < line.size() && i < 3 && is_digit(line[i])) {
        ++i;
    }
    if (i == 0 && !line.empty() && line[0] >= 'a' && line[0] <= 'z') {
        i = 1;
    }
    return i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool ends_sentence(std::string_view text) {
    const char last = text.empty() ? ' ' : text.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
}

bool starts_capital_or_digit(std::string_view text) {
    std::size_t offset = 0;
    const char32_t first = text.empty() ? U' ' : decode_utf8(text, offset);
    return (first >= U'A' && first <= U'Z') || (first >= 0xC0 && first <= 0xDE && first != 0xD7) ||
           (first >= U'0' && first <= U'9');
}

// Physical layout keeps the horizontal position of text with spaces: three or more spaces
// between two words are a gap between table cells (justified text stays below that).
// The spaces after a leading bullet ("•   item") are no gap.
bool has_cell_gap(std::string_view trimmed) {
    const std::size_t after_marker = starts_list_item(trimmed) ? trimmed.find(' ') : 0;
    const std::size_t text_start = trimmed.find_first_not_of(' ', after_marker);
    return text_start != std::string_view::npos && trimmed.find("   ", text_start) != std::string_view::npos;
}

std::size_t indent_of(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    return first == std::string_view::npos ? line.size() : first;
}

// What one page's reading-order lines tell about the page as a whole.
struct PageShape {
    std::size_t width = 0;        // code points of a full line of running text
    std::size_t margin = 0;       // the smallest indent of a text line
    std::vector<bool> table;      // per line: part of a table (rows with cell gaps)
};

PageShape shape_of(const std::vector<std::string_view>& lines) {
    PageShape shape;
    std::vector<std::size_t> lengths;
    shape.margin = std::string_view::npos;
    for (std::string_view line : lines) {
        const std::string_view text = trim(line);
        if (text.empty()) {
            continue;
        }
        shape.margin = std::min(shape.margin, indent_of(line));
        if (!has_cell_gap(text)) {
            lengths.push_back(code_points(text));
        }
    }
    if (!lengths.empty()) {
        std::sort(lengths.begin(), lengths.end());
        shape.width = lengths[lengths.size() * 4 / 5];
    }
    // A short page gives no reliable measure; 40 is a narrow column's line.
    shape.width = std::max<std::size_t>(shape.width, 40);

    // A table is a run of two or more lines with cell gaps, with the indented lines of cells
    // that wrap; the run ends at a blank line or at a line of plain text at the margin.
    shape.table.assign(lines.size(), false);
    std::size_t run_start = 0;
    int gapped = 0;
    auto end_run = [&](std::size_t end) {
        if (gapped >= 2) {
            std::fill(shape.table.begin() + static_cast<std::ptrdiff_t>(run_start),
                      shape.table.begin() + static_cast<std::ptrdiff_t>(end), true);
        }
        gapped = 0;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view text = trim(lines[i]);
        const bool gap = !text.empty() && has_cell_gap(text);
        // A cell that wraps: indented under a later column, or a short piece of the first.
        const bool wrapped_cell = !text.empty() && gapped > 0 &&
                                  (indent_of(lines[i]) >= shape.margin + 8 || code_points(text) * 5 < shape.width * 2);
        if (gap || wrapped_cell) {
            if (gapped == 0 && !gap) {
                continue;
            }
            if (gapped == 0) {
                run_start = i;
            }
            gapped += gap ? 1 : 0;
            continue;
        }
        end_run(i);
    }
    end_run(lines.size());
    return shape;
}

// Groups one page after another into blocks. Lines come in reading order; the builder
// keeps the block that is still taking lines, across a page break when a sentence runs on.
class BlockBuilder {
public:
    explicit BlockBuilder(LaidOutDocument& out) : m_out(out) {}

    void start_page(int page_index, const PageShape& shape) {
        m_page_index = page_index;
        m_shape = &shape;
    }

    void add_line(std::string_view line, bool in_table) {
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
        const bool lowercase_or_number = starts_lowercase(text) || (is_digit(text.front()) && numbered_heading_level(text) == 0);
        if (m_heading_open && lowercase_or_number) {
            Block& heading = block();
            const bool sentence = ends_sentence(text) || text.back() == ',' || heading.text.find(':') != std::string::npos;
            if (!sentence) {
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
        } else if (!m_open && is_unnumbered_heading(text)) {
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

    // Something other than running text came between (a contents line): nothing continues.
    void interrupt() {
        demote_candidate();
        close();
        m_pending_break = 0;
    }

    // The page is done; its last paragraph may go on at the top of the next page.
    void end_page() {
        demote_candidate();
        m_heading_open = false;
        m_pending_break = m_open ? '\f' : 0;
    }

private:
    Block& block() { return m_out.blocks[m_block]; }

    void open(BlockKind kind) {
        m_block = m_out.blocks.size();
        m_out.blocks.push_back(Block{m_page_index, kind, 0, {}});
        m_open = true;
    }

    void close() {
        m_open = false;
        m_heading_open = false;
    }

    void append(std::string_view text, char separator) {
        Block& current = block();
        if (!current.text.empty()) {
            current.text += separator;
        }
        current.text.append(text);
    }

    void add_heading(std::string_view text, int level) {
        close();
        m_block = m_out.blocks.size();
        m_out.blocks.push_back(Block{m_page_index, BlockKind::heading, level, std::string(text)});
        m_heading_open = true;
    }

    // A short last line that ends a sentence ends the paragraph: justified running text
    // fills its lines, so the next line starts a new paragraph even without a blank line.
    void after_text_line(std::string_view text) {
        if (ends_sentence(text) && code_points(text) * 100 < m_shape->width * 85) {
            close();
        }
    }

    // "Sociale basis en preventie" on a line of its own at the start of a block: short, no
    // sentence punctuation, starting with a capital. Whether text follows right below decides
    // (see add_line); a level is guessed from the numbered headings around it.
    bool is_unnumbered_heading(std::string_view text) const {
        if (starts_list_item(text) || !starts_capital_or_digit(text) || code_points(text) * 10 > m_shape->width * 7) {
            return false;
        }
        const char last = text.back();
        return last != '.' && last != ',' && last != ';' && last != ':' && count_words(text) <= 12;
    }

    void demote_candidate() {
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
    bool runs_on(std::string_view text, char separator) {
        if (!m_open || (block().kind != BlockKind::paragraph && block().kind != BlockKind::list_item)) {
            return false;
        }
        // npos + 1 is 0: a block of one line is its own last line.
        const std::string_view last_line = std::string_view(block().text).substr(block().text.find_last_of("\n\f") + 1);
        const int pages_spanned = static_cast<int>(std::count(block().text.begin(), block().text.end(), '\f'));
        const bool next_page = block().page_index + pages_spanned + 1 == m_page_index;
        return (separator == '\n' || next_page) && !ends_sentence(last_line) && starts_lowercase(text);
    }

    LaidOutDocument& m_out;
    const PageShape* m_shape = nullptr;
    int m_page_index = 0;
    std::size_t m_block = 0;         // the block taking lines, when m_open or m_heading_open
    bool m_open = false;             // the block takes more lines
    bool m_heading_open = false;     // the last line was a heading, no blank line since
    bool m_candidate = false;        // that heading is unnumbered and not yet confirmed
    char m_pending_break = 0;        // '\n' after a blank line, '\f' after a page break, while
                                     // the block may still run on
    int m_last_numbered_level = 0;
};

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
    switch (kind) {
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::list_item: return "list";
    case BlockKind::table_row: return "table";
    case BlockKind::table_of_contents: return "toc";
    case BlockKind::running_header: return "furniture";
    }
    return "paragraph";
}

}  // namespace galascan
