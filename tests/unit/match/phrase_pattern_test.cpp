// How the matcher reads an entry as a Dutch phrase (match/phrase_pattern.cpp) and the word
// classes it leans on (match/dutch_words.cpp).

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/dutch_words.hpp"
#include "match/phrase_pattern.hpp"

using namespace galascan;

using Words = std::vector<std::string>;

TEST_CASE("separable particles: a conservative list, the rest read as an infinitive") {
    CHECK(separable_particle_length("samenwerken") == 5);
    CHECK(separable_particle_length("meedoen") == 3);
    CHECK(separable_particle_length("bijeenkomen") == 6);  // the longest particle
    CHECK(separable_particle_length("meegaan") == 3);
    CHECK(separable_particle_length("ondersteunen") == 0);
    CHECK(separable_particle_length("voorkomen") == 0);
    CHECK(separable_particle_length("overleggen") == 0);
    CHECK(separable_particle_length("samenwerking") == 0);
    CHECK(separable_particle_length("opzet") == 0);
}

TEST_CASE("a last word in -en reads as a verb after an object or adverb only") {
    CHECK(reads_as_verb_phrase("elkaar", "helpen"));
    CHECK(reads_as_verb_phrase("regie", "voeren"));
    CHECK(reads_as_verb_phrase("te", "ontmoeten"));
    CHECK(!reads_as_verb_phrase("kleine", "dorpen"));
    CHECK(!reads_as_verb_phrase("de", "kernen"));
    CHECK(!reads_as_verb_phrase("met", "anderen"));
    CHECK(!reads_as_verb_phrase("en", "verhalen"));
    CHECK(!reads_as_verb_phrase("zich", "alleen"));
    CHECK(!reads_as_verb_phrase("12", "wijken"));
    CHECK(!reads_as_verb_phrase("elkaar", "hulp"));
}

TEST_CASE("articles between words are optional; at the ends they are words") {
    const PhrasePattern buurt = phrase_pattern("ontmoetingsplek in de buurt", Position::whole);
    CHECK(buurt.words == Words{"ontmoetingsplek", "in", "buurt"});
    CHECK(buurt.articles_between == std::vector<int>{0, 1});
    CHECK(!buurt.verb_last);
    CHECK(phrase_pattern("de sociale basis", Position::whole).words == Words{"de", "sociale", "basis"});
    const PhrasePattern te = phrase_pattern("elkaar te ontmoeten", Position::whole);
    CHECK(te.words == Words{"elkaar", "ontmoeten"});
    CHECK(te.verb_last);
}

TEST_CASE("separable verbs: by the particle list, or marked with '|'") {
    const PhrasePattern automatic = phrase_pattern("samenwerken", Position::whole);
    CHECK(automatic.particle_length == 5);
    CHECK(automatic.verb_last);
    CHECK(!automatic.split_marked);
    CHECK(automatic.has_word_order_forms());
    CHECK(automatic.found_as_written());
    const PhrasePattern marked = phrase_pattern("naar elkaar om|zien", Position::whole);
    CHECK(marked.words == Words{"naar", "elkaar", "omzien"});
    CHECK(marked.written == "naar elkaar omzien");
    CHECK(marked.particle_length == 2);
    CHECK(marked.split_marked);
    CHECK(phrase_pattern("naar elkaar omzien", Position::whole).particle_length == 0);
    CHECK(phrase_pattern("lokale initiatieven", Position::whole).particle_length == 0);  // no verb
    CHECK(phrase_pattern("samenwerken", Position::first).particle_length == 0);          // samenwerken*
    CHECK(!phrase_pattern("ondersteunen", Position::whole).has_word_order_forms());
}

TEST_CASE("a punctuated entry is found only as written") {
    const PhrasePattern pattern = phrase_pattern("wijk- en buurtgericht werken", Position::whole);
    CHECK(pattern.punctuated);
    CHECK(pattern.found_as_written());
    CHECK(!pattern.has_word_order_forms());
    CHECK(!phrase_pattern("thema's van de visie", Position::whole).punctuated);
}

TEST_CASE("example forms: one sentence per kind of form an entry finds") {
    CHECK(example_forms(phrase_pattern("samenwerken", Position::whole)) ==
          Words{"samenwerken", "werken samen", "samen te werken"});
    CHECK(example_forms(phrase_pattern("wijkgericht samenwerken", Position::whole)) ==
          Words{"wijkgericht samenwerken", "werken wijkgericht samen", "wijkgericht samen te werken"});
    CHECK(example_forms(phrase_pattern("elkaar helpen", Position::whole)) == Words{"elkaar helpen", "helpen elkaar"});
    CHECK(example_forms(phrase_pattern("jonge mantelzorger", Position::whole)) == Words{"jonge mantelzorger"});
}
