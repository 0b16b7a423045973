// Line-end dehyphenation for Dutch.
//
// Word processors hyphenate Dutch text at syllable boundaries; the PDF then holds
// "mantelzorgonder-" at the end of one line and "steuning" at the start of the next. A
// line-end hyphen is joined when it stands between two lowercase letters, because that is
// what automatic hyphenation produces. It stays when
// - the letter before it is a capital or a digit: EU-subsidie, ICT-voorzieningen, 2024-2027;
// - the next line starts with a capital: Noord-Brabant, Sint-Michielsgestel;
// - the next word is a conjunction: "zorg- en welzijnsorganisaties", "buurt- of wijkteam"
//   (the suspended hyphen of an elided compound, which the matcher expands later).
// LibreOffice sometimes leaves a gap before the hyphen in justified text ("maatschap -"),
// so one space before it is joined too. A soft hyphen (U+00AD) at a line end always joins.
// A page break inside a block ('\f', see layout) is a line end like any other.

#include "normalise/dehyphenate.hpp"

#include <algorithm>
#include <array>

#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

// The code point that ends just before `end`.
char32_t code_point_before(std::string_view text, std::size_t end) {
    if (end == 0) {
        return 0;
    }
    std::size_t start = floor_to_code_point(text, end - 1);
    return decode_utf8(text, start);
}

bool next_word_is_conjunction(std::string_view rest) {
    std::size_t length = 0;
    while (length < rest.size() && rest[length] >= 'a' && rest[length] <= 'z') {
        ++length;
    }
    return is_elision_conjunction(rest.substr(0, length));
}

// How many bytes before the newline at `newline` to remove when the line-end hyphen is an
// artefact of hyphenation; 0 when the hyphen (if any) must stay.
std::size_t hyphenation_bytes(std::string_view text, std::size_t newline) {
    std::size_t hyphen = newline;
    bool soft = false;
    if (newline >= 2 && text.substr(newline - 2, 2) == "\u00AD") {
        hyphen = newline - 2, soft = true;
    } else if (newline >= 3 && text.substr(newline - 3, 3) == "\u2010") {
        hyphen = newline - 3;
    } else if (newline >= 1 && text[newline - 1] == '-') {
        hyphen = newline - 1;
    } else {
        return 0;
    }
    std::size_t start = hyphen;
    if (start >= 2 && text[start - 1] == ' ' && text[start - 2] != ' ') {
        --start;  // "maatschap -" from justified LibreOffice text
    }
    const std::string_view rest = text.substr(newline + 1);
    std::size_t offset = 0;
    const char32_t next = rest.empty() ? 0 : decode_utf8(rest, offset);
    if (soft) {
        return newline - start;
    }
    const bool between_lowercase = is_lowercase_letter(code_point_before(text, start)) && is_lowercase_letter(next);
    // "zo-⏎als" is zoals: a part of two letters is a syllable, not the first half of a
    // compound ("jeugd- als ouderenwerk").
    const std::size_t word_start = text.find_last_of(" \n\f", start - 1);
    const std::size_t part_bytes = start - (word_start == std::string_view::npos ? 0 : word_start + 1);
    const bool suspended = part_bytes >= 3 && next_word_is_conjunction(rest);
    return between_lowercase && !suspended ? newline - start : 0;
}

}  // namespace

bool is_elision_conjunction(std::string_view word) {
    static constexpr std::array<std::string_view, 6> conjunctions = {"en", "of", "tot", "noch", "als", "dan"};
    return std::find(conjunctions.begin(), conjunctions.end(), word) != conjunctions.end();
}

std::string dehyphenate(std::string_view text) {
    // A word joined over a page break ('\f') takes the break along to its end, so that
    // counting breaks still tells which page a word starts on.
    std::string marked(text);
    std::string joined;
    joined.reserve(text.size());
    std::size_t copied = 0;
    for (std::size_t line_end = marked.find_first_of("\n\f"); line_end != std::string::npos;
         line_end = marked.find_first_of("\n\f", line_end + 1)) {
        const std::size_t remove = hyphenation_bytes(marked, line_end);
        if (remove == 0) {
            continue;
        }
        if (marked[line_end] == '\f') {
            const std::size_t word_end = marked.find_first_of(" \n\f", line_end + 1);
            if (word_end != std::string::npos) {
                marked[word_end] = '\f';
            }
        }
        joined.append(std::string_view(marked).substr(copied, line_end - remove - copied));
        copied = line_end + 1;  // drop the hyphen, the gap before it and the line break
    }
    joined.append(std::string_view(marked).substr(copied));
    return joined;
}

}  // namespace galascan
