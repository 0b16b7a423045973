// Headings without font sizes: a numbered heading is a short line of section numbers, a
// capital and no closing full stop ("3 Mantelzorg", "2.4 Wijkgericht werken"); an unnumbered
// one is a short capitalised line without sentence punctuation, which the line below it must
// confirm (block_builder.cpp). Years ("2025 begroting") and sentences are not headings.

#include "layout/headings.hpp"

#include "layout/line_text.hpp"
#include "layout/lists_and_tables.hpp"
#include "text/utf8.hpp"

namespace galascan {

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

// "Sociale basis en preventie" on a line of its own at the start of a block: short, no
// sentence punctuation, starting with a capital. Whether text follows right below decides
// (see BlockBuilder::add_line); a level is guessed from the numbered headings around it.
bool is_unnumbered_heading(std::string_view text, std::size_t line_width) {
    if (starts_list_item(text) || !starts_capital_or_digit(text) || code_points(text) * 10 > line_width * 7) {
        return false;
    }
    const char last = text.back();
    return last != '.' && last != ',' && last != ';' && last != ':' && count_words(text) <= 12;
}

}  // namespace galascan
