#pragma once
// UTF-8 helpers shared by every stage. Byte offsets into UTF-8 strings are galascan's only
// text unit; these functions keep cuts on code point boundaries and tell words apart (with
// the character classes of text/character_classes.hpp).

#include <cstddef>
#include <string>
#include <string_view>

namespace galascan {

// A half-open range [begin, end) of byte offsets into some UTF-8 string.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
    bool operator==(const ByteRange&) const = default;
};

// Decodes the code point starting at `offset`; advances `offset` past it. Invalid or truncated
// sequences decode as U+FFFD and advance one byte, so a loop over hostile bytes always ends.
char32_t decode_utf8(std::string_view text, std::size_t& offset);

// Appends the UTF-8 encoding of `code_point` to `out`.
void append_utf8(std::string& out, char32_t code_point);

// Returns `text` with every invalid byte sequence replaced by U+FFFD: the form every
// later stage may assume.
std::string repair_utf8(std::string_view text);

// Moves `offset` back to the start of the code point it falls in (0 stays 0).
std::size_t floor_to_code_point(std::string_view text, std::size_t offset);

// Counts the words in `text`: maximal runs of word code points (is_word_code_point) that
// contain a letter.
std::size_t count_words(std::string_view text);

// `text` with every run of spaces, tabs and line breaks as one space, trimmed.
std::string join_whitespace(std::string_view text);

}  // namespace galascan
