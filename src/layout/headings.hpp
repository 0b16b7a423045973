#pragma once
// Which lines are headings, for the layout stage only (classify_blocks.cpp tells the rules).

#include <cstddef>
#include <string_view>

namespace galascan {

// The level of a numbered heading line ("3 Mantelzorg": 1, "2.4 Wijkgericht werken": 2),
// 0 when the line is no numbered heading. `line` is trimmed.
int numbered_heading_level(std::string_view line);

// Whether a trimmed line at the start of a block may be an unnumbered heading ("Sociale basis
// en preventie"): short for a page whose running text is `line_width` code points wide,
// capitalised, no sentence punctuation. Only the line below can confirm it (BlockBuilder).
bool is_unnumbered_heading(std::string_view text, std::size_t line_width);

}  // namespace galascan
