// Entry matching: one pass of an Aho-Corasick automaton over the folded text finds every
// stem (match/stem_automaton.hpp); a stem counts where it begins a word or, for entries that
// may end a compound, where it begins at any letter of a word. Entries whose words may move
// (phrases, separable verbs) are found in a second, cheap step: the automaton finds one word
// of each, its anchor, and match/assemble_phrases.cpp completes the phrase from the words
// around it (match/phrase_shapes.cpp says which orders and gaps count).
//
// Rules (docs/lexicon-format.md states them for lexicon authors):
// - An entry matches a whole word in any inflected form (match/dutch_morphology.cpp):
//   "mantelzorger" finds "mantelzorgers", not "mantelzorgeres". With '*' it also matches as
//   the first part of a compound ("mantelzorg*": mantelzorgondersteuning), the last
//   ("*eenzaamheid": ouderen-eenzaamheid) or anywhere ("*buurtteam*").
// - A phrase matches its words in order across any whitespace, line breaks included, each
//   word inflected (the last in every form, the others as they agree with a noun), with up
//   to two articles or adjectives between them ("een ontmoetingsplek in elke buurt",
//   "jonge en oudere mantelzorgers"). A verb phrase is also found verb first ("helpen
//   elkaar"), a separable verb apart ("samen te werken", "werkt ... samen"). An entry with
//   punctuation in it is found only as written.
// - No hit crosses a sentence end (a split form) or a blank line, the boundary of a block.
// - The hit is widened to whole words, so evidence shows what the plan printed; a split
//   form's hit runs from its first word to its last ("werkt de gemeente met partners samen").
// - At one position the longest entry of each category wins, and a category's hits never
//   overlap: "jonge mantelzorgers" counts once, not again as "mantelzorgers". Order of
//   entries and files does not matter.
// - An entry with `near` words counts only when one of them begins a word within
//   Term::near_window words in the same block; where an exclusion matches, hits of its
//   category (or entry) that overlap it do not count.
// - Elided compounds are expanded: in "mantel- en respijtzorg" the first word is read as
//   "mantelzorg" (the suspended part completed with the end of the next word), likewise
//   "buurt- of wijkteams" -> buurtteams; the conjunctions are dehyphenation's
//   (is_elision_conjunction), so a hyphen kept there is always read this way.
// The pass costs one table lookup per byte, whatever the number of entries, so the lexicon
// can grow without slowing the scan.

#include "match/matcher.hpp"

#include <algorithm>
#include <span>

#include "match/assemble_phrases.hpp"
#include "match/find_stems.hpp"
#include "match/phrase_pattern.hpp"
#include "match/word_scan.hpp"
#include "normalise/dehyphenate.hpp"
#include "text/character_classes.hpp"

namespace galascan {

namespace {

// The stems of one lexicon entry as written, with where in a word they may begin.
void add_stems(const PhrasePattern& pattern, std::uint32_t entry, std::vector<StemAutomaton::StemEnding>& stems) {
    if (pattern.written.empty()) {
        return;  // nothing left after folding; `galascan lexicon check` reports it
    }
    const StemStart start = pattern.position == Position::last || pattern.position == Position::anywhere
                                ? StemStart::inside
                                : StemStart::word;
    for (Stem& stem : stems_of(pattern.written, pattern.position, pattern.particle_length)) {
        stems.push_back(
            StemAutomaton::StemEnding{std::move(stem.text), StemAutomaton::Ending{entry, stem.tail, start}});
    }
}

}  // namespace

Matcher::Matcher(const Lexicon& lexicon, const NormaliseOptions& normalise_options)
    : m_term_count(lexicon.terms.size()), m_category_count(lexicon.categories.size()) {
    auto folded = [&](const std::string& text) { return join_whitespace(fold_for_matching(text, normalise_options)); };
    std::vector<StemAutomaton::StemEnding> stems;
    // An entry is found by its stems when written as one word (or with punctuation), and by
    // the shapes of match/phrase_shapes.cpp when its words may move: a phrase, a separable verb.
    auto add_entry = [&](const std::string& phrase, Position position, std::uint32_t entry) {
        const PhrasePattern pattern = phrase_pattern(folded(phrase), position);
        if (pattern.found_as_written()) {
            add_stems(pattern, entry, stems);
        }
        for (PhraseShape& shape : shapes_of(pattern, entry)) {
            m_phrases.shapes.push_back(std::move(shape));
        }
    };
    for (TermIndex i = 0; i < lexicon.terms.size(); ++i) {
        const Term& term = lexicon.terms[i];
        m_entry_category.push_back(term.category);
        add_entry(term.phrase, term.position, i);
        NearWords near;
        for (const std::string& word : term.near) {
            near.words.push_back(folded(word));
            if (near.words.back().empty()) {
                near.any_word = true;
            } else {
                near.first_bytes[static_cast<unsigned char>(near.words.back()[0])] = true;
            }
        }
        m_near.push_back(std::move(near));
    }
    for (std::size_t i = 0; i < lexicon.exclusions.size(); ++i) {
        const Exclusion& exclusion = lexicon.exclusions[i];
        m_entry_category.push_back(exclusion.category);
        m_exclusion_term.push_back(exclusion.term);
        add_entry(exclusion.phrase, exclusion.position, static_cast<std::uint32_t>(m_term_count + i));
    }
    m_first_anchor = static_cast<std::uint32_t>(m_entry_category.size());
    add_anchor_stems(m_phrases, m_first_anchor, stems);
    m_stems = StemAutomaton(stems);
}

void Matcher::take(std::span<const FoundStem> found, std::string_view text, Scan& scan) const {
    // `found` is one place's stems: those that begin words, then those inside words, each
    // shortest first. Read from the back, the first taken per category is its longest.
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        if (it->entry >= m_term_count) {
            scan.excluded.push_back(Excluded{it->range, it->entry - static_cast<std::uint32_t>(m_term_count)});
            scan.longest_excluded = std::max(scan.longest_excluded, it->range.size());
            continue;
        }
        const CategoryIndex category = m_entry_category[it->entry];
        if (scan.category_end[category] > it->range.begin) {
            continue;  // already hit here (a longer entry), or inside an earlier hit
        }
        if (!m_near[it->entry].words.empty() && !near_word_present(it->entry, text, it->range)) {
            continue;
        }
        scan.hits.push_back(Hit{it->entry, category, it->range});
        scan.category_end[category] = it->range.end;
    }
}

void Matcher::scan(std::string_view text, Scan& scan) const {
    scan.category_end.assign(m_category_count, 0);
    std::vector<FoundStem> found;
    found.reserve(text.size() / 32);  // about one stem in five words of a plan
    find_stems(m_stems, text, found);
    if (!m_phrases.shapes.empty()) {
        assemble_phrases(m_phrases, m_first_anchor, text, found);  // anchors become the phrases they complete
    }
    // The automaton reports stems by where they end; take() decides place by place, in text
    // order, because a category's hits must not overlap. Within a place it wants the stems
    // that begin words, then those inside words, each shortest first, and stems of equal
    // length in the order of their entries (a stable sort keeps that).
    std::stable_sort(found.begin(), found.end(), [](const FoundStem& a, const FoundStem& b) {
        if (a.stem_begin != b.stem_begin) {
            return a.stem_begin < b.stem_begin;
        }
        return a.start != b.start ? a.start < b.start : a.stem_length < b.stem_length;
    });
    for (auto place = found.begin(); place != found.end();) {
        auto place_end =
            std::find_if(place, found.end(), [&](const FoundStem& f) { return f.stem_begin != place->stem_begin; });
        take(std::span<const FoundStem>(place, place_end), text, scan);
        place = place_end;
    }
}

// "mantel- en respijtzorg": the word before the suspended hyphen, completed with each tail
// of the word after the conjunction (longest first), is matched as a word of its own.
void Matcher::expand_elisions(std::string_view text, Scan& scan) const {
    std::vector<Hit> added;
    for (std::size_t hyphen = text.find('-'); hyphen != std::string_view::npos; hyphen = text.find('-', hyphen + 1)) {
        if (hyphen + 1 >= text.size() || !is_ascii_space(text[hyphen + 1])) {
            continue;  // a hyphen inside a word ("GALA-middelen"), not a suspended one
        }
        std::size_t first = hyphen;
        while (first > 0) {
            std::size_t previous = floor_to_code_point(text, first - 1);
            std::size_t probe = previous;
            if (!is_word_code_point(decode_utf8(text, probe))) {
                break;
            }
            first = previous;
        }
        if (first == hyphen) {
            continue;  // a dash between spaces, not a suspended hyphen
        }
        std::size_t offset = hyphen + 1;
        while (offset < text.size() && is_ascii_space(text[offset])) {
            ++offset;
        }
        const std::size_t conjunction_end = word_end(text, offset);
        if (!is_elision_conjunction(text.substr(offset, conjunction_end - offset))) {
            continue;
        }
        offset = conjunction_end;
        while (offset < text.size() && is_ascii_space(text[offset])) {
            ++offset;
        }
        const std::size_t next_end = word_end(text, offset);
        const std::string_view head = text.substr(first, hyphen - first);
        std::vector<bool> category_done(m_category_count, false);
        for (std::size_t tail = offset + 1; tail + 3 <= next_end; ++tail) {
            if ((static_cast<unsigned char>(text[tail]) & 0xC0) == 0x80) {
                continue;  // not a code point boundary
            }
            const std::string candidate = std::string(head).append(text.substr(tail, next_end - tail));
            Scan word;
            this->scan(candidate, word);
            for (const Hit& hit : word.hits) {
                if (hit.range.begin == 0 && !category_done[hit.category]) {
                    category_done[hit.category] = true;
                    added.push_back(Hit{hit.term, hit.category, ByteRange{first, hyphen + 1}});
                }
            }
        }
    }
    scan.hits.insert(scan.hits.end(), added.begin(), added.end());
}

bool Matcher::near_word_present(TermIndex term, std::string_view text, ByteRange hit) const {
    // Words within the window before and after the hit, not past a block boundary: a "\n\n"
    // in the gap between two words. Looking only in the gaps keeps the check local; a search
    // for the next boundary could run to the end of a long block for every hit.
    const NearWords& near_words = m_near[term];
    auto matches_near = [&](std::string_view word) {  // `word` is not empty
        if (!near_words.any_word && !near_words.first_bytes[static_cast<unsigned char>(word[0])]) {
            return false;
        }
        for (const std::string& near : near_words.words) {
            if (word.substr(0, near.size()) == near) {
                return true;
            }
        }
        return false;
    };
    auto is_block_break = [](std::string_view gap) { return gap.find("\n\n") != std::string_view::npos; };
    std::size_t begin = hit.begin;
    for (int words = 0; begin > 0 && words <= Term::near_window;) {
        std::size_t end = begin;
        while (end > 0 && !is_word_before(text, end)) {
            --end;
        }
        if (end == 0 || is_block_break(text.substr(end, begin - end))) {
            break;
        }
        std::size_t word_begin = end;
        while (word_begin > 0 && is_word_before(text, word_begin)) {
            word_begin = floor_to_code_point(text, word_begin - 1);
        }
        if (matches_near(text.substr(word_begin, end - word_begin))) {
            return true;
        }
        begin = word_begin;
        ++words;
    }
    std::size_t end = hit.end;
    for (int words = 0; end < text.size() && words <= Term::near_window; ++words) {
        std::size_t word_begin = end;
        while (word_begin < text.size() && !is_word_at(text, word_begin)) {
            ++word_begin;
        }
        if (word_begin >= text.size() || is_block_break(text.substr(end, word_begin - end))) {
            break;
        }
        end = word_end(text, word_begin);
        if (end == word_begin) {
            break;
        }
        if (matches_near(text.substr(word_begin, end - word_begin))) {
            return true;
        }
    }
    return false;
}

bool Matcher::is_excluded(const Hit& hit, const Scan& scan) const {
    // Only exclusions that begin less than the longest one's length before the hit can
    // overlap it; `excluded` is in order of where they begin.
    const std::size_t from = hit.range.begin > scan.longest_excluded ? hit.range.begin - scan.longest_excluded : 0;
    auto it = std::lower_bound(scan.excluded.begin(), scan.excluded.end(), from,
                               [](const Excluded& e, std::size_t offset) { return e.range.begin < offset; });
    for (; it != scan.excluded.end() && it->range.begin < hit.range.end; ++it) {
        if (it->range.end <= hit.range.begin) {
            continue;
        }
        if (m_entry_category[m_term_count + it->exclusion] == hit.category &&
            (!m_exclusion_term[it->exclusion] || *m_exclusion_term[it->exclusion] == hit.term)) {
            return true;
        }
    }
    return false;
}

std::vector<Hit> Matcher::find_all(std::string_view text) const {
    Scan result;
    scan(text, result);
    expand_elisions(text, result);
    if (!result.excluded.empty()) {
        result.hits.erase(std::remove_if(result.hits.begin(), result.hits.end(),
                                         [&](const Hit& hit) { return is_excluded(hit, result); }),
                          result.hits.end());
    }
    std::stable_sort(result.hits.begin(), result.hits.end(), [](const Hit& a, const Hit& b) {
        return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.category < b.category;
    });
    return result.hits;
}

}  // namespace galascan
