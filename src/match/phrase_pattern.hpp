#pragma once
// How the matcher reads one lexicon entry as a Dutch phrase: its words, which of them are
// optional articles, whether its last word is a verb and whether that verb is separable.
// Pure and cheap, so `galascan lexicon check` can ask the same questions the matcher does.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace galascan {

struct PhrasePattern {
    std::string written;                // the folded entry without '|': what the stems spell
    std::vector<std::string> words;     // the words that must stand in the text, in order
    std::vector<int> articles_between;  // [k]: articles and "te" the entry has between words k and k+1
    Position position = Position::whole;
    bool punctuated = false;          // a word holds punctuation: only the written form counts
    bool verb_last = false;           // the last word reads as a verb (elkaar helpen, samen|werken)
    bool split_marked = false;        // the entry marks its separable particle with '|'
    std::size_t particle_length = 0;  // bytes of the last word's separable particle; 0: none

    // Whether the entry is found by its stems alone (a single word, or a punctuated phrase);
    // other entries are assembled from their words (match/phrase_shapes.cpp).
    bool found_as_written() const { return punctuated || words.size() == 1; }
    // Whether it has forms beyond the written one: more words, or a separable verb.
    bool has_word_order_forms() const { return !punctuated && (words.size() > 1 || particle_length > 0); }
};

// `folded_phrase`: the entry folded as the matcher folds it, whitespace joined, '|' kept.
PhrasePattern phrase_pattern(std::string_view folded_phrase, Position position);

// One sentence per kind of form the entry finds, for checks that ask whether another entry
// finds them all: the written form, and "werken samen", "samen te werken" for samenwerken,
// "helpen elkaar" for "elkaar helpen".
std::vector<std::string> example_forms(const PhrasePattern& pattern);

}  // namespace galascan
