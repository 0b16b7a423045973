// Headings without font sizes: a numbered heading is a short line of section numbers, a
// capital and no closing full stop ("3 Mantelzorg", "2.4 Wijkgericht werken"); an unnumbered
// one is a short capitalised line without sentence punctuation, which the line below it must
// confirm (block_builder.cpp). Years ("2025 begroting") and sentences are not headings.

#include "layout/headings.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "layout/line_text.hpp"
#include "layout/lists_and_tables.hpp"
#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

int numbered_heading_level(std::string_view line) {
    if (line.size() > 90 || line.empty() || !is_ascii_digit(line.front())) {
        return 0;
    }
    int level = 0;
    std::size_t i = 0;
    while (i < line.size() && is_ascii_digit(line[i])) {
        std::size_t digits = 0;
        while (i < line.size() && is_ascii_digit(line[i])) {
            ++i, ++digits;
        }
        if (digits > 2) {
            return 0;  // "2025 begroting" is a year, not chapter 2025
        }
        ++level;
        if (i < line.size() && line[i] == '.') {
            ++i;
        }
    }
    if (i >= line.size() || line[i] != ' ') {
        return 0;
    }
    while (i < line.size() && line[i] == ' ') {
        ++i;
    }
    std::size_t offset = i;
    const char32_t first = i < line.size() ? decode_utf8(line, offset) : U' ';
    const bool capital = is_uppercase_letter(first);
    const bool sentence = line.back() == '.' || line.back() == ',' || line.back() == ';';
    return capital && !sentence ? level : 0;
}

// "Sociale basis en preventie" on a line of its own at the start of a block: short, no
// sentence punctuation, starting with a capital. Whether text follows right below decides
// (see BlockBuilder::add_line); a level is guessed from the numbered headings around it.
bool is_metadata_field(std::string_view text) {
    static constexpr std::array<std::string_view, 30> fields = {
        "datum", "team", "raadsnummer", "registratienummer", "ons kenmerk", "kenmerk", "onderwerp", "beleidsveld",
        "portefeuillehouder", "vragen bij", "fatale termijn", "agendapunt", "vergaderdatum", "behandeling", "steller",
        "status", "bijlage", "contactpersoon", "afdeling", "telefoonnummer", "telefoon", "e-mail", "postbus",
        "retouradres", "stuknummer", "uitslag stemming", "ris-nummer", "indiener", "voorstel aan de raad",
        "registratie"};
    std::string lower;
    for (const char c : text.substr(0, 40)) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return std::any_of(fields.begin(), fields.end(), [&](std::string_view field) {
        // The field's name alone, or followed by a value: "Datum", "Datum: 4 maart", "Raadsnummer 24161".
        return lower.compare(0, field.size(), field) == 0 &&
               (lower.size() == field.size() || lower[field.size()] == ' ' || lower[field.size()] == ':');
    });
}

bool is_unnumbered_heading(std::string_view text, std::size_t line_width) {
    if (is_metadata_field(text) || starts_list_item(text) || !starts_capital_or_digit(text) || code_points(text) * 10 > line_width * 7) {
        return false;
    }
    const char last = text.back();
    return last != '.' && last != ',' && last != ';' && last != ':' && count_words(text) <= 12;
}

}  // namespace galascan
