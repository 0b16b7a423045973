// Block classification, first version: works on the lines of Poppler's physical layout.
//
// - A numbered heading is a short line such as "3 Mantelzorg" or "2.4 Wijkgericht werken":
//   section numbers, then a capital, no closing full stop. Municipal plans number their
//   chapters this way almost always; font-size headings come with the text boxes later.
// - A list item starts with a bullet (• ▪ – - * ‣ ◦ ●, or Word's Symbol-font bullets U+F0B7/U+F0A7) or "1." / "a)" and runs until a
//   blank line, the next item or a heading.
// - Everything else is paragraph text; a blank line ends a paragraph.
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

class BlockBuilder {
public:
    explicit BlockBuilder(LaidOutDocument& out) : m_out(out) {}

    void add_line(int page_index, std::string_view line) {
        const std::string_view text = trim(line);
        if (text.empty()) {
            close();
            return;
        }
        const bool runs_on = starts_lowercase(text) || (is_digit(text.front()) && numbered_heading_level(text) == 0);
        if (m_heading_open && runs_on) {
            Block& block = m_out.blocks.back();
            const char last = text.back();
            const bool sentence = last == '.' || last == ';' || last == ',' || last == ':' ||
                                  block.text.find(':') != std::string::npos;
            if (!sentence) {
                // "3.2 Roken, alcohol en mentale" / "gezondheid": a heading wrapped in a column.
                block.text += '\n';
                block.text.append(text);
                return;
            }
            // "4. Eenzaamheid: het aandeel ... dat" / "zich ernstig eenzaam voelt.": a numbered
            // item or a sentence that runs on, not a heading.
            block.kind = starts_list_item(block.text) ? BlockKind::list_item : BlockKind::paragraph;
            block.heading_level = 0;
            m_heading_open = false;
            m_open = true;
        } else if (const int level = numbered_heading_level(text); level > 0) {
            close();
            m_out.blocks.push_back(Block{page_index, BlockKind::heading, level, std::string(text)});
            m_heading_open = true;
            return;
        }
        if (starts_list_item(text)) {
            close();
            open(page_index, BlockKind::list_item);
        } else if (!m_open) {
            open(page_index, BlockKind::paragraph);
        }
        Block& block = m_out.blocks.back();
        if (!block.text.empty()) {
            block.text += '\n';
        }
        block.text.append(text);
    }

    void close() {
        m_open = false;
        m_heading_open = false;
    }

private:
    void open(int page_index, BlockKind kind) {
        m_out.blocks.push_back(Block{page_index, kind, 0, {}});
        m_open = true;
    }

    LaidOutDocument& m_out;
    bool m_open = false;          // the last block takes more lines
    bool m_heading_open = false;  // the last line was a heading, no blank line since
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
    for (std::string_view line : in_reading_order(content)) {
        const bool is_contents = !line.empty() && std::find(contents_lines.begin(), contents_lines.end(),
                                                            line.data()) != contents_lines.end();
        if (is_contents) {
            builder.close();
            add_set_aside(laid_out, page.page_index, BlockKind::table_of_contents, trim(line));
        } else {
            builder.add_line(page.page_index, line);
        }
    }
    // A page break ends a paragraph here; joining paragraphs across pages is later work.
    builder.close();
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

const char* block_kind_name(BlockKind kind) {
    switch (kind) {
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::list_item: return "list";
    case BlockKind::table_of_contents: return "toc";
    case BlockKind::running_header: return "furniture";
    }
    return "paragraph";
}

}  // namespace galascan
