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
//   (faciliteren -> faciliteert) and a past participle with ge- (gefaciliteerd).
// Endings that make another word are not endings: "eenzaam" does not find "eenzaamheid",
// "zorg" does not find "zorgt" or "zorgverzekeraar" unless the entry says "zorg*".

#include "match/dutch_morphology.hpp"

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

}  // namespace

std::vector<Stem> stems_of(std::string_view phrase, Position position) {
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
        std::string stem(word.substr(0, word.size() - 2));
        if (stem.size() >= 2 && stem.back() == stem[stem.size() - 2] && is_consonant(stem.back())) {
            stem.pop_back();  // zetten -> zet
        }
        std::string closed = double_vowel(stem);
        if (closed.empty()) {
            closed = stem;
        }
        if (ends_with(closed, "v") || ends_with(closed, "z")) {
            closed.back() = closed.back() == 'v' ? 'f' : 's';  // leven -> leef, organiseren -> organiseer(t)
        }
        add(stem, Tail::verb);
        if (closed != stem) {
            add(closed, Tail::verb);
        }
        if (!has_inseparable_prefix(stem)) {
            add("ge" + closed, Tail::participle);
        }
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
    }
    return false;
}

}  // namespace galascan
