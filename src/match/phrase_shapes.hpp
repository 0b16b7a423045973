#pragma once
// A lexicon phrase compiled into the word orders Dutch gives it (phrase_shapes.cpp says
// which): each shape is a row of words, each in its forms, with what may stand between them.

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "match/dutch_morphology.hpp"
#include "match/phrase_pattern.hpp"
#include "match/stem_automaton.hpp"

namespace galascan {

// One word of a shape, in its forms: a text word is it when it begins with one of the
// stems (or, with StemStart::inside, has one inside) followed by an ending its tail allows.
struct ShapeSlot {
    std::vector<Stem> stems;
    StemStart start = StemStart::word;  // inside: the first word of an entry "*..."
    std::size_t anchor_rank = 0;        // how rare it is likely to be: its length; 0 for function words
    std::bitset<256> first_bytes;       // the bytes a word of its forms may begin with: most words are
                                        // passed over without a comparison (all set for `inside`)
};

enum class GapKind : unsigned char {
    fillers,       // articles, possessives, "eigen", adjectives in -e, en/of before such an adjective
    verb_cluster,  // "te" and verbs that take an infinitive (te, gaan, kunnen, willen, ...)
    clause,        // any words of the clause: the shape's clause budget bounds them all together
};

struct ShapeGap {
    GapKind kind = GapKind::fillers;
    int most = 2;  // words at most (fillers, verb_cluster); clause gaps use the shape's budget
};

struct PhraseShape {
    std::uint32_t entry = 0;          // the term or exclusion it finds, numbered as the matcher numbers them
    std::vector<ShapeSlot> slots;     // in text order
    std::vector<ShapeGap> gaps;       // gaps[k] stands between slots[k] and slots[k + 1]
    int clause_words = 0;             // the words all clause gaps may hold together
    bool clause_punctuation = false;  // clause gaps may hold commas, brackets and dashes
    bool ends_with_particle = false;  // the last slot is a separated particle: its clause must end there
    std::size_t anchor = 0;           // the slot the stem automaton looks for
};

// Words between a finite verb and the rest of its phrase: a separated particle goes to the
// end of the clause, an object stays close to the verb.
constexpr int particle_clause_words = 8;
constexpr int object_clause_words = 3;

// The shapes of one entry beyond its written form (none for a single word that is not a
// separable verb, or for a punctuated phrase). `entry` is stored in each.
std::vector<PhraseShape> shapes_of(const PhrasePattern& pattern, std::uint32_t entry);

// A lexicon's shapes and their anchors. Shapes whose anchor words have the same forms share
// one anchor ("sociaal netwerk", "sociaal team", "sociaal werk"), so that the automaton
// reports the word once and its sentence is read once for all of them.
struct PhraseShapes {
    std::vector<PhraseShape> shapes;
    std::vector<std::vector<std::uint32_t>> shapes_by_anchor;  // [a]: indices into `shapes`
};

// Groups the shapes by anchor and adds the anchors' stems, anchor a as entry first_id + a.
void add_anchor_stems(PhraseShapes& phrases, std::uint32_t first_id, std::vector<StemAutomaton::StemEnding>& stems);

}  // namespace galascan
