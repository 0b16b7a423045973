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
    open,           // anything: the entry is the first part of a compound ("mantelzorg*")
    inflection,     // nothing, or a noun/adjective ending: -e -en -s -'s -je -tje -er ...
    vowel_suffix,   // an ending that starts with a vowel: "social" + e, "actiev" + e
    verb,           // a verb ending: -t -d -de -te -den -ten -end
    participle,     // "ge" + stem + d/t (gefaciliteerd, georganiseerde)
};

struct Stem {
    std::string text;   // folded; the phrase's earlier words included
    Tail tail = Tail::inflection;
};

// The stems to look for, for a folded phrase: the last word's spelling changes
// (sociaal -> social-e, actief -> actiev-e, faciliteren -> faciliteer-t, gefaciliteerd),
// or one open stem for an entry that may begin a compound.
std::vector<Stem> stems_of(std::string_view folded_phrase, Position position);

// Whether `rest` (the word's letters after the stem, possibly none) is an ending of `tail`.
bool tail_allowed(Tail tail, std::string_view rest);

}  // namespace galascan
