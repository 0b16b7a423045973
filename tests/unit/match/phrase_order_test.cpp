// Phrases in Dutch word order (match/phrase_shapes.cpp): what an entry finds beyond its
// written form, and what it must not find.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/match_test_support.hpp"

using namespace galascan;
using galascan::test::lexicon_from;
using galascan::test::lexicon_of;
using galascan::test::matches;

using Found = std::vector<std::string>;

TEST_CASE("a separable verb is found apart, as a te-infinitive and with its particle after the verb") {
    const Lexicon lexicon = lexicon_of({{"sw", {"samenwerken"}}});
    CHECK(matches(lexicon, "Wij werken samen.") == Found{"sw:werken samen"});
    CHECK(matches(lexicon, "Daarom werken we samen met de buurt.") == Found{"sw:werken we samen"});
    CHECK(matches(lexicon, "Hier werkt de gemeente met partners samen.") ==
          Found{"sw:werkt de gemeente met partners samen"});
    CHECK(matches(lexicon, "We werkten al jaren, waar het kon, samen.") ==
          Found{"sw:werkten al jaren, waar het kon, samen"});
    CHECK(matches(lexicon, "om samen te werken") == Found{"sw:samen te werken"});
    CHECK(matches(lexicon, "we gaan samen werken") == Found{"sw:samen werken"});
    CHECK(matches(lexicon, "we willen samen blijven werken") == Found{"sw:samen blijven werken"});
    CHECK(matches(lexicon, "we hebben samengewerkt en samen gewerkt") == Found{"sw:samengewerkt", "sw:samen gewerkt"});
    CHECK(matches(lexicon, "de gemeente samenwerkt, gesamenwerkt") == Found{"sw:samenwerkt"});
}

TEST_CASE("a separated particle counts only in the same sentence and block, and close enough") {
    const Lexicon lexicon = lexicon_of({{"sw", {"samenwerken"}}});
    CHECK(matches(lexicon, "We werken. Samen met de buurt.").empty());
    for (const char* end : {"; samen.", ": samen.", "! Samen.", "? Samen.", "\n\nsamen."}) {
        CAPTURE(end);
        CHECK(matches(lexicon, std::string("Zo werken we") + end).empty());
    }
    CHECK(matches(lexicon, "werken we een twee drie vier vijf zes zeven samen.").size() == 1);  // 8 between
    CHECK(matches(lexicon, "werken we een twee drie vier vijf zes zeven acht samen.").empty());
    CHECK(matches(lexicon, "samen\n\nte werken").empty());
}

TEST_CASE("a particle before an article or noun is a preposition, not the verb's") {
    const Lexicon lexicon = lexicon_of({{"ob", {"opbouwen"}}});
    CHECK(matches(lexicon, "We bouwen op de kracht van de buurt.").empty());
    CHECK(matches(lexicon, "We bouwen op vertrouwen.").empty());
    CHECK(matches(lexicon, "We bouwen het netwerk op.") == Found{"ob:bouwen het netwerk op"});
    CHECK(matches(lexicon, "We bouwen het netwerk op, samen.") == Found{"ob:bouwen het netwerk op"});
    CHECK(matches(lexicon, "We bouwen het netwerk op met de buurt") == Found{"ob:bouwen het netwerk op"});
    CHECK(matches(lexicon, "het opgebouwde netwerk, op te bouwen") == Found{"ob:opgebouwde", "ob:op te bouwen"});
}

TEST_CASE("inseparable prefixes do not split: voorkomen is not 'komt ... voor'") {
    const Lexicon lexicon = lexicon_of({{"v", {"voorkomen", "ondersteunen"}}});
    CHECK(matches(lexicon, "Dat komt vaak voor.").empty());
    CHECK(matches(lexicon, "We steunen hen onder meer.").empty());
    CHECK(matches(lexicon, "We voorkomen schulden.") == Found{"v:voorkomen"});
}

TEST_CASE("'|' marks a separable verb the particle list leaves out, also at the end of a phrase") {
    const Lexicon marked = lexicon_of({{"z", {"naar elkaar om|zien"}}});
    CHECK(matches(marked, "Inwoners zien naar elkaar om.") == Found{"z:zien naar elkaar om"});
    CHECK(matches(marked, "Buren zien in de straat naar elkaar om.") == Found{"z:zien in de straat naar elkaar om"});
    CHECK(matches(marked, "naar elkaar omzien en naar elkaar om te zien") ==
          Found{"z:naar elkaar omzien", "z:naar elkaar om te zien"});
    const Lexicon plain = lexicon_of({{"z", {"naar elkaar omzien"}}});
    CHECK(matches(plain, "Inwoners zien naar elkaar om.").empty());
}

TEST_CASE("a separable verb at the end of a phrase keeps the phrase's words in order") {
    const Lexicon lexicon = lexicon_of({{"w", {"wijkgericht samenwerken"}}});
    CHECK(matches(lexicon, "Daar werken we wijkgericht samen.") == Found{"w:werken we wijkgericht samen"});
    CHECK(matches(lexicon, "om wijkgericht samen te werken") == Found{"w:wijkgericht samen te werken"});
    CHECK(matches(lexicon, "wijkgericht samenwerken") == Found{"w:wijkgericht samenwerken"});
}

TEST_CASE("a verb phrase is found in both orders") {
    const Lexicon lexicon = lexicon_of({{"h", {"elkaar helpen"}}});
    CHECK(matches(lexicon, "Buren helpen elkaar.") == Found{"h:helpen elkaar"});
    CHECK(matches(lexicon, "Hij helpt elkaar niet.") == Found{"h:helpt elkaar"});
    CHECK(matches(lexicon, "Daar helpen we elkaar.") == Found{"h:helpen we elkaar"});
    CHECK(matches(lexicon, "Zo helpen de buren elkaar.") == Found{"h:helpen de buren elkaar"});
    CHECK(matches(lexicon, "om elkaar te helpen") == Found{"h:elkaar te helpen"});
    CHECK(matches(lexicon, "zodat buren elkaar kunnen helpen") == Found{"h:elkaar kunnen helpen"});
    CHECK(matches(lexicon, "zodat buren elkaar helpen") == Found{"h:elkaar helpen"});
    // An object stays close to its verb, without punctuation between.
    CHECK(matches(lexicon, "We helpen de buren in de straat elkaar").empty());
    CHECK(matches(lexicon, "We helpen, zo, elkaar").empty());
    CHECK(matches(lexicon, "We helpen. Elkaar").empty());
}

TEST_CASE("noun phrases and adverbs in -en are not read as verbs") {
    const Lexicon lexicon = lexicon_of({{"d", {"kleine dorpen", "in de kernen"}}, {"e", {"voelen zich alleen"}}});
    CHECK(matches(lexicon, "Elk dorp kent kleine winkels.").empty());
    CHECK(matches(lexicon, "De kern in het oosten.").empty());
    CHECK(matches(lexicon, "Alle inwoners voelen zich thuis.").empty());
    CHECK(matches(lexicon, "in kleine en oude dorpen") == Found{"d:kleine en oude dorpen"});
}

TEST_CASE("articles, possessives, 'eigen' and adjectives may stand inside a phrase, two at most") {
    const Lexicon lexicon = lexicon_of({{"o", {"ontmoetingsplek in de buurt"}}});
    CHECK(matches(lexicon, "een ontmoetingsplek in elke buurt") == Found{"o:ontmoetingsplek in elke buurt"});
    CHECK(matches(lexicon, "ontmoetingsplekken in de eigen buurt") == Found{"o:ontmoetingsplekken in de eigen buurt"});
    CHECK(matches(lexicon, "ontmoetingsplekken in buurten") == Found{"o:ontmoetingsplekken in buurten"});
    CHECK(matches(lexicon, "ontmoetingsplek in onze kleine buurt") == Found{"o:ontmoetingsplek in onze kleine buurt"});
    CHECK(matches(lexicon, "ontmoetingsplek in de mooie eigen buurt").empty());
    CHECK(matches(lexicon, "ontmoetingsplek in geen buurt").empty());
    CHECK(matches(lexicon, "ontmoetingsplek in de straat of buurt").empty());
    CHECK(matches(lexicon, "ontmoetingsplek, in de buurt").empty());
    CHECK(matches(lexicon, "ontmoetingsplek in de\n\nbuurt").empty());
}

TEST_CASE("coordinated adjectives: 'jonge mantelzorger' finds 'jonge en oudere mantelzorgers'") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorger", "jonge mantelzorger"}}});
    CHECK(matches(lexicon, "voor jonge en oudere mantelzorgers") == Found{"mz:jonge en oudere mantelzorgers"});
    CHECK(matches(lexicon, "voor jonge of werkende mantelzorgers") == Found{"mz:jonge of werkende mantelzorgers"});
    CHECK(matches(lexicon, "jonge en mantelzorgers") == Found{"mz:mantelzorgers"});
    CHECK(matches(lexicon, "jongere mantelzorgers") == Found{"mz:mantelzorgers"});
}

TEST_CASE("inner words agree with their noun but take no other endings") {
    const Lexicon lexicon = lexicon_of({{"s", {"sociaal isolement"}}});
    CHECK(matches(lexicon, "sociale isolementen") == Found{"s:sociale isolementen"});
    CHECK(matches(lexicon, "socialer isolement").empty());
    CHECK(matches(lexicon, "sociaaltje isolement").empty());
}

TEST_CASE("near words and exclusions see the new forms") {
    const Lexicon lexicon = lexicon_from(R"(
[[category]]
id = "w"
kind = "bouwsteen"
label = "Wijkgericht"
terms = [{ term = "samenwerken", near = ["wijk"] }, "gebiedsgericht"]
exclude = ["gebiedsgerichte parkeerregulering"]
)");
    CHECK(matches(lexicon, "In de wijk werken we samen.") == Found{"w:werken we samen"});
    CHECK(matches(lexicon, "Op het plein werken we samen.").empty());
    CHECK(matches(lexicon, "gebiedsgerichte en betaalde parkeerregulering").empty());
    CHECK(matches(lexicon, "gebiedsgerichte zorg") == Found{"w:gebiedsgerichte"});
}

TEST_CASE("a phrase hit covers the words of its category inside it once") {
    const Lexicon lexicon = lexicon_of({{"sw", {"samenwerken", "partners"}}, {"p", {"partners"}}});
    CHECK(matches(lexicon, "Hier werkt de gemeente met partners samen.") ==
          Found{"sw:werkt de gemeente met partners samen", "p:partners"});
}

TEST_CASE("results do not depend on the order of entries, phrases and verbs included") {
    const Lexicon forward = lexicon_of(
        {{"a", {"samenwerken", "elkaar helpen", "jonge mantelzorger", "mantelzorg*", "ontmoetingsplek in de buurt"}},
         {"b", {"buurt", "werken", "helpen elkaar"}}});
    const Lexicon backward = lexicon_of(
        {{"a", {"ontmoetingsplek in de buurt", "mantelzorg*", "jonge mantelzorger", "elkaar helpen", "samenwerken"}},
         {"b", {"helpen elkaar", "werken", "buurt"}}});
    const std::string text =
        "Buren helpen elkaar. Jonge en oudere mantelzorgers werken in een ontmoetingsplek in elke buurt samen; "
        "om samen te werken helpen we elkaar.";
    CHECK(matches(forward, text) == matches(backward, text));
    CHECK(matches(forward, text).size() >= 8);
}

TEST_CASE("a phrase found as written does not cross a block break either") {
    const Lexicon lexicon = lexicon_of({{"b", {"wijk- en buurtgericht"}}});
    CHECK(matches(lexicon, "wijk- en\nbuurtgericht") == Found{"b:wijk- en\nbuurtgericht"});
    CHECK(matches(lexicon, "wijk- en\n\nbuurtgericht").empty());
    CHECK(matches(lexicon, "wijk- en \n \nbuurtgericht").size() == 1);  // no blank line: one block
}

TEST_CASE("fillers stand after a preposition, article or adjective, never between two nouns") {
    const Lexicon lexicon = lexicon_of({{"mz", {"steunpunt mantelzorg", "zelf initiatief"}}});
    CHECK(matches(lexicon, "het Steunpunt Mantelzorg").size() == 1);
    CHECK(matches(lexicon, "bij het Steunpunt geregistreerde mantelzorgers").empty());
    CHECK(matches(lexicon, "zelf het initiatief").empty());
    const Lexicon with_article = lexicon_of({{"mz", {"zelf het initiatief"}}});
    CHECK(matches(with_article, "zelf initiatief en zelf een eerste initiatief").size() == 2);
}

TEST_CASE("phrases at the text's ends, beside letters above ASCII and hostile bytes") {
    const Lexicon lexicon = lexicon_of({{"sw", {"samenwerken", "jonge mantelzorger"}}});
    CHECK(matches(lexicon, "werken samen") == Found{"sw:werken samen"});
    CHECK(matches(lexicon, "samen").empty());
    CHECK(matches(lexicon, "Café’s werken « samen »") == Found{"sw:werken \" samen"});  // « folds to "
    CHECK(matches(lexicon, "werken\u2026 samen").empty());                              // an ellipsis ends the sentence
    CHECK(matches(lexicon, "\x1b[31m werken\x07 samen") == Found{"sw:werken\x07 samen"});
    CHECK(matches(lexicon, "jonge ∞ mantelzorgers").empty());
    CHECK(matches(lexicon, "jonge ëën mantelzorgers").size() == 1);  // folded: "een", an article
    CHECK(matches(lexicon, "Jonge\u00a0en oudere mantelzorgers").size() == 1);
}
