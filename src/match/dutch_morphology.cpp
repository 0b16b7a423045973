// Dutch inflection, as far as a lexicon needs it: an analyst writes "wijkgericht",
// "mantelzorger", "ondersteunen", and the plan prints "wijkgerichte", "mantelzorgers",
// "ondersteunt", "buurtje", "thema's". Rather than list every form, the matcher looks up a
// few stems of the entry and accepts the endings that Dutch puts after each:
// - the word as written takes the noun and adjective endings (-e, -en, -s, -'s, -je/-tje/
//   -pje/-etje and plurals, -er/-ere/-ers, -n after -e);
// - a long vowel in a closed last syllable is written single before a vowel ending
//   (sociaal -> sociale, eenzaam -> eenzame), f and s voice (actief -> actieve), and a short
//   vowel doubles its consonant (kat -> katten): those stems take only vowel endings;
// - an entry ending in -en may be a verb: its stem takes -t, -d, -de, -te, -den, -ten, -end
//   (ondersteunen -> ondersteunt, ondersteund), with the long-vowel spelling restored
//   (faciliteren -> faciliteert) and a past participle with ge- (gefaciliteerd), which a
//   separable verb puts after its particle (samenwerken -> samengewerkt);
// - for phrases in Dutch word order (match/phrase_shapes.cpp), a verb's finite forms, which
//   may open a main clause (werkt, werkte; gaat), apart from its clause-final ones (werken,
//   gewerkt). Short verbs (gaan, zien, doen) have their present only; strong pasts (ging,
//   zag) and participles (gedaan) are not made.
// Endings that make another word are not endings: "eenzaam" does not find "eenzaamheid",
// "zorg" does not find "zorgt" or "zorgverzekeraar" unless the entry says "zorg*".

#include "match/dutch_morphology.hpp"

#include <algorithm>
#include <array>

namespace galascan {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c) && c != 'y'; }

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

bool starts_with(std::string_view text, std::string_view start) {
    return text.size() >= start.size() && text.substr(0, start.size()) == start;
}

bool one_of(std::string_view rest, std::initializer_list<std::string_view> endings) {
    for (std::string_view ending : endings) {
        if (rest == ending) {
            return true;
        }
    }
    return false;
}

// "sociaal" -> "social", "eenzaam" -> "eenzam": a doubled vowel before a final consonant.
std::string single_vowel(std::string_view word) {
    const std::size_t n = word.size();
    if (n >= 4 && is_consonant(word[n - 1]) && is_vowel(word[n - 2]) && word[n - 2] == word[n - 3] &&
        word[n - 2] != 'i') {
        return std::string(word.substr(0, n - 2)) + word[n - 1];
    }
    return {};
}

// "faciliter" -> "faciliteer", "organiser" -> "organiseer": a single vowel in an open
// syllable is written double when the syllable closes.
std::string double_vowel(std::string_view stem) {
    const std::size_t n = stem.size();
    if (n >= 3 && is_consonant(stem[n - 1]) && is_vowel(stem[n - 2]) && stem[n - 2] != 'i' &&
        is_consonant(stem[n - 3])) {
        return std::string(stem.substr(0, n - 1)) + stem[n - 2] + stem[n - 1];
    }
    return {};
}

// "kat" -> "katt": a short vowel keeps its sound by doubling the consonant before -en.
std::string double_consonant(std::string_view word) {
    const std::size_t n = word.size();
    if (n >= 3 && is_consonant(word[n - 1]) && word[n - 1] != 'w' && word[n - 1] != 'x' && is_vowel(word[n - 2]) &&
        !is_vowel(word[n - 3])) {
        return std::string(word) + word[n - 1];
    }
    return {};
}

// "actief" -> "actiev", "huis" -> "huiz".
std::string voiced(std::string_view word) {
    if (ends_with(word, "f")) {
        return std::string(word.substr(0, word.size() - 1)) + 'v';
    }
    if (ends_with(word, "s") && !ends_with(word, "ss")) {
        return std::string(word.substr(0, word.size() - 1)) + 'z';
    }
    return {};
}

// Prefixes after which Dutch forms the participle without ge- (ondersteund, verbonden).
bool has_inseparable_prefix(std::string_view stem) {
    static constexpr std::array<std::string_view, 7> prefixes = {"be", "ge", "er", "her", "ont", "ver", "onder"};
    for (std::string_view prefix : prefixes) {
        if (starts_with(stem, prefix)) {
            return true;
        }
    }
    return false;
}

// The stems a verb's forms are built on; `weak`: the -en rule applies (werken -> werk-t,
// ge-werk-t), not that of the short verbs gaan, zien, doen (ga, gaat; zie, ziet).
struct VerbStems {
    std::string stem;    // werk, faciliter, lev, zet, ga, zie
    std::string closed;  // the stem in a closed syllable: werk, faciliteer, leef, zet, ga, zie
    bool weak = true;
};

VerbStems verb_stems_of(std::string_view infinitive) {
    if (ends_with(infinitive, "aan")) {
        const std::string stem(infinitive.substr(0, infinitive.size() - 2));
        return {stem, stem, false};
    }
    if (ends_with(infinitive, "ien") || ends_with(infinitive, "oen")) {
        const std::string stem(infinitive.substr(0, infinitive.size() - 1));
        return {stem, stem, false};
    }
    std::string stem(infinitive.substr(0, infinitive.size() >= 2 ? infinitive.size() - 2 : 0));
    bool short_vowel = false;
    if (stem.size() >= 2 && stem.back() == stem[stem.size() - 2] && is_consonant(stem.back())) {
        stem.pop_back();  // zetten -> zet: the doubled consonant kept the vowel short
        short_vowel = true;
    }
    std::string closed = short_vowel ? std::string() : double_vowel(stem);
    if (closed.empty()) {
        closed = stem;
    }
    if (ends_with(closed, "v") || ends_with(closed, "z")) {
        closed.back() = closed.back() == 'v' ? 'f' : 's';  // leven -> leef, organiseren -> organiseer(t)
    }
    return {stem, closed, true};
}

}  // namespace

std::vector<Stem> stems_of(std::string_view phrase, Position position, std::size_t particle_length) {
    if (position == Position::first || position == Position::anywhere) {
        return {Stem{std::string(phrase), Tail::open}};
    }
    const std::size_t last_space = phrase.rfind(' ');
    const std::string before(phrase.substr(0, last_space == std::string_view::npos ? 0 : last_space + 1));
    const std::string_view word = phrase.substr(before.size());
    std::vector<Stem> stems{Stem{std::string(phrase), Tail::inflection}};
    auto add = [&](const std::string& stem, Tail tail) {
        if (!stem.empty()) {
            stems.push_back(Stem{before + stem, tail});
        }
    };
    const std::string single = single_vowel(word);
    add(single, Tail::vowel_suffix);
    add(voiced(word), Tail::vowel_suffix);
    add(single.empty() ? std::string() : voiced(single), Tail::vowel_suffix);
    add(double_consonant(word), Tail::vowel_suffix);
    if (ends_with(word, "en") && word.size() >= 6) {
        const VerbStems verb = verb_stems_of(word);
        add(verb.stem, Tail::verb);
        if (verb.closed != verb.stem) {
            add(verb.closed, Tail::verb);
        }
        // A separable verb puts ge- after its particle: samenwerken -> samengewerkt.
        const std::string particle(word.substr(0, std::min(particle_length, word.size())));
        if (!has_inseparable_prefix(std::string_view(verb.stem).substr(particle.size()))) {
            add(particle + "ge" + verb.closed.substr(particle.size()), Tail::participle);
        }
    }
    return stems;
}

std::vector<Stem> inner_word_stems(std::string_view word) {
    std::vector<Stem> stems;
    for (Stem& stem : stems_of(word, Position::whole)) {
        if (stem.tail == Tail::inflection || stem.tail == Tail::vowel_suffix) {
            stem.tail = stem.tail == Tail::inflection ? Tail::agreement : Tail::agreement_vowel;
            stems.push_back(std::move(stem));
        }
    }
    return stems;
}

std::vector<Stem> finite_verb_stems(std::string_view infinitive) {
    const VerbStems verb = verb_stems_of(infinitive);
    if (!verb.weak && ends_with(infinitive, "aan")) {
        return {Stem{std::string(infinitive), Tail::none}, Stem{verb.stem, Tail::none},
                Stem{verb.stem + "at", Tail::none}};
    }
    return {Stem{std::string(infinitive), Tail::none}, Stem{verb.closed, verb.weak ? Tail::finite : Tail::present}};
}

std::vector<Stem> infinitive_stems(std::string_view infinitive) {
    std::vector<Stem> stems{Stem{std::string(infinitive), Tail::none}};
    const VerbStems verb = verb_stems_of(infinitive);
    if (verb.weak && !has_inseparable_prefix(verb.stem)) {
        stems.push_back(Stem{"ge" + verb.closed, Tail::participle});  // samen gewerkt
    }
    return stems;
}

bool tail_allowed(Tail tail, std::string_view rest) {
    switch (tail) {
    case Tail::open: return true;
    case Tail::inflection:
        return rest.empty() || one_of(rest, {"e", "en", "n", "s", "'s", "er", "ere", "ers", "je", "jes", "tje", "tjes",
                                             "pje", "pjes", "etje", "etjes", "ke", "kes"});
    case Tail::vowel_suffix: return one_of(rest, {"e", "en", "er", "ere", "ers", "es", "etje", "etjes"});
    case Tail::verb: return rest.empty() || one_of(rest, {"t", "d", "de", "den", "te", "ten", "end", "ende"});
    case Tail::participle: return one_of(rest, {"d", "t", "de", "te"});
    case Tail::none:
        return rest.empty();
    case Tail::finite:
        return rest.empty() || one_of(rest, {"t", "te", "ten", "de", "den"});
    case Tail::present:
        return rest.empty() || rest == "t";
    case Tail::agreement:
        return rest.empty() || one_of(rest, {"e", "en", "n", "s", "'s"});
    case Tail::agreement_vowel:
        return one_of(rest, {"e", "en"});
    }
    return false;
}

}  // namespace galascan
