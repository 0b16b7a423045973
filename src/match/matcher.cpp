// Entry matching: two byte tries of folded stems, walked from every word start (and, for
// entries that may end a compound, from inside words too).
//
// Rules (docs/lexicon-format.md states them for lexicon authors):
// - An entry matches a whole word in any inflected form (match/dutch_morphology.cpp):
//   "mantelzorger" finds "mantelzorgers", not "mantelzorgeres". With '*' it also matches as
//   the first part of a compound ("mantelzorg*": mantelzorgondersteuning), the last
//   ("*eenzaamheid": ouderen-eenzaamheid) or anywhere ("*buurtteam*").
// - Whitespace inside an entry matches any run of whitespace, line breaks included, so
//   phrases are found across line ends; inflection applies to a phrase's last word.
// - The hit is widened to whole words, so evidence shows what the plan printed.
// - At one position the longest entry of each category wins, and a category's hits never
//   overlap: "jonge mantelzorgers" counts once, not again as "mantelzorgers". Order of
//   entries and files does not matter.
// - An entry with `near` words counts only when one of them begins a word within
//   Term::near_window words in the same block; where an exclusion matches, hits of its
//   category (or entry) that overlap it do not count.
// - Elided compounds are expanded: in "mantel- en respijtzorg" the first word is read as
//   "mantelzorg" (the suspended part completed with the end of the next word), likewise
//   "buurt- of wijkteams" -> buurtteams.
// The walk costs the length of the longest stem per start, whatever the number of entries,
// so the lexicon can grow without slowing the scan.

#include "match/matcher.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "match/word_scan.hpp"

namespace galascan {

namespace {

bool is_space(unsigned char byte) { return is_ascii_space(static_cast<char>(byte)); }

bool is_conjunction(std::string_view word) {
    static constexpr std::array<std::string_view, 4> conjunctions = {"en", "of", "tot", "noch"};
    return std::find(conjunctions.begin(), conjunctions.end(), word) != conjunctions.end();
}


// The stems of one lexicon entry go to the trie of where in a word they may begin.
void add_stems(std::string_view phrase, Position position, std::uint32_t entry,
               std::vector<StemTrie::StemEnding>& word_start, std::vector<StemTrie::StemEnding>& inside) {
    if (phrase.empty()) {
        return;  // nothing left after folding; `galascan lexicon check` reports it
    }
    std::vector<StemTrie::StemEnding>& stems =
        position == Position::last || position == Position::anywhere ? inside : word_start;
    for (Stem& stem : stems_of(phrase, position)) {
        stems.push_back(StemTrie::StemEnding{std::move(stem.text), StemTrie::Ending{entry, stem.tail}});
    }
}

}  // namespace

Matcher::Matcher(const Lexicon& lexicon, const NormaliseOptions& normalise_options)
    : m_term_count(lexicon.terms.size()), m_category_count(lexicon.categories.size()) {
    auto folded = [&](const std::string& text) { return join_whitespace(fold_for_matching(text, normalise_options)); };
    std::vector<StemTrie::StemEnding> word_start;
    std::vector<StemTrie::StemEnding> inside;
    for (TermIndex i = 0; i < lexicon.terms.size(); ++i) {
        const Term& term = lexicon.terms[i];
        m_entry_category.push_back(term.category);
        add_stems(folded(term.phrase), term.position, i, word_start, inside);
        std::vector<std::string> near;
        for (const std::string& word : term.near) {
            near.push_back(folded(word));
        }
        m_near.push_back(std::move(near));
    }
    for (std::size_t i = 0; i < lexicon.exclusions.size(); ++i) {
        const Exclusion& exclusion = lexicon.exclusions[i];
        m_entry_category.push_back(exclusion.category);
        m_exclusion_term.push_back(exclusion.term);
        add_stems(folded(exclusion.phrase), exclusion.position, static_cast<std::uint32_t>(m_term_count + i),
                  word_start, inside);
    }
    m_word_start = StemTrie(word_start);
    m_inside = StemTrie(inside);
}

void Matcher::find_from(const StemTrie& trie, std::string_view text, std::size_t start, std::size_t word_start,
                        std::vector<Found>& found) const {
    StemTrie::Node node = StemTrie::root;
    std::size_t offset = start;
    while (offset < text.size()) {
        const auto byte = static_cast<unsigned char>(text[offset]);
        if (is_space(byte)) {
            node = trie.child(node, ' ');   // stems hold one ' ' where the text may have any run
            while (offset < text.size() && is_space(static_cast<unsigned char>(text[offset]))) {
                ++offset;
            }
        } else {
            node = trie.child(node, byte);
            ++offset;
        }
        if (node == StemTrie::no_node) {
            break;
        }
        const std::span<const StemTrie::Ending> endings = trie.endings(node);
        if (endings.empty()) {
            continue;
        }
        const std::size_t end = word_end(text, offset);
        const std::string_view rest = text.substr(offset, end - offset);
        for (const StemTrie::Ending& ending : endings) {
            if (tail_allowed(ending.tail, rest)) {
                found.push_back(Found{ending.entry, ByteRange{word_start, end}});
            }
        }
    }
}

void Matcher::take(std::vector<Found>& found, std::string_view text, Scan& scan) const {
    // `found` is in order of increasing stem length, so the last entry per category is its longest.
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
        if (!m_near[it->entry].empty() && !near_word_present(it->entry, text, it->range)) {
            continue;
        }
        scan.hits.push_back(Hit{it->entry, category, it->range});
        scan.category_end[category] = it->range.end;
    }
    found.clear();
}

void Matcher::scan(std::string_view text, Scan& scan) const {
    scan.category_end.assign(m_category_count, 0);
    std::vector<Found> found;
    bool previous_is_word = false;
    std::size_t word_start = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t start = offset;
        const bool is_word = next_is_word(text, offset);
        if (is_word && !previous_is_word) {
            word_start = start;
            find_from(m_word_start, text, start, word_start, found);
        }
        if (is_word && !m_inside.empty()) {
            find_from(m_inside, text, start, word_start, found);
        }
        if (!found.empty()) {
            take(found, text, scan);
        }
        previous_is_word = is_word;
    }
}

// "mantel- en respijtzorg": the word before the suspended hyphen, completed with each tail
// of the word after the conjunction (longest first), is matched as a word of its own.
void Matcher::expand_elisions(std::string_view text, Scan& scan) const {
    std::vector<Hit> added;
    for (std::size_t hyphen = text.find('-'); hyphen != std::string_view::npos; hyphen = text.find('-', hyphen + 1)) {
        if (hyphen + 1 >= text.size() || !is_space(static_cast<unsigned char>(text[hyphen + 1]))) {
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
        while (offset < text.size() && is_space(static_cast<unsigned char>(text[offset]))) {
            ++offset;
        }
        const std::size_t conjunction_end = word_end(text, offset);
        if (!is_conjunction(text.substr(offset, conjunction_end - offset))) {
            continue;
        }
        offset = conjunction_end;
        while (offset < text.size() && is_space(static_cast<unsigned char>(text[offset]))) {
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
    auto matches_near = [&](std::string_view word) {
        for (const std::string& near : m_near[term]) {
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
