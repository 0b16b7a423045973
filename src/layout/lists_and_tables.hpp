#pragma once
// List items and tables, for the layout stage only (classify_blocks.cpp tells the rules).

#include <cstddef>
#include <string_view>
#include <vector>

namespace galascan {

// Whether a trimmed line opens a list item: a bullet (• ▪ – - * ‣ ◦ ● ○ ■, or Word's
// Symbol-font bullets U+F0B7/U+F0A7) or "1." / "12)" / "a." / "b)", then a space or tab.
bool starts_list_item(std::string_view line);

// Whether a trimmed line has a gap between table cells: three or more spaces between two
// words (physical layout keeps positions with spaces; justified text stays below that).
bool has_cell_gap(std::string_view trimmed);

// What one page's reading-order lines tell about the page as a whole.
struct PageShape {
    std::size_t width = 0;    // code points of a full line of running text
    std::size_t margin = 0;   // the smallest indent of a text line
    std::vector<bool> table;  // per line: part of a table (rows with cell gaps)
};

// The shape of a page from its lines in reading order, as extracted (not trimmed).
PageShape shape_of(const std::vector<std::string_view>& lines);

}  // namespace galascan
