#include <doctest/doctest.h>

#include <string>

#include "layout/page_furniture.hpp"

using namespace galascan;

namespace {

// Which lines of which page are marked, as "page:line".
std::vector<std::string> marked(const std::vector<std::vector<bool>>& marks) {
    std::vector<std::string> found;
    for (std::size_t page = 0; page < marks.size(); ++page) {
        for (std::size_t line = 0; line < marks[page].size(); ++line) {
            if (marks[page][line]) {
                found.push_back(std::to_string(page) + ":" + std::to_string(line));
            }
        }
    }
    return found;
}

}  // namespace

TEST_CASE("a running title and numbered footers on many pages are furniture, the title page is not") {
    const std::vector<PageLines> pages = {
        {"Visie sociale basis", "Gemeente Dijkwater"},
        {"Visie sociale basis | Dijkwater", "", "1 Inleiding", "De sociale basis is sterk.", "Pagina 2 van 5"},
        {"Visie sociale basis | Dijkwater", "Mantelzorg telt.", "Pagina 3 van 5"},
        {"Visie sociale basis | Dijkwater", "Eenzaamheid ook.", "Pagina 4 van 5"},
        {"Visie sociale basis | Dijkwater", "Slot.", "Pagina 5 van 5"}};
    CHECK(marked(find_running_lines(pages)) ==
          std::vector<std::string>{"1:0", "1:4", "2:0", "2:2", "3:0", "3:2", "4:0", "4:2"});
}

TEST_CASE("page numbers alone are furniture even in short documents") {
    const std::vector<PageLines> pages = {{"Tekst over mantelzorg.", "- 1 -"}, {"Meer tekst.", "2"}};
    CHECK(marked(find_running_lines(pages)) == std::vector<std::string>{"0:1", "1:1"});
}

TEST_CASE("a line that repeats on two pages only is content") {
    const std::vector<PageLines> pages = {{"Mantelzorg", "a"}, {"Mantelzorg", "b"}, {"c"}, {"d"}, {"e"}};
    CHECK(marked(find_running_lines(pages)).empty());
}

TEST_CASE("contents pages: entries with dot leaders and the title") {
    const std::vector<PageLines> pages = {
        {"Inhoudsopgave", "1 Inleiding..........3", "4.2 Mantelzorg .......... 7", "Bijlage …… 12", "Tekst zonder nummer"},
        {"3 Mantelzorg", "In 2025 doen we meer. Zie pagina 12"}};
    CHECK(marked(find_table_of_contents(pages)) == std::vector<std::string>{"0:0", "0:1", "0:2", "0:3"});
}

TEST_CASE("a contents page without leaders is found by its title and wide gaps") {
    const std::vector<PageLines> pages = {{"Inhoud", "1 Inleiding      3", "2 Mantelzorg     5", "Ons plan telt 12"}};
    CHECK(marked(find_table_of_contents(pages)) == std::vector<std::string>{"0:0", "0:1", "0:2"});
}

TEST_CASE("numbers at line ends in ordinary text are not a contents page") {
    const std::vector<PageLines> pages = {{"We bereiken 300 inwoners in 2025", "Het budget is 12", "Zie ook hoofdstuk 3"}};
    CHECK(marked(find_table_of_contents(pages)).empty());
}
