// Column detection on physical-layout text.
//
// Poppler's physical layout keeps each printed line and pads with spaces to keep positions,
// so a two-column page comes out as pairs "left line      right line". Reading that line by
// line mixes two paragraphs into one. A gutter is a character column, in the middle half
// of the page width, where (almost) no line has a letter, while at least 20 % of the lines
// have text on both sides of it and 40 % either that or text starting right after it (the
// two columns' lines are not always level, so many lines hold only one of them); one line, plus one in ten, may cross it (a title, a wide
// table row). Lines that cross stay whole and split the page into regions; inside a region the
// left halves are read first, then the right halves. Positions are counted in code points,
// which is what Poppler pads with.

#include "layout/columns.hpp"

#include <algorithm>
#include <cstddef>

#include "text/utf8.hpp"

namespace galascan {

namespace {

// A line as its code points' byte offsets, so column x is a position, not a byte.
struct Columns {
    std::string_view line;
    std::vector<std::size_t> starts;   // byte offset of each code point
    std::size_t first_text = 0;        // column of the first non-space, width() if none
    std::size_t last_text = 0;         // column of the last non-space, 0 if none

    explicit Columns(std::string_view text) : line(text) {
        std::size_t offset = 0;
        while (offset < text.size()) {
            starts.push_back(offset);
            decode_utf8(text, offset);
        }
        first_text = width();
        for (std::size_t x = 0; x < width(); ++x) {
            if (line[starts[x]] != ' ') {
                first_text = std::min(first_text, x);
                last_text = x;
            }
        }
    }
    std::size_t width() const { return starts.size(); }
    bool blank_at(std::size_t x) const { return x >= width() || line[starts[x]] == ' '; }
    bool has_text_before(std::size_t x) const { return first_text < x; }
    bool has_text_from(std::size_t x) const { return first_text < width() && last_text >= x; }
    std::string_view left(std::size_t x) const { return line.substr(0, x < width() ? starts[x] : line.size()); }
    std::string_view right(std::size_t x) const { return x < width() ? line.substr(starts[x]) : std::string_view(); }
};

// The gutter is the blank run [x, x + 2); lines are split at x + 1.
bool blocks_gutter(const Columns& line, std::size_t x) { return !line.blank_at(x) || !line.blank_at(x + 1); }

// The column to split the page's lines at, or 0 when the page has no gutter.
std::size_t find_gutter(const std::vector<Columns>& lines) {
    std::size_t page_width = 0;
    std::size_t non_blank = 0;
    for (const Columns& line : lines) {
        page_width = std::max(page_width, line.width());
        non_blank += line.has_text_from(0) ? 1 : 0;
    }
    if (non_blank < 8 || page_width < 40) {
        return 0;
    }
    std::size_t best = 0;
    std::size_t best_both_sides = 0;
    for (std::size_t x = page_width / 4; x + 2 < page_width * 3 / 4; ++x) {
        std::size_t crossing = 0;
        std::size_t both_sides = 0;
        std::size_t right_only = 0;
        for (const Columns& line : lines) {
            if (blocks_gutter(line, x)) {
                ++crossing;
            } else if (line.has_text_before(x) && line.has_text_from(x + 2)) {
                ++both_sides;
            } else if (!line.has_text_before(x) && line.first_text >= x + 2 && line.first_text <= x + 4) {
                ++right_only;
            }
        }
        // Few lines through the gutter, and text on both sides of it on many lines.
        const bool columns_beside = both_sides * 5 >= non_blank && (both_sides + right_only) * 5 >= non_blank * 2;
        if (crossing <= 1 + non_blank / 10 && columns_beside && both_sides > best_both_sides) {
            best = x + 1;
            best_both_sides = both_sides;
        }
    }
    return best;
}

// Cheap test first (most pages have one column): a gutter needs a wide gap inside, or a deep
// indent before, at least 40 % of the lines.
bool may_have_columns(const std::vector<std::string_view>& lines) {
    std::size_t non_blank = 0;
    std::size_t with_gap = 0;
    for (std::string_view line : lines) {
        const std::size_t first = line.find_first_not_of(' ');
        if (first == std::string_view::npos) {
            continue;
        }
        ++non_blank;
        const std::size_t gap = line.find("  ", first);
        const bool inner_gap = gap != std::string_view::npos && line.find_first_not_of(' ', gap) != std::string_view::npos;
        with_gap += inner_gap || first >= 20 ? 1 : 0;
    }
    return non_blank >= 8 && with_gap * 5 >= non_blank * 2;
}

}  // namespace

std::vector<std::string_view> in_reading_order(const std::vector<std::string_view>& lines) {
    if (!may_have_columns(lines)) {
        return lines;
    }
    std::vector<Columns> columns;
    columns.reserve(lines.size());
    for (std::string_view line : lines) {
        columns.emplace_back(line);
    }
    const std::size_t gutter = find_gutter(columns);
    if (gutter == 0) {
        return lines;
    }
    std::vector<std::string_view> ordered;
    std::vector<std::string_view> right_column;
    for (const Columns& line : columns) {
        if (blocks_gutter(line, gutter - 1)) {
            // A line across both columns ends the region: the right column comes first.
            ordered.insert(ordered.end(), right_column.begin(), right_column.end());
            right_column.clear();
            ordered.push_back(line.line);
            continue;
        }
        // A half that is blank only because the other column has text on this line is no
        // paragraph break; a line blank on both sides is one for both columns.
        const bool left_text = line.has_text_before(gutter);
        const bool right_text = line.has_text_from(gutter);
        if (left_text || !right_text) {
            ordered.push_back(line.left(gutter));
        }
        if (right_text || !left_text) {
            right_column.push_back(line.right(gutter));
        }
    }
    ordered.insert(ordered.end(), right_column.begin(), right_column.end());
    return ordered;
}

}  // namespace galascan
