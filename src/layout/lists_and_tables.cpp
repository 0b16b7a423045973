// List items and tables on the lines of Poppler's physical layout. A list item starts with a
// bullet or an item number. A table is a run of two or more lines with cell gaps (three or
// more spaces), with the indented lines of cells that wrap; the run ends at a blank line or at
// a line of plain text at the margin. A page's width (its long lines) and margin, measured
// here, also decide what is short (block_builder.cpp, headings.cpp).

#include "layout/lists_and_tables.hpp"

#include <algorithm>

#include "layout/line_text.hpp"
#include "text/character_classes.hpp"

namespace galascan {

bool starts_list_item(std::string_view line) {
    static constexpr std::string_view bullets[] = {"•", "▪", "–", "-", "*",      "‣",
                                                   "◦", "●", "○", "■", "\uF0B7", "\uF0A7"};
    for (std::string_view bullet : bullets) {
        if (line.size() > bullet.size() && line.substr(0, bullet.size()) == bullet &&
            (line[bullet.size()] == ' ' || line[bullet.size()] == '\t')) {
            return true;
        }
    }
    // "1. item", "12) item", "a. item", "b) item"
    std::size_t i = 0;
    while (i < line.size() && i < 3 && is_ascii_digit(line[i])) {
        ++i;
    }
    if (i == 0 && !line.empty() && line[0] >= 'a' && line[0] <= 'z') {
        i = 1;
    }
    return i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

// The spaces after a leading bullet ("•   item") are no gap.
bool has_cell_gap(std::string_view trimmed) {
    const std::size_t after_marker = starts_list_item(trimmed) ? trimmed.find(' ') : 0;
    const std::size_t text_start = trimmed.find_first_not_of(' ', after_marker);
    return text_start != std::string_view::npos && trimmed.find("   ", text_start) != std::string_view::npos;
}

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

}  // namespace galascan
