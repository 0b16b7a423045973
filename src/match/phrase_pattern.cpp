// Reading a lexicon entry as a Dutch phrase. An analyst writes the phrase the way a
// dictionary would ("samenwerken", "elkaar helpen", "ontmoetingsplek in de buurt"); plans
// split, reorder and fill it. What the matcher needs to know to find those forms is decided
// here, once per entry:
// - which words must stand in the text: an article, possessive or "eigen" between two words
//   is optional and may be replaced ("in de buurt" also as "in elke buurt"), and so is "te"
//   before a final verb ("elkaar te ontmoeten" is "elkaar ontmoeten"); at the start or end
//   of an entry such a word is required as written;
// - whether the last word is a verb (match/dutch_words.cpp, reads_as_verb_phrase): only a
//   verb phrase is also found verb first ("helpen elkaar");
// - whether that verb is separable: marked with '|' ("om|zien"), or beginning with one of
//   the conservative particles (samen, mee, op, aan, uit, ...).
// A word with punctuation in it ("wijk- en buurtgericht werken") keeps the entry to its
// written form: the words around a hyphen or slash are not free to move.

#include "match/phrase_pattern.hpp"

#include "match/dutch_words.hpp"
#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

std::vector<std::string> split_words(std::string_view phrase) {
    std::vector<std::string> words;
    std::size_t begin = 0;
    while (begin <= phrase.size()) {
        std::size_t end = phrase.find(' ', begin);
        end = end == std::string_view::npos ? phrase.size() : end;
        if (end > begin) {
            words.emplace_back(phrase.substr(begin, end - begin));
        }
        begin = end + 1;
    }
    return words;
}

// Letters and digits only, with a possessive or plural "'s" allowed at the end (thema's).
bool is_plain_word(std::string_view word) {
    if (word.size() > 2 && word.substr(word.size() - 2) == "'s") {
        word.remove_suffix(2);
    }
    for (std::size_t offset = 0; offset < word.size();) {
        if (!is_word_code_point(decode_utf8(word, offset))) {
            return false;
        }
    }
    return !word.empty();
}

// Drops the optional words (articles between words, "te" before a final verb) into
// articles_between; the first and last word always stay.
void drop_optional_words(const std::vector<std::string>& all_words, PhrasePattern& pattern) {
    pattern.words.push_back(all_words.front());
    int dropped = 0;
    for (std::size_t i = 1; i < all_words.size(); ++i) {
        const bool last = i + 1 == all_words.size();
        const bool optional = !last && (is_determiner(all_words[i]) ||
                                        (pattern.verb_last && i + 2 == all_words.size() && all_words[i] == "te"));
        if (optional) {
            ++dropped;
            continue;
        }
        pattern.articles_between.push_back(dropped);
        pattern.words.push_back(all_words[i]);
        dropped = 0;
    }
}

}  // namespace

PhrasePattern phrase_pattern(std::string_view folded_phrase, Position position) {
    PhrasePattern pattern;
    pattern.position = position;
    std::vector<std::string> words = split_words(folded_phrase);
    if (words.empty()) {
        return pattern;  // nothing to find; `galascan lexicon check` reports it
    }
    std::string& last = words.back();
    const std::size_t bar = last.find('|');
    if (bar != std::string::npos) {
        last.erase(bar, 1);
        pattern.split_marked = true;
        pattern.particle_length = bar;
    }
    for (const std::string& word : words) {
        pattern.written += (pattern.written.empty() ? "" : " ") + word;
        pattern.punctuated = pattern.punctuated || !is_plain_word(word);
    }
    if (pattern.punctuated) {
        pattern.particle_length = 0;
        pattern.words = {pattern.written};
        return pattern;
    }
    // A last word that may begin a compound ("mantelzorg*") is no verb.
    const bool last_open = position == Position::first || position == Position::anywhere;
    const bool verb_phrase = !last_open && words.size() > 1 && reads_as_verb_phrase(words[words.size() - 2], last);
    if (last_open) {
        pattern.particle_length = 0;  // '|' with '*' is refused when the lexicon is loaded
    } else if (!pattern.split_marked && (words.size() == 1 || verb_phrase)) {
        pattern.particle_length = separable_particle_length(last);
    }
    pattern.verb_last = pattern.particle_length > 0 || verb_phrase;
    drop_optional_words(words, pattern);
    return pattern;
}

std::vector<std::string> example_forms(const PhrasePattern& pattern) {
    std::vector<std::string> forms{pattern.written};
    if (!pattern.has_word_order_forms() || !pattern.verb_last) {
        return forms;
    }
    std::string head;  // the words before the verb, with a space after each
    for (std::size_t i = 0; i + 1 < pattern.words.size(); ++i) {
        head += pattern.words[i] + " ";
    }
    const std::string& last = pattern.words.back();
    if (pattern.particle_length == 0) {
        head.pop_back();
        forms.push_back(last + " " + head);  // helpen elkaar
        return forms;
    }
    const std::string particle = last.substr(0, pattern.particle_length);
    const std::string verb = last.substr(pattern.particle_length);
    forms.push_back(verb + " " + head + particle);     // werken (wijkgericht) samen
    forms.push_back(head + particle + " te " + verb);  // (wijkgericht) samen te werken
    return forms;
}

}  // namespace galascan
