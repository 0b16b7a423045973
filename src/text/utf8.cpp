#include "text/utf8.hpp"

#include "text/character_classes.hpp"

namespace galascan {

namespace {

constexpr char32_t replacement_character = 0xFFFD;

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

char32_t decode_utf8(std::string_view text, std::size_t& offset) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) {
        ++offset;
        return lead;
    }
    std::size_t length = 0;
    char32_t code_point = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, code_point = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, code_point = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, code_point = lead & 0x07, minimum = 0x10000;
    } else {
        ++offset;
        return replacement_character;
    }
    if (offset + length > text.size()) {
        ++offset;
        return replacement_character;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[offset + i]);
        if (!is_continuation(byte)) {
            ++offset;
            return replacement_character;
        }
        code_point = (code_point << 6) | (byte & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    if (code_point < minimum || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
        ++offset;
        return replacement_character;
    }
    offset += length;
    return code_point;
}

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

std::string repair_utf8(std::string_view text) {
    std::string repaired;
    repaired.reserve(text.size());
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t start = offset;
        const char32_t code_point = decode_utf8(text, offset);
        if (code_point == replacement_character && offset - start == 1) {
            append_utf8(repaired, replacement_character);
        } else {
            repaired.append(text.substr(start, offset - start));
        }
    }
    return repaired;
}

std::size_t floor_to_code_point(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) {
        return text.size();
    }
    while (offset > 0 && is_continuation(static_cast<unsigned char>(text[offset]))) {
        --offset;
    }
    return offset;
}

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    bool word_has_letter = false;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const unsigned char byte = static_cast<unsigned char>(text[offset]);
        bool word = false;
        bool letter = false;
        if (byte < 0x80) {  // most of the text: no decoding, no table lookups
            ++offset;
            letter = is_ascii_letter(byte);
            word = is_ascii_word_byte(byte);
        } else {
            const char32_t c = decode_utf8(text, offset);
            word = is_word_code_point(c);
            letter = word && is_letter_code_point(c);
        }
        if (word) {
            in_word = true;
            word_has_letter = word_has_letter || letter;
        } else {
            words += (in_word && word_has_letter) ? 1 : 0;
            in_word = false;
            word_has_letter = false;
        }
    }
    return words + ((in_word && word_has_letter) ? 1 : 0);
}

std::string join_whitespace(std::string_view text) {
    std::string joined;
    joined.reserve(text.size());
    for (char c : text) {
        if (is_ascii_space(c)) {
            if (!joined.empty() && joined.back() != ' ') {
                joined += ' ';
            }
        } else {
            joined += c;
        }
    }
    if (!joined.empty() && joined.back() == ' ') {
        joined.pop_back();
    }
    return joined;
}

}  // namespace galascan
