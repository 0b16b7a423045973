#include <doctest/doctest.h>

#include <string>

#include "match/dutch_morphology.hpp"

using namespace galascan;

namespace {

// Whether `word` is a form of the entry `phrase` (whole word, folded), by its stems.
bool is_form_of(const std::string& word, const std::string& phrase, Position position = Position::whole) {
    for (const Stem& stem : stems_of(phrase, position)) {
        if (word.compare(0, stem.text.size(), stem.text) == 0 && tail_allowed(stem.tail, word.substr(stem.text.size()))) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("nouns: plural -en, -s, -'s and diminutives") {
    CHECK(is_form_of("mantelzorgers", "mantelzorger"));
    CHECK(is_form_of("wijken", "wijk"));
    CHECK(is_form_of("thema's", "thema"));
    CHECK(is_form_of("buurtje", "buurt"));
    CHECK(is_form_of("buurtjes", "buurt"));
    CHECK(is_form_of("ruimten", "ruimte"));
    CHECK(is_form_of("katten", "kat"));
}

TEST_CASE("adjectives: -e, with the long vowel written single and f/s voiced") {
    CHECK(is_form_of("sociale", "sociaal"));
    CHECK(is_form_of("eenzame", "eenzaam"));
    CHECK(is_form_of("wijkgerichte", "wijkgericht"));
    CHECK(is_form_of("actieve", "actief"));
    CHECK(!is_form_of("socialee", "sociaal"));
}

TEST_CASE("verbs: present, past and participle forms of an entry in -en") {
    CHECK(is_form_of("ondersteunt", "ondersteunen"));
    CHECK(is_form_of("ondersteund", "ondersteunen"));
    CHECK(is_form_of("ondersteunde", "ondersteunen"));
    CHECK(is_form_of("faciliteert", "faciliteren"));
    CHECK(is_form_of("gefaciliteerd", "faciliteren"));
    CHECK(is_form_of("georganiseerde", "organiseren"));
    CHECK(!is_form_of("geondersteund", "ondersteunen"));
}

TEST_CASE("other words are not forms: compounds and derivations need a '*' or their own entry") {
    CHECK(!is_form_of("eenzaamheid", "eenzaam"));
    CHECK(!is_form_of("zorgverzekeraar", "zorg"));
    CHECK(!is_form_of("zorgt", "zorg"));
    CHECK(!is_form_of("wijkteam", "wijk"));
    CHECK(is_form_of("zorgverzekeraar", "zorg", Position::first));
}

TEST_CASE("a phrase inflects its last word only") {
    CHECK(is_form_of("jonge mantelzorgers", "jonge mantelzorger"));
    CHECK(is_form_of("sociale wijkteams", "sociale wijkteam"));
    CHECK(!is_form_of("jong mantelzorgers", "jonge mantelzorger"));
}
