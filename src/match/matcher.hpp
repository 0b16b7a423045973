#pragma once
// The match stage: finds lexicon entries in normalised text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "match/dutch_morphology.hpp"
#include "match/stem_trie.hpp"
#include "normalise/normalise.hpp"
#include "text/utf8.hpp"

namespace galascan {

struct Hit {
    TermIndex term = 0;           // the lexicon entry that matched
    CategoryIndex category = 0;
    ByteRange range;              // in the normalised text, widened to whole words
};

// A lexicon compiled once into two tries of folded stems, then only read: find_all keeps no
// state, so one Matcher serves any number of documents and threads.
class Matcher {
public:
    Matcher(const Lexicon& lexicon, const NormaliseOptions& normalise_options);

    // All hits in `text` (normalised with the same options), sorted by position; within one
    // category hits never overlap. See matcher.cpp for the rules.
    std::vector<Hit> find_all(std::string_view text) const;

private:
    struct Found {
        std::uint32_t entry;
        ByteRange range;
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

    void find_from(const StemTrie& trie, std::string_view text, std::size_t start, std::size_t word_start,
                   std::vector<Found>& found) const;
    void scan(std::string_view text, Scan& scan) const;
    void take(std::vector<Found>& found, std::string_view text, Scan& scan) const;
    void expand_elisions(std::string_view text, Scan& scan) const;
    bool near_word_present(TermIndex term, std::string_view text, ByteRange hit) const;
    bool is_excluded(const Hit& hit, const Scan& scan) const;

    StemTrie m_word_start;      // stems that begin a word
    StemTrie m_inside;          // stems that may also begin inside a word ("*zorg")
    std::vector<CategoryIndex> m_entry_category;          // by entry
    std::vector<std::optional<TermIndex>> m_exclusion_term;   // by exclusion
    std::vector<std::vector<std::string>> m_near;         // by term, folded
    std::size_t m_term_count = 0;
    std::size_t m_category_count = 0;
};

}  // namespace galascan
