#pragma once
// Word boundaries for the matcher's inner loops. The matcher asks "is this a word
// character?" about nearly every byte of a document; ASCII, which is nearly all of a Dutch
// text after folding, is answered inline, the rest by text/character_classes.

#include <cstddef>
#include <string_view>

#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

// Whether the code point at `offset` (< text.size()) is part of a word; advances `offset`
// past it, as decode_utf8 does.
inline bool next_is_word(std::string_view text, std::size_t& offset) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
        ++offset;
        return is_ascii_word_byte(byte);
    }
    return is_word_code_point(decode_utf8(text, offset));
}

// Whether a word code point starts at `offset` (false at the end of the text).
inline bool is_word_at(std::string_view text, std::size_t offset) {
    return offset < text.size() && next_is_word(text, offset);
}

// Whether the code point that contains the byte before `offset` (> 0) is part of a word.
inline bool is_word_before(std::string_view text, std::size_t offset) {
    const auto byte = static_cast<unsigned char>(text[offset - 1]);
    if (byte < 0x80) {
        return is_ascii_word_byte(byte);
    }
    return is_word_at(text, floor_to_code_point(text, offset - 1));
}

// The end of the word that contains the byte before `offset` (or `offset` when no word
// continues there), with a possessive/plural "'s" taken along: "thema's".
inline std::size_t word_end(std::string_view text, std::size_t offset) {
    while (offset < text.size()) {
        std::size_t next = offset;
        if (!next_is_word(text, next)) {
            break;
        }
        offset = next;
    }
    if (offset + 1 < text.size() && text[offset] == '\'' && text[offset + 1] == 's' && !is_word_at(text, offset + 2)) {
        offset += 2;
    }
    return offset;
}

}  // namespace galascan
