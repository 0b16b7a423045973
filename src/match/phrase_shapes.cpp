// The word orders of a Dutch phrase. Plans rarely print a lexicon phrase as the analyst
// wrote it: "samenwerken" stands as "werken we samen" or "samen te werken", "elkaar helpen"
// as "helpen elkaar", "ontmoetingsplek in de buurt" as "een ontmoetingsplek in elke buurt",
// "jonge mantelzorger" as "jonge en oudere mantelzorgers". Each entry of more than one word,
// and each separable verb, is compiled into up to three shapes, rows of words with what may
// stand between them:
// - A, in order: the words as written, each in its inflected forms, with at most two filler
//   words between two of them (articles, possessives, "eigen", adjectives in -e, "en"/"of"
//   before such an adjective; more where the entry itself has more articles there). Fillers
//   stand only where Dutch puts them: where the entry has an article, or after a
//   preposition, conjunction, article or adjective in -e, never between two nouns
//   ("Steunpunt geregistreerde mantelzorgers" is no "steunpunt mantelzorg"). Before a final
//   verb stand at most two words of a verb cluster instead: "elkaar te helpen", "elkaar
//   kunnen helpen".
// - B, a separable verb in order but apart: "samen te werken", "samen gaan werken", "samen
//   gewerkt": the particle, at most two cluster words, the infinitive or participle.
// - C, verb first, as a main clause puts it: a finite form of the verb ("werkt", "helpen"),
//   then the rest of the entry in order, then the separated particle. Up to 8 other words of
//   the clause may stand between the verb and its particle ("werkt de gemeente met partners
//   samen"), commas included, and the particle must end its clause (match/dutch_words.cpp);
//   without a particle at most 3, with no punctuation ("helpen de buren elkaar").
// A shape is found from one of its words, its anchor: the longest word that is not a
// function word, since "in", "de" and "samen" stand in every paragraph. The stem automaton
// reports the anchor, once for all shapes that share it; match/assemble_phrases.cpp reads
// the sentence around it.

#include "match/phrase_shapes.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "match/dutch_words.hpp"

namespace galascan {

namespace {

ShapeSlot slot_of(std::vector<Stem> stems, std::size_t anchor_rank, StemStart start = StemStart::word) {
    ShapeSlot slot{std::move(stems), start, anchor_rank, {}};
    for (const Stem& stem : slot.stems) {
        slot.first_bytes.set(static_cast<unsigned char>(stem.text.empty() ? 0 : stem.text[0]));
    }
    if (start == StemStart::inside) {
        slot.first_bytes.set();
    }
    return slot;
}

ShapeSlot exact_slot(const std::string& word) {
    return slot_of({Stem{word, Tail::none}}, 0);
}

// A word of the entry in its forms (the last in all of them, the others in those that agree
// with a noun); function words and words of one or two letters only as written.
ShapeSlot word_slot(const PhrasePattern& pattern, std::size_t index) {
    const std::string& word = pattern.words[index];
    const bool last = index + 1 == pattern.words.size();
    if (is_function_word(word) || word.size() <= 2) {
        return exact_slot(word);
    }
    const bool open_end = last && (pattern.position == Position::first || pattern.position == Position::anywhere);
    std::vector<Stem> stems =
        last ? stems_of(word, open_end ? Position::first : Position::whole, pattern.particle_length)
             : inner_word_stems(word);
    if (last && pattern.verb_last) {
        const std::vector<Stem> finite = finite_verb_stems(word);  // also the short verbs: elkaar zien, ziet
        stems.insert(stems.end(), finite.begin(), finite.end());
    }
    const bool inside = index == 0 && (pattern.position == Position::last || pattern.position == Position::anywhere);
    return slot_of(std::move(stems), word.size(), inside ? StemStart::inside : StemStart::word);
}

// Fillers stand where the entry has articles, or where one may follow the word before the
// gap; two at most, or as many as the entry has there.
ShapeGap fillers_between(const PhrasePattern& pattern, std::size_t index) {
    const int written = pattern.articles_between[index];
    const bool open = written > 0 || may_precede_fillers(pattern.words[index]);
    return ShapeGap{GapKind::fillers, open ? std::max(2, written) : 0};
}

// The entry's words before its last, with the gaps between them (and after the last of them
// when `gap_after`).
void add_head(const PhrasePattern& pattern, bool gap_after, PhraseShape& shape) {
    for (std::size_t i = 0; i + 1 < pattern.words.size(); ++i) {
        shape.slots.push_back(word_slot(pattern, i));
        if (i + 2 < pattern.words.size() || gap_after) {
            shape.gaps.push_back(fillers_between(pattern, i));
        }
    }
}

PhraseShape in_order(const PhrasePattern& pattern) {
    PhraseShape shape;
    add_head(pattern, true, shape);
    if (pattern.verb_last) {
        shape.gaps.back() = ShapeGap{GapKind::verb_cluster, 2};
    }
    shape.slots.push_back(word_slot(pattern, pattern.words.size() - 1));
    return shape;
}

PhraseShape particle_apart(const PhrasePattern& pattern, const std::string& particle, const std::string& verb) {
    PhraseShape shape;
    add_head(pattern, true, shape);
    shape.slots.push_back(exact_slot(particle));
    shape.gaps.push_back(ShapeGap{GapKind::verb_cluster, 2});
    shape.slots.push_back(slot_of(infinitive_stems(verb), verb.size()));
    return shape;
}

PhraseShape verb_first(const PhrasePattern& pattern, const std::string& particle, const std::string& verb) {
    PhraseShape shape;
    shape.slots.push_back(slot_of(finite_verb_stems(verb), verb.size()));
    shape.gaps.push_back(ShapeGap{GapKind::clause, 0});
    add_head(pattern, !particle.empty(), shape);
    if (!particle.empty()) {
        if (pattern.words.size() > 1) {
            shape.gaps.back() = ShapeGap{GapKind::clause, 0};
        }
        shape.slots.push_back(exact_slot(particle));
        shape.ends_with_particle = true;
    }
    shape.clause_words = particle.empty() ? object_clause_words : particle_clause_words;
    shape.clause_punctuation = !particle.empty();
    return shape;
}

std::size_t anchor_of(const PhraseShape& shape) {
    std::size_t anchor = 0;
    for (std::size_t i = 1; i < shape.slots.size(); ++i) {
        if (shape.slots[i].anchor_rank > shape.slots[anchor].anchor_rank) {
            anchor = i;
        }
    }
    return anchor;
}

}  // namespace

std::vector<PhraseShape> shapes_of(const PhrasePattern& pattern, std::uint32_t entry) {
    std::vector<PhraseShape> shapes;
    if (!pattern.has_word_order_forms()) {
        return shapes;
    }
    const std::string& last = pattern.words.back();
    const std::string particle = last.substr(0, pattern.particle_length);
    const std::string verb = last.substr(pattern.particle_length);
    if (pattern.words.size() > 1) {
        shapes.push_back(in_order(pattern));
    }
    if (!particle.empty()) {
        shapes.push_back(particle_apart(pattern, particle, verb));
    }
    if (pattern.verb_last) {
        shapes.push_back(verb_first(pattern, particle, verb));
    }
    for (PhraseShape& shape : shapes) {
        shape.entry = entry;
        shape.anchor = anchor_of(shape);
    }
    return shapes;
}

void add_anchor_stems(PhraseShapes& phrases, std::uint32_t first_id, std::vector<StemAutomaton::StemEnding>& stems) {
    std::map<std::string, std::uint32_t> anchor_of_forms;  // a slot's forms, spelt out: its anchor
    for (std::size_t i = 0; i < phrases.shapes.size(); ++i) {
        const ShapeSlot& slot = phrases.shapes[i].slots[phrases.shapes[i].anchor];
        std::string forms(1, static_cast<char>(slot.start));
        for (const Stem& stem : slot.stems) {
            forms.append(stem.text).append(1, '\0').append(1, static_cast<char>(stem.tail));
        }
        const auto [it, added] =
            anchor_of_forms.emplace(forms, static_cast<std::uint32_t>(phrases.shapes_by_anchor.size()));
        if (added) {
            phrases.shapes_by_anchor.emplace_back();
            for (const Stem& stem : slot.stems) {
                if (!stem.text.empty()) {
                    stems.push_back(StemAutomaton::StemEnding{
                        stem.text, StemAutomaton::Ending{first_id + it->second, stem.tail, slot.start}});
                }
            }
        }
        phrases.shapes_by_anchor[it->second].push_back(static_cast<std::uint32_t>(i));
    }
}

}  // namespace galascan
