#include "report/sanitise.hpp"

#include <fmt/core.h>

#include "text/utf8.hpp"

namespace galascan {

namespace {

bool is_bidi_control(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

}  // namespace

std::string escape_controls(std::string_view text) {
    std::string safe;
    safe.reserve(text.size());
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t start = offset;
        const char32_t c = decode_utf8(text, offset);
        const bool invalid_byte = c == 0xFFFD && offset - start == 1;
        if (invalid_byte) {
            safe += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[start]));
        } else if (c == '\n') {
            safe += "\\n";
        } else if (c == '\r') {
            safe += "\\r";
        } else if (c == '\t') {
            safe += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            safe += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
        } else if ((c >= 0x80 && c < 0xA0) || is_bidi_control(c)) {
            safe += fmt::format("\\u{{{:x}}}", static_cast<unsigned>(c));
        } else {
            safe.append(text.substr(start, offset - start));
        }
    }
    return safe;
}

std::string csv_field(std::string_view text, bool is_text, char separator) {
    std::string field = escape_controls(text);
    if (is_text && !field.empty()) {
        const char first = field.front();
        // The escapes above already turned a leading tab or CR into "\t" / "\r"; = + - @
        // remain, and a spreadsheet would evaluate them (CSV injection).
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            field = std::string(1, '\'').append(field);  // not insert(): GCC 12 -Wrestrict false positive
        }
    }
    if (field.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) {
        return field;
    }
    std::string quoted = "\"";
    for (char c : field) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    quoted += '"';
    return quoted;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const char32_t c = decode_utf8(text, offset);
        width += (c >= 0x300 && c <= 0x36F) ? 0 : 1;  // combining marks take no column
    }
    return width;
}

// Cuts `text` (already sanitised) to at most `width` columns, ending in "…" when cut.
std::string fit(std::string_view text, std::size_t width) {
    if (width == 0 || display_width(text) <= width) {
        return std::string(text);
    }
    std::string cut;
    std::size_t offset = 0;
    std::size_t columns = 0;
    while (offset < text.size() && columns + 1 < width) {
        const std::size_t start = offset;
        decode_utf8(text, offset);
        cut.append(text.substr(start, offset - start));
        ++columns;
    }
    return cut + "…";
}

}  // namespace galascan
