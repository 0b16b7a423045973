// Page furniture. An analyst skips the running title on every page; counting it would make
// "Visie sociale basis" look covered forty times over. The same goes for a table of
// contents: it names every theme once without saying anything about it.
//
// Running lines: the first and last three non-blank lines of each page are candidates. A
// candidate's key is its text with digits runs replaced by '#', lowercased, spaces joined,
// so "Pagina 3 van 40" and "Pagina 4 van 40" share a key. A key seen on at least three
// pages and on at least 30 % of the pages is furniture; so is any candidate that is only a
// page number. Title pages without a header do not matter: the rule counts pages, not runs.
//
// Contents: an entry ends in a page number after dot leaders ("Mantelzorg ........ 7"). A
// page with three such entries, or with a title "Inhoud(sopgave)" and entries that end in a
// number after a wide gap (Word without leaders), is a contents page.

#include "layout/page_furniture.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "text/character_classes.hpp"

namespace galascan {

namespace {

constexpr std::size_t zone_lines = 3;

std::string key_of(std::string_view line) {
    std::string key;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (is_ascii_digit(c)) {
            if (key.empty() || key.back() != '#') {
                key += '#';
            }
        } else if (c == ' ' || c == '\t') {
            if (!key.empty() && key.back() != ' ') {
                key += ' ';
            }
        } else {
            key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    while (!key.empty() && key.back() == ' ') {
        key.pop_back();
    }
    return key;
}

bool is_page_number(const std::string& key) {
    static const std::set<std::string> forms = {
        "#",          "- # -",      "-#-",        "– # –",          "–#–",       "pagina #", "pagina # van #",
        "page #",     "page # of #", "# van #",   "# / #",          "#/#",       "blz. #",   "blad #",
        "pag. #",     "p. #",        "[#]",       "- pagina # -",   "(#)"};
    return forms.count(key) > 0;
}

// Indices of the candidate lines of one page: the first and last non-blank lines.
std::vector<std::size_t> zone_of(const PageLines& lines) {
    std::vector<std::size_t> non_blank;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].empty()) {
            non_blank.push_back(i);
        }
    }
    std::vector<std::size_t> zone;
    for (std::size_t i = 0; i < non_blank.size(); ++i) {
        if (i < zone_lines || i + zone_lines >= non_blank.size()) {
            zone.push_back(non_blank[i]);
        }
    }
    return zone;
}

std::vector<std::vector<bool>> none_marked(const std::vector<PageLines>& pages) {
    std::vector<std::vector<bool>> marks;
    for (const PageLines& lines : pages) {
        marks.emplace_back(lines.size(), false);
    }
    return marks;
}

// Splits "Mantelzorg ........ 7" into whether it has leaders / a wide gap before the number.
struct EntryShape {
    bool ends_in_number = false;
    bool dot_leaders = false;
    bool wide_gap = false;
};

EntryShape entry_shape(std::string_view line) {
    EntryShape shape;
    std::size_t end = line.size();
    std::size_t digits = 0;
    while (end > 0 && is_ascii_digit(line[end - 1])) {
        --end, ++digits;
    }
    if (digits == 0 || digits > 3 || end == 0) {
        return shape;
    }
    shape.ends_in_number = true;
    std::size_t leaders = 0;
    std::size_t spaces = 0;
    std::size_t i = end;
    while (i > 0) {
        const char c = line[i - 1];
        if (c == '.' || c == '_') {
            ++leaders;
        } else if (c == ' ' || c == '\t') {
            ++spaces;
        } else if (i >= 3 && line.substr(i - 3, 3) == "…") {
            leaders += 3;
            i -= 2;
        } else {
            break;
        }
        --i;
    }
    shape.dot_leaders = leaders >= 4 && i > 0;
    shape.wide_gap = spaces >= 2 && i > 0;
    return shape;
}

bool is_contents_title(std::string_view line) {
    const std::string key = key_of(line);
    return key == "inhoud" || key == "inhoudsopgave" || key == "inhoudstafel" || key == "inhoudsopgave:" ||
           key == "inhoud:" || key == "table of contents" || key == "contents";
}

}  // namespace

std::vector<std::vector<bool>> find_running_lines(const std::vector<PageLines>& pages) {
    struct Candidate {
        std::size_t page;
        std::size_t line;
        std::string key;
    };
    std::vector<Candidate> candidates;
    std::map<std::string, std::set<std::size_t>> pages_with_key;
    for (std::size_t page = 0; page < pages.size(); ++page) {
        for (std::size_t line : zone_of(pages[page])) {
            candidates.push_back(Candidate{page, line, key_of(pages[page][line])});
            pages_with_key[candidates.back().key].insert(page);
        }
    }
    const std::size_t needed = std::max<std::size_t>(3, (pages.size() * 3 + 9) / 10);
    std::vector<std::vector<bool>> marks = none_marked(pages);
    for (const Candidate& candidate : candidates) {
        marks[candidate.page][candidate.line] =
            is_page_number(candidate.key) ||
            (candidate.key.size() < 160 && pages_with_key[candidate.key].size() >= needed);
    }
    return marks;
}

std::vector<std::vector<bool>> find_table_of_contents(const std::vector<PageLines>& pages) {
    std::vector<std::vector<bool>> marks = none_marked(pages);
    for (std::size_t page = 0; page < pages.size(); ++page) {
        const PageLines& lines = pages[page];
        const bool titled = std::any_of(lines.begin(), lines.end(), is_contents_title);
        const auto with_leaders = std::count_if(lines.begin(), lines.end(),
                                                [](std::string_view line) { return entry_shape(line).dot_leaders; });
        if (!titled && with_leaders < 3) {
            continue;
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const EntryShape shape = entry_shape(lines[i]);
            marks[page][i] = is_contents_title(lines[i]) || shape.dot_leaders || (titled && shape.wide_gap);
        }
    }
    return marks;
}

}  // namespace galascan
