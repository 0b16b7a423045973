#pragma once
// What the text of one printed line says about it, for the layout stage only: its trimmed
// text, length, indent, and how it starts and ends. Lines are valid UTF-8 as extraction
// left them; lengths are in code points, since the layout is in characters, not bytes.

#include <cstddef>
#include <string_view>

namespace galascan {

// The line without leading and trailing spaces and tabs.
std::string_view trim(std::string_view line);

// Code points in `text`, the width it takes in Poppler's physical layout.
std::size_t code_points(std::string_view text);

// Leading spaces and tabs, in bytes; the whole length for a blank line.
std::size_t indent_of(std::string_view line);

// Ends in . ! ? : or ;
bool ends_sentence(std::string_view text);

// Starts with a lowercase letter (of any script: text/character_classes.hpp): running text
// that goes on.
bool starts_lowercase(std::string_view line);

// Starts with a capital (of any script) or an ASCII digit.
bool starts_capital_or_digit(std::string_view text);

}  // namespace galascan
