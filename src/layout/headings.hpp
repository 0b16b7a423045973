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

// Whether a trimmed line is a field of a letterhead or cover ("Datum 4 maart 2025",
// "Raadsnummer 24161", "Portefeuillehouder", "Team: Zorg"): it stands alone like a heading
// and is none; it is not the document's title either.
bool is_metadata_field(std::string_view text);

// Headings are short: a "heading" that runs on past this many words is a numbered item or a
// sentence ("4. Het beschikbaar stellen van een krediet voor ...").
inline constexpr std::size_t longest_heading_words = 16;

}  // namespace galascan
