#pragma once
// The match stage: finds lexicon entries in normalised text.

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "match/dutch_morphology.hpp"
#include "match/hit.hpp"
#include "match/phrase_shapes.hpp"
#include "match/stem_automaton.hpp"
#include "normalise/normalise.hpp"
#include "text/utf8.hpp"

namespace galascan {

struct FoundStem;  // match/find_stems.hpp

// A lexicon compiled once into an automaton of folded stems, then only read: find_all keeps
// no state, so one Matcher serves any number of documents and threads.
class Matcher {
public:
    Matcher(const Lexicon& lexicon, const NormaliseOptions& normalise_options);

    // All hits in `text` (normalised with the same options), sorted by position; within one
    // category hits never overlap. See matcher.cpp for the rules.
    std::vector<Hit> find_all(std::string_view text) const;

private:
    // A term's near words, folded, and the bytes they begin with: most words of a window
    // begin with none of them, and are passed over without a comparison.
    struct NearWords {
        std::vector<std::string> words;
        std::array<bool, 256> first_bytes{};
        bool any_word = false;  // a near word folded to nothing: every word begins with it
    };
    struct Excluded {
        ByteRange range;             // the words an exclusion matched
        std::uint32_t exclusion;     // index into Lexicon::exclusions
    };
    struct Scan {
        std::vector<Hit> hits;
        std::vector<Excluded> excluded;            // in order of position (the scan's order)
        std::size_t longest_excluded = 0;          // bytes, to bound the search in is_excluded
        std::vector<std::size_t> category_end;     // where each category's last hit ends
    };

    void scan(std::string_view text, Scan& scan) const;
    void take(std::span<const FoundStem> found, std::string_view text, Scan& scan) const;
    void expand_elisions(std::string_view text, Scan& scan) const;
    bool near_word_present(TermIndex term, std::string_view text, ByteRange hit) const;
    bool is_excluded(const Hit& hit, const Scan& scan) const;

    StemAutomaton m_stems;
    std::vector<CategoryIndex> m_entry_category;          // by entry
    std::vector<std::optional<TermIndex>> m_exclusion_term;   // by exclusion
    std::vector<NearWords> m_near;                        // by term
    PhraseShapes m_phrases;                               // phrases in Dutch word order
    std::uint32_t m_first_anchor = 0;                     // the automaton's entry for the phrases' first anchor
    std::size_t m_term_count = 0;
    std::size_t m_category_count = 0;
};

}  // namespace galascan
