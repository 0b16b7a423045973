#pragma once
// The closed classes of Dutch words that phrase matching reasons about: separable particles,
// articles and possessives, verbs that stand in a verb cluster, the words that may follow a
// separated particle. Every word is folded (lowercase, no diacritics); the lists themselves
// and why each is as short as it is are in dutch_words.cpp.

#include <cstddef>
#include <string_view>

namespace galascan {

// The length of the separable particle that `word` begins with when the rest reads as an
// infinitive (at least 4 letters, ending in -en or -aan): "samenwerken" -> 5, "meedoen" -> 3,
// "ondersteunen" -> 0 (onder, over, door, voor, om and achter are often inseparable).
std::size_t separable_particle_length(std::string_view word);

// An article, demonstrative, possessive or quantifier, or "eigen": words that may stand
// between the words of a phrase (in de buurt, in elke buurt, in de eigen buurt).
bool is_determiner(std::string_view word);

// Whether articles and adjectives may follow `word` inside a phrase: after a preposition,
// conjunction, article or adjective in -e (in de eigen buurt, jonge en oudere), not after a
// noun or verb ("Steunpunt geregistreerde mantelzorgers" is no "steunpunt mantelzorg").
bool may_precede_fillers(std::string_view word);

// A word of at least four letters in -e after a consonant (or in vowel + -ie): an inflected
// adjective (oudere, werkende, kleine, mooie), not a noun in -ie (regie, preventie). Nouns in
// consonant + -e read as adjectives too (ruimte, gemeente): the form cannot tell them apart.
bool is_inflected_adjective(std::string_view word);

// "en", "of": they coordinate adjectives (jonge en oudere mantelzorgers).
bool is_coordinator(std::string_view word);

// "te" and the verbs that take an infinitive (gaan, kunnen, willen, moeten, zullen, ...):
// what may stand between a particle or object and its verb (samen te werken, elkaar
// kunnen helpen).
bool is_verb_cluster_word(std::string_view word);

// A preposition, conjunction or relative word: after one of them a separated particle ends
// its clause ("werken we samen met", "zetten in op"); before a noun it is a preposition
// ("bouwen op de kracht").
bool is_clause_continuer(std::string_view word);

// Whether an entry whose last word ends in -en reads as a verb phrase: the word before it is
// an object or adverb (elkaar helpen, regie voeren), not an article, adjective in -e,
// preposition or conjunction (in de dorpen, kleine kernen, cijfers en verhalen), and the last
// word is not an adverb in -en (voelen zich alleen).
bool reads_as_verb_phrase(std::string_view word_before, std::string_view last_word);

// A word matched only as written and never chosen to find a phrase by: articles,
// prepositions, conjunctions, particles and cluster verbs, which stand in nearly every
// sentence.
bool is_function_word(std::string_view word);

}  // namespace galascan
