#pragma once
// Which written forms of a lexicon entry count as the entry: Dutch inflection and the place
// of a word in a compound. Works on folded text (lowercase, no diacritics).

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace galascan {

// What may follow a stem up to the end of the word.
enum class Tail : unsigned char {
    open,             // anything: the entry is the first part of a compound ("mantelzorg*")
    inflection,       // nothing, or a noun/adjective ending: -e -en -s -'s -je -tje -er ...
    vowel_suffix,     // an ending that starts with a vowel: "social" + e, "actiev" + e
    verb,             // a verb ending: -t -d -de -te -den -ten -end
    participle,       // "ge" + stem + d/t (gefaciliteerd, georganiseerde)
    none,             // nothing: the word exactly as written (a particle, an infinitive)
    finite,           // a finite verb's ending after its closed stem: -t -te -ten -de -den
    present,          // a short verb's present: zie, ziet; doe, doet
    agreement,        // a word inside a phrase: nothing, or plural and adjective endings (-e -en -n -s -'s)
    agreement_vowel,  // the same after a changed spelling: social-e, ontmoetingsplekk-en
};

struct Stem {
    std::string text;   // folded; the phrase's earlier words included
    Tail tail = Tail::inflection;
};

// The stems to look for, for a folded phrase: the last word's spelling changes
// (sociaal -> social-e, actief -> actiev-e, faciliteren -> faciliteer-t, gefaciliteerd),
// or one open stem for an entry that may begin a compound. `particle_length`: the last
// word begins with a separable particle of that many bytes, which its participle puts
// before ge- (samenwerken -> samengewerkt).
std::vector<Stem> stems_of(std::string_view folded_phrase, Position position, std::size_t particle_length = 0);

// The stems of a word that stands before the last word of a phrase: the forms of
// stems_of(word) that agree with a noun or make it plural ("sociale", "ontmoetingsplekken"),
// not comparatives, diminutives or verb forms ("sociaaler isolement" is no form).
std::vector<Stem> inner_word_stems(std::string_view folded_word);

// The forms of a verb (a folded infinitive) that may open a Dutch main clause: the plural
// present (the infinitive), the singular present and the weak past: werken -> werk, werkt,
// werkte(n); faciliteren -> faciliteer(t), faciliteerde; gaan -> ga, gaat.
std::vector<Stem> finite_verb_stems(std::string_view infinitive);

// The forms a verb takes at the end of a clause, after "te" or another verb: the infinitive
// and the weak participle (werken, gewerkt).
std::vector<Stem> infinitive_stems(std::string_view infinitive);

// Whether `rest` (the word's letters after the stem, possibly none) is an ending of `tail`.
bool tail_allowed(Tail tail, std::string_view rest);

}  // namespace galascan
