#include "layout/line_text.hpp"

#include <algorithm>

#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

std::string_view trim(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
        line.remove_prefix(1);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    return line;
}

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t indent_of(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t");
    return first == std::string_view::npos ? line.size() : first;
}

bool ends_sentence(std::string_view text) {
    const char last = text.empty() ? ' ' : text.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
}

bool starts_lowercase(std::string_view line) {
    std::size_t offset = 0;
    const char32_t first = line.empty() ? U' ' : decode_utf8(line, offset);
    return is_lowercase_letter(first);
}

bool starts_capital_or_digit(std::string_view text) {
    std::size_t offset = 0;
    const char32_t first = text.empty() ? U' ' : decode_utf8(text, offset);
    return is_uppercase_letter(first) || is_ascii_digit(first);
}

}  // namespace galascan
