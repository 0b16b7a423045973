// Completing a phrase from its anchor word. The stem automaton has found one word of a
// shape; the other words are looked for in the sentence around it (match/sentence_words.cpp),
// slot by slot outwards: backwards to the shape's first word, then forwards to its last. A
// gap is tried short first, so the phrase found is the tightest one, and the search is
// bounded by the gaps' sizes (two filler words, two cluster words, a clause budget of 8),
// so it reads a few words per anchor and never past a sentence end or a block break. The
// result spans every word of the phrase: for "werkt de gemeente met partners samen" the whole
// clause, which is what evidence then shows.

#include "match/assemble_phrases.hpp"

#include <optional>

#include "match/dutch_words.hpp"
#include "match/find_stems.hpp"
#include "match/sentence_words.hpp"

namespace galascan {

namespace {

// Whether the word at `offset` may stand in `gap` (not as one of the shape's words).
bool allowed_in_gap(GapKind gap, SentenceWords& words, int offset) {
    const std::string_view word = words.text_of(*words.at(offset));
    switch (gap) {
        case GapKind::fillers: {
            if (is_determiner(word) || is_inflected_adjective(word)) {
                return true;
            }
            const SentenceWord* next = words.at(offset + 1);  // "jonge en oudere": en before an adjective
            return is_coordinator(word) && next != nullptr && is_inflected_adjective(words.text_of(*next));
        }
        case GapKind::verb_cluster:
            return is_verb_cluster_word(word);
        case GapKind::clause:
            return true;
    }
    return false;
}

class ShapeSearch {
public:
    ShapeSearch(const PhraseShape& shape, SentenceWords& words)
        : m_shape(shape), m_words(words), m_budget(shape.clause_words) {}

    // Where the shape's first slot (step -1) or last slot (step +1) stands when slot `slot`
    // stands at word `offset`, or nothing: the slots beyond `slot` placed one by one outwards.
    std::optional<int> place(std::size_t slot, int offset, int step) {
        const bool forwards = step > 0;
        if (forwards ? slot + 1 == m_shape.slots.size() : slot == 0) {
            const bool ends = !forwards || !m_shape.ends_with_particle || clause_ends_after(offset);
            return ends ? std::optional<int>(offset) : std::nullopt;
        }
        const std::size_t next_slot = forwards ? slot + 1 : slot - 1;
        const ShapeGap& gap = m_shape.gaps[forwards ? slot : slot - 1];
        const int most = gap.kind == GapKind::clause ? m_budget : gap.most;
        for (int skipped = 0; skipped <= most; ++skipped) {
            const int candidate = offset + step * (skipped + 1);
            // The separator checked is the one between `candidate` and the word before it on the
            // anchor's side.
            if (m_words.at(candidate) == nullptr || !joined(gap, forwards ? candidate : candidate + 1)) {
                return std::nullopt;
            }
            if (slot_matches(m_shape.slots[next_slot], m_words.text_of(*m_words.at(candidate)))) {
                const int budget = m_budget;
                m_budget -= gap.kind == GapKind::clause ? skipped : 0;
                if (std::optional<int> found = place(next_slot, candidate, step)) {
                    return found;
                }
                m_budget = budget;
            }
            if (!allowed_in_gap(gap.kind, m_words, candidate)) {
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

private:
    // Whether words `offset - 1` and `offset` may stand apart as they do in a gap of `gap`'s kind.
    bool joined(const ShapeGap& gap, int offset) {
        const bool punctuation_allowed = gap.kind == GapKind::clause && m_shape.clause_punctuation;
        return punctuation_allowed || m_words.spaced(offset);
    }

    // A separated particle ends its clause: punctuation or the end of the sentence follows, or a
    // preposition or conjunction; before an article or a noun the word is a preposition.
    bool clause_ends_after(int offset) {
        const SentenceWord* next = m_words.at(offset + 1);
        if (next == nullptr) {
            return m_words.ends_after(offset);
        }
        return !m_words.spaced(offset + 1) || is_clause_continuer(m_words.text_of(*next));
    }

    const PhraseShape& m_shape;
    SentenceWords& m_words;
    int m_budget = 0;
};

std::optional<ByteRange> complete(const PhraseShape& shape, SentenceWords& words) {
    ShapeSearch search(shape, words);
    const std::optional<int> first = search.place(shape.anchor, 0, -1);
    if (!first) {
        return std::nullopt;
    }
    const std::optional<int> last = search.place(shape.anchor, 0, +1);
    if (!last) {
        return std::nullopt;
    }
    return ByteRange{words.at(*first)->begin, words.at(*last)->end};
}

}  // namespace

bool slot_matches(const ShapeSlot& slot, std::string_view word) {
    if (word.empty() || !slot.first_bytes.test(static_cast<unsigned char>(word[0]))) {
        return false;
    }
    for (const Stem& stem : slot.stems) {
        for (std::size_t at = 0; at + stem.text.size() <= word.size(); ++at) {
            if (at > 0 && slot.start == StemStart::word) {
                break;
            }
            if ((static_cast<unsigned char>(word[at]) & 0xC0) == 0x80) {
                continue;  // not a code point boundary
            }
            if (word.compare(at, stem.text.size(), stem.text) == 0 &&
                tail_allowed(stem.tail, word.substr(at + stem.text.size()))) {
                return true;
            }
        }
    }
    return false;
}

void assemble_phrases(const PhraseShapes& phrases, std::uint32_t first_id, std::string_view text,
                      std::vector<FoundStem>& found) {
    std::vector<FoundStem> completed;
    std::size_t kept = 0;
    std::optional<FoundStem> previous_anchor;
    std::optional<SentenceWords> words;  // the sentence of the last anchor word, as far as read
    for (std::size_t i = 0; i < found.size(); ++i) {
        const FoundStem stem = found[i];
        if (stem.entry < first_id) {
            found[kept++] = stem;
            continue;
        }
        // Two stems of one anchor can fit one word (werk-t as a verb form and as a finite
        // form); the automaton reports them one after the other.
        const bool repeated =
            previous_anchor && previous_anchor->entry == stem.entry && previous_anchor->range == stem.range;
        if (repeated) {
            continue;
        }
        if (!previous_anchor || previous_anchor->range != stem.range) {
            words.emplace(text, stem.range);  // anchors of one word ("inwoners") share its sentence
        }
        previous_anchor = stem;
        for (std::uint32_t index : phrases.shapes_by_anchor[stem.entry - first_id]) {
            const PhraseShape& shape = phrases.shapes[index];
            if (const std::optional<ByteRange> range = complete(shape, *words)) {
                completed.push_back(FoundStem{range->begin, StemStart::word, static_cast<std::uint32_t>(range->size()),
                                              shape.entry, *range});
            }
        }
    }
    found.resize(kept);
    found.insert(found.end(), completed.begin(), completed.end());
}

}  // namespace galascan
