#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout/columns.hpp"

using namespace galascan;

namespace {

std::vector<std::string> ordered(const std::vector<std::string>& page) {
    const std::vector<std::string_view> views(page.begin(), page.end());
    std::vector<std::string> result;
    for (std::string_view line : in_reading_order(views)) {
        const std::size_t first = line.find_first_not_of(' ');
        const std::size_t last = line.find_last_not_of(' ');
        result.push_back(first == std::string_view::npos ? "" : std::string(line.substr(first, last - first + 1)));
    }
    return result;
}

// A printed line with one line of each column: "links regel N met tekst", a gutter, "rechts ...".
std::string two_column_line(int number) {
    const std::string n = std::to_string(number);
    return "links regel " + n + " met tekst         rechts regel " + n + " met tekst";
}

}  // namespace

TEST_CASE("a two-column page is read column by column") {
    const std::vector<std::string> page = {
        "Mantelzorgers verdienen steun en         Eenzaamheid raakt jong en oud, en",
        "waardering. Het Steunpunt biedt          vraagt een aanpak per kern met de",
        "cursussen, advies en een luisterend      huisarts, de kerk en de buurt. We",
        "oor voor wie het zwaar heeft.            starten in 2025 met huisbezoeken.",
        "Respijtzorg maakt het mogelijk om        Vrijwilligers zijn onmisbaar in de",
        "even op adem te komen, een weekend       sociale basis van alle dorpen en",
        "of een dagdeel; dichtbij en zonder       wijken; we waarderen hun inzet",
        "lange wachttijd voor iedereen.           jaarlijks met een feestavond."};
    const std::vector<std::string> result = ordered(page);
    REQUIRE(result.size() == 16);
    CHECK(result[0] == "Mantelzorgers verdienen steun en");
    CHECK(result[7] == "lange wachttijd voor iedereen.");
    CHECK(result[8] == "Eenzaamheid raakt jong en oud, en");
    CHECK(result[15] == "jaarlijks met een feestavond.");
}

TEST_CASE("a line across both columns ends a region and stays whole") {
    std::vector<std::string> page;
    for (int i = 0; i < 8; ++i) {
        if (i == 4) {
            page.push_back("Een titel die over de hele breedte van de bladzijde loopt tot het eind");
        }
        page.push_back(two_column_line(i));
    }
    const std::vector<std::string> result = ordered(page);
    REQUIRE(result.size() == 17);
    CHECK(result[3] == "links regel 3 met tekst");
    CHECK(result[4] == "rechts regel 0 met tekst");
    CHECK(result[8] == "Een titel die over de hele breedte van de bladzijde loopt tot het eind");
    CHECK(result[9] == "links regel 4 met tekst");
}

TEST_CASE("a one-column page with indented lines and a table keeps its order") {
    const std::vector<std::string> page = {
        "De gemeente Dijkwater werkt aan een sterke sociale basis in alle kernen en wijken.",
        "    Inwoners, vrijwilligers en professionals doen dat samen, dichtbij en op tijd.",
        "Kern             Inwoners      75-plussers",
        "Sluiskerk        4.210         14 %",
        "Dijkwater        9.870         11 %",
        "Met deze visie kiezen we voor een aanpak die per kern verschilt en die we samen met",
        "inwoners en partners uitwerken in kernagenda's, en die we elk jaar evalueren met de",
        "dorpsraden, de welzijnsorganisatie en de huisartsen in de regio en de scholen."};
    const std::vector<std::string> result = ordered(page);
    CHECK(result.size() == page.size());
    CHECK(result[2] == "Kern             Inwoners      75-plussers");
    CHECK(result[5].rfind("Met deze visie", 0) == 0);
}
