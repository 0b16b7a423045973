#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/match_test_support.hpp"
#include "normalise/dehyphenate.hpp"

using namespace galascan;

using galascan::test::lexicon_from;
using galascan::test::lexicon_of;
using galascan::test::matches;

TEST_CASE("an entry with a trailing '*' also begins compounds, and the hit covers the word") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorg*"}}});
    CHECK(matches(lexicon, "Mantelzorgers en mantelzorgondersteuning.") ==
          std::vector<std::string>{"mz:mantelzorgers", "mz:mantelzorgondersteuning"});
}

TEST_CASE("a plain entry matches the whole word in its inflected forms only") {
    const Lexicon lexicon = lexicon_of({{"z", {"zorg"}}, {"e", {"eenzaam"}}, {"m", {"mantelzorger"}}});
    CHECK(matches(lexicon, "De zorg, zorgen en zorgjes.") == std::vector<std::string>{"z:zorg", "z:zorgen", "z:zorgjes"});
    CHECK(matches(lexicon, "De zorgverzekeraar zorgt ervoor.").empty());
    CHECK(matches(lexicon, "Eenzame ouderen; eenzaamheid.") == std::vector<std::string>{"e:eenzame"});
    CHECK(matches(lexicon, "Jonge mantelzorgers") == std::vector<std::string>{"m:mantelzorgers"});
}

TEST_CASE("a leading '*' lets an entry end a compound, '*...*' stand anywhere") {
    const Lexicon lexicon = lexicon_of({{"e", {"*eenzaamheid"}}, {"b", {"*buurtteam*"}}});
    CHECK(matches(lexicon, "ouderen-eenzaamheid en jongereneenzaamheid") ==
          std::vector<std::string>{"e:eenzaamheid", "e:jongereneenzaamheid"});
    CHECK(matches(lexicon, "de jeugdbuurtteamleden") == std::vector<std::string>{"b:jeugdbuurtteamleden"});
    CHECK(matches(lexicon, "eenzaamheidsbestrijding").empty());
}

TEST_CASE("elided compounds are expanded: the suspended word counts as the whole compound") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorg", "respijtzorg"}}, {"bt", {"buurtteam"}}});
    CHECK(matches(lexicon, "mantel- en respijtzorg") == std::vector<std::string>{"mz:mantel-", "mz:respijtzorg"});
    CHECK(matches(lexicon, "buurt- of wijkteams") == std::vector<std::string>{"bt:buurt-"});
    CHECK(matches(lexicon, "mantel-\nen respijtzorg") == std::vector<std::string>{"mz:mantel-", "mz:respijtzorg"});
    CHECK(matches(lexicon, "mantel - en meer").empty());
}

TEST_CASE("elisions with 'als' and 'dan' are expanded too, as dehyphenation keeps their hyphen") {
    // The matcher knew only en, of, tot and noch, while dehyphenation also kept the hyphen
    // before als and dan: "zowel jeugd- als ouderenwerk" lost its jeugdwerk.
    const Lexicon lexicon = lexicon_of({{"jw", {"jeugdwerk"}}});
    CHECK(matches(lexicon, "zowel jeugd- als ouderenwerk") == std::vector<std::string>{"jw:jeugd-"});
    CHECK(matches(lexicon, "meer jeugd- dan ouderenwerk") == std::vector<std::string>{"jw:jeugd-"});
    CHECK(matches(lexicon, "zowel jeugd-\nals ouderenwerk") == std::vector<std::string>{"jw:jeugd-"});
    for (const char* word : {"en", "of", "tot", "noch", "als", "dan"}) {
        CHECK(is_elision_conjunction(word));
    }
    CHECK_FALSE(is_elision_conjunction("maar"));
}

TEST_CASE("a term never matches in the middle of a word") {
    const Lexicon lexicon = lexicon_of({{"w", {"wijk*"}}});
    CHECK(matches(lexicon, "Een afwijking van het plan.").empty());
}

TEST_CASE("multi-word terms match across line breaks and runs of spaces, inner words whole") {
    const Lexicon lexicon = lexicon_of({{"e", {"sociaal isolement"}}});
    CHECK(matches(lexicon, "raken in sociaal\nisolement") == std::vector<std::string>{"e:sociaal\nisolement"});
    CHECK(matches(lexicon, "sociaal   isolement").size() == 1);
    CHECK(matches(lexicon, "sociaalisolement").empty());
    CHECK(matches(lexicon, "sociaaler isolement").empty());
}

TEST_CASE("matching ignores case and diacritics on both sides") {
    const Lexicon lexicon = lexicon_of({{"c", {"coördinatie"}}});
    CHECK(matches(lexicon, "COORDINATIE en coo\u0308rdinatie").size() == 2);
}

TEST_CASE("the longest term of a category wins and its hits do not overlap") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorgers", "jonge mantelzorgers"}}});
    CHECK(matches(lexicon, "Jonge mantelzorgers krijgen hulp.") ==
          std::vector<std::string>{"mz:jonge mantelzorgers"});
}

TEST_CASE("each category finds its own hits in the same words") {
    const Lexicon lexicon = lexicon_of({{"a", {"wijkteam"}}, {"b", {"wijk*"}}});
    CHECK(matches(lexicon, "het wijkteam") == std::vector<std::string>{"a:wijkteam", "b:wijkteam"});
}

TEST_CASE("results do not depend on the order of terms") {
    const Lexicon forward = lexicon_of({{"mz", {"mantelzorg", "jonge mantelzorgers", "respijtzorg"}}});
    const Lexicon backward = lexicon_of({{"mz", {"respijtzorg", "jonge mantelzorgers", "mantelzorg"}}});
    const std::string text = "Jonge mantelzorgers, respijtzorg en mantelzorg.";
    CHECK(matches(forward, text) == matches(backward, text));
}

TEST_CASE("hostile bytes do not break the scan") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorg"}}});
    CHECK(matches(lexicon, "\x1b[31m mantelzorg\x07 \u202e mantelzorg").size() == 2);
}

TEST_CASE("an exclusion removes the hits it overlaps, of its category or its entry only") {
    const Lexicon lexicon = lexicon_from(R"(
[[category]]
id = "gg"
kind = "theme"
label = "Gebiedsgericht"
terms = ["gebiedsgericht", { term = "wijkgericht", exclude = ["wijkgerichte parkeerregulering"] }]
exclude = ["gebiedsgerichte riolering"]
[[category]]
id = "p"
kind = "theme"
label = "Parkeren"
terms = ["parkeerregulering"]
)");
    CHECK(matches(lexicon, "gebiedsgerichte riolering en gebiedsgericht werken") ==
          std::vector<std::string>{"gg:gebiedsgericht"});
    CHECK(matches(lexicon, "wijkgerichte parkeerregulering") == std::vector<std::string>{"p:parkeerregulering"});
    CHECK(matches(lexicon, "wijkgerichte aanpak") == std::vector<std::string>{"gg:wijkgerichte"});
}

TEST_CASE("an entry with near words counts only with one of them close by, in the same block") {
    const Lexicon lexicon = lexicon_from(R"(
[[category]]
id = "rg"
kind = "bouwsteen"
label = "Rol gemeente"
terms = [{ term = "regie", near = ["sociaal", "welzijn", "inwoner"] }]
)");
    CHECK(matches(lexicon, "de gemeente voert de regie over het sociaal domein").size() == 1);
    CHECK(matches(lexicon, "welzijnswerk onder regie van de gemeente").size() == 1);
    CHECK(matches(lexicon, "de regie over de aanleg van de weg").empty());
    CHECK(matches(lexicon, "sociaal\n\nregie bij de wegwerkzaamheden").empty());
    CHECK(matches(lexicon, "sociaal een twee drie vier vijf zes zeven acht negen tien elf twaalf regie").empty());
}

TEST_CASE("entries that may stand inside a word are found at the very start and end of the text") {
    const Lexicon lexicon = lexicon_of({{"e", {"*eenzaamheid"}}, {"b", {"*buurtteam*"}}, {"w", {"wijk"}}});
    CHECK(matches(lexicon, "eenzaamheid") == std::vector<std::string>{"e:eenzaamheid"});
    CHECK(matches(lexicon, "buurtteamleden") == std::vector<std::string>{"b:buurtteamleden"});
    CHECK(matches(lexicon, "de ouderen-eenzaamheid") == std::vector<std::string>{"e:eenzaamheid"});
    CHECK(matches(lexicon, "jeugdbuurtteam") == std::vector<std::string>{"b:jeugdbuurtteam"});
    CHECK(matches(lexicon, "wijk") == std::vector<std::string>{"w:wijk"});
    CHECK(matches(lexicon, "buurtwijk").empty());
    CHECK(matches(lexicon, "eenzaamhei").empty());
}

TEST_CASE("entries beginning with a letter above 0x80 after folding") {
    // Folding keeps Greek accents and makes the final sigma a plain one.
    const Lexicon lexicon = lexicon_of({{"g", {"κοινωνία*", "*πολη"}}});
    CHECK(matches(lexicon, "Κοινωνίας en μητρόπολη; ακοινωνία") ==
          std::vector<std::string>{"g:κοινωνίασ", "g:μητρόπολη"});
}

TEST_CASE("near words: the first letter decides quickly, a block break after the hit ends the window") {
    const Lexicon lexicon = lexicon_from(R"(
[[category]]
id = "rg"
kind = "bouwsteen"
label = "Rol gemeente"
terms = [{ term = "regie", near = ["welzijn", "wmo", "ουδέν"] }]
)");
    CHECK(matches(lexicon, "de regie bij het welzijnswerk").size() == 1);
    CHECK(matches(lexicon, "regie, en de wmo").size() == 1);
    CHECK(matches(lexicon, "de regie ουδέν").size() == 1);
    CHECK(matches(lexicon, "de regie bij de wegwerkzaamheden\n\nwelzijn").empty());
    CHECK(matches(lexicon, "de regie bij de wegwerkzaamheden \n \n welzijn").size() == 1);  // no empty line
    CHECK(matches(lexicon, "de regie bij de wegen, wat een wereld").empty());
}

TEST_CASE("a near word that folds to nothing is found beside any word") {
    const Lexicon lexicon = lexicon_from(R"(
[[category]]
id = "rg"
kind = "bouwsteen"
label = "Rol gemeente"
terms = [{ term = "regie", near = ["\u00AD"] }]
)");
    CHECK(matches(lexicon, "regie").empty());
    CHECK(matches(lexicon, "de regie").size() == 1);
    CHECK(matches(lexicon, "regie!\n\nwelzijn").empty());
}
