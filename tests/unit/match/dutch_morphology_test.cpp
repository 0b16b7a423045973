#include <doctest/doctest.h>

#include <string>
#include <vector>

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

namespace {

bool is_one_of(const std::string& word, const std::vector<Stem>& stems) {
    for (const Stem& stem : stems) {
        if (word.compare(0, stem.text.size(), stem.text) == 0 &&
            tail_allowed(stem.tail, word.substr(stem.text.size()))) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("a separable verb puts ge- after its particle") {
    CHECK(is_one_of("samengewerkt", stems_of("samenwerken", Position::whole, 5)));
    CHECK(!is_one_of("gesamenwerkt", stems_of("samenwerken", Position::whole, 5)));
    CHECK(is_one_of("samenwerkt", stems_of("samenwerken", Position::whole, 5)));
    CHECK(is_one_of("opgebouwd", stems_of("opbouwen", Position::whole, 2)));
    CHECK(is_one_of("aanbesteed", stems_of("aanbesteden", Position::whole, 3)));  // no ge- after be-
    CHECK(!is_one_of("aangebesteed", stems_of("aanbesteden", Position::whole, 3)));
}

TEST_CASE("a short vowel before a doubled consonant stays short in the verb's forms") {
    CHECK(is_form_of("zet", "zetten"));
    CHECK(is_form_of("zette", "zetten"));
    CHECK(!is_form_of("zeet", "zetten"));
    CHECK(!is_form_of("steelt", "stellen"));
}

TEST_CASE("finite forms open a main clause; clause-final forms end one") {
    const std::vector<Stem> werken = finite_verb_stems("werken");
    for (const char* form : {"werk", "werkt", "werken", "werkte", "werkten"}) {
        CHECK(is_one_of(form, werken));
    }
    CHECK(!is_one_of("gewerkt", werken));
    CHECK(!is_one_of("werkend", werken));
    CHECK(is_one_of("faciliteert", finite_verb_stems("faciliteren")));
    CHECK(is_one_of("faciliteerde", finite_verb_stems("faciliteren")));
    CHECK(is_one_of("leeft", finite_verb_stems("leven")));
    CHECK(is_one_of("gaat", finite_verb_stems("gaan")));
    CHECK(is_one_of("ga", finite_verb_stems("gaan")));
    CHECK(!is_one_of("gat", finite_verb_stems("gaan")));
    CHECK(is_one_of("ziet", finite_verb_stems("zien")));
    CHECK(is_one_of("doet", finite_verb_stems("doen")));
    const std::vector<Stem> apart = infinitive_stems("werken");
    CHECK(is_one_of("werken", apart));
    CHECK(is_one_of("gewerkt", apart));
    CHECK(!is_one_of("werkt", apart));
    CHECK(!is_one_of("gedoet", infinitive_stems("doen")));
}

TEST_CASE("words inside a phrase take the endings that agree with a noun only") {
    CHECK(is_one_of("sociale", inner_word_stems("sociaal")));
    CHECK(is_one_of("ontmoetingsplekken", inner_word_stems("ontmoetingsplek")));
    CHECK(is_one_of("rollen", inner_word_stems("rol")));
    CHECK(!is_one_of("socialer", inner_word_stems("sociaal")));
    CHECK(!is_one_of("buurtje", inner_word_stems("buurt")));
}
