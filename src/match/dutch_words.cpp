// The word lists behind phrase matching in Dutch word order (match/phrase_shapes.cpp). They
// are closed classes, so a list is exact where a rule would guess, and each is kept short on
// purpose: a word on one of them lets a phrase reach further, and plans are full of them.
// - Separable particles: only those that are nearly always separable in the verbs a plan
//   uses (samenwerken, meedoen, opbouwen, aanbieden, uitvoeren, loslaten). onder, over,
//   door, voor, om and achter are left out: ondersteunen, overleggen, voorkomen, omarmen
//   never split, and "komt ... voor" is not "voorkomen". An entry may still mark one of
//   them with '|' (om|zien).
// - After a separated particle the clause ends, or goes on with a preposition or
//   conjunction; before an article or noun the same word is a preposition ("bouwen op de
//   kracht van", not "opbouwen").
// - Between the words of a phrase stand articles, possessives, "eigen" and adjectives in -e,
//   and "en"/"of" before such an adjective; "geen" and "niet" are not fillers: they negate.

#include "match/dutch_words.hpp"

#include <algorithm>
#include <array>

namespace galascan {

namespace {

template <std::size_t N>
using Words = std::array<std::string_view, N>;

// Sorted, for binary search; a static_assert keeps each list so.
constexpr Words<18> particles = {"aan",  "af",    "bij",   "bijeen", "in",  "los", "mee",  "na",    "op",
                                 "rond", "samen", "tegen", "terug",  "toe", "uit", "vast", "voort", "weg"};

constexpr Words<24> determiners = {"alle", "de",     "deze", "die",  "dit",  "een",   "eigen",  "elk",
                                   "elke", "enkele", "haar", "het",  "hun",  "ieder", "iedere", "mijn",
                                   "ons",  "onze",   "uw",   "veel", "vele", "welke", "zijn",   "zulke"};

constexpr Words<20> cluster_verbs = {"blijft", "blijven", "durven", "ga",   "gaan",   "gaat", "kan",
                                     "kunnen", "laten",   "leren",  "moet", "moeten", "te",   "weten",
                                     "wil",    "willen",  "wilt",   "zal",  "zullen", "zult"};

constexpr Words<36> prepositions = {"aan",   "achter",  "bij",  "binnen", "boven",    "buiten", "dankzij", "door",
                                    "in",    "langs",   "met",  "na",     "naar",     "naast",  "namens",  "om",
                                    "onder", "op",      "over", "per",    "richting", "rond",   "rondom",  "sinds",
                                    "tegen", "tijdens", "tot",  "tussen", "uit",      "van",    "vanaf",   "vanuit",
                                    "via",   "volgens", "voor", "zonder"};

constexpr Words<34> conjunctions = {"als",     "dan",     "dat",     "die",      "doordat", "dus",     "en",
                                    "evenals", "hoe",     "maar",    "nadat",    "noch",    "of",      "omdat",
                                    "opdat",   "tenzij",  "terwijl", "voordat",  "waar",    "waarbij", "waardoor",
                                    "waarin",  "waarmee", "waarop",  "waarvoor", "wanneer", "want",    "wat",
                                    "welke",   "wie",     "zoals",   "zodat",    "zodra",   "zowel"};

// Adverbs and other words in -en that are no infinitive ("voelen zich alleen").
constexpr Words<22> non_verbs_in_en = {"alleen", "beneden",  "binnen",   "boven", "bovendien", "buiten",
                                       "eigen",  "even",     "geen",     "heen",  "meteen",    "misschien",
                                       "negen",  "open",     "samen",    "tegen", "tevreden",  "tien",
                                       "tussen", "verleden", "voorheen", "zeven"};

template <std::size_t N>
constexpr bool sorted(const Words<N>& words) {
    return std::is_sorted(words.begin(), words.end());
}
static_assert(sorted(particles) && sorted(determiners) && sorted(cluster_verbs) && sorted(prepositions) &&
              sorted(conjunctions) && sorted(non_verbs_in_en));

template <std::size_t N>
bool listed(const Words<N>& words, std::string_view word) {
    return std::binary_search(words.begin(), words.end(), word);
}

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool is_number(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::size_t separable_particle_length(std::string_view word) {
    std::size_t longest = 0;
    for (std::string_view particle : particles) {
        const std::string_view rest = word.substr(std::min(particle.size(), word.size()));
        if (word.substr(0, particle.size()) == particle && particle.size() > longest && rest.size() >= 4 &&
            (ends_with(rest, "en") || ends_with(rest, "aan"))) {
            longest = particle.size();
        }
    }
    return longest;
}

bool is_determiner(std::string_view word) {
    return word.size() >= 2 && word.size() <= 6 && listed(determiners, word);  // most words are longer
}

bool may_precede_fillers(std::string_view word) {
    return is_determiner(word) || listed(prepositions, word) || listed(conjunctions, word) ||
           is_inflected_adjective(word);
}

bool is_inflected_adjective(std::string_view word) {
    // -e after a consonant (kleine, oudere, nieuwe) or after a vowel and i (mooie, fraaie);
    // not the nouns in -ie and -ee (regie, preventie, idee).
    if (word.size() < 4 || word.back() != 'e') {
        return false;
    }
    const char before = word[word.size() - 2];
    if (before == 'i') {
        return is_vowel(word[word.size() - 3]);
    }
    return before >= 'a' && before <= 'z' && !is_vowel(before);
}

bool is_coordinator(std::string_view word) {
    return word == "en" || word == "of";
}

bool is_verb_cluster_word(std::string_view word) {
    return listed(cluster_verbs, word);
}

bool is_clause_continuer(std::string_view word) {
    return listed(prepositions, word) || listed(conjunctions, word);
}

bool reads_as_verb_phrase(std::string_view word_before, std::string_view last_word) {
    if (last_word.size() < 4 || !(ends_with(last_word, "en") || ends_with(last_word, "aan")) ||
        listed(non_verbs_in_en, last_word)) {
        return false;
    }
    return !(is_determiner(word_before) || is_inflected_adjective(word_before) || listed(prepositions, word_before) ||
             listed(conjunctions, word_before) || is_number(word_before));
}

bool is_function_word(std::string_view word) {
    return is_determiner(word) || listed(prepositions, word) || listed(conjunctions, word) || listed(particles, word) ||
           is_verb_cluster_word(word);
}

}  // namespace galascan
