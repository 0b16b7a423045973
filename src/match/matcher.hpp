#pragma once
// The match stage: finds lexicon terms in normalised text.

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "normalise/normalise.hpp"
#include "text/utf8.hpp"

namespace galascan {

struct Hit {
    TermIndex term = 0;           // the lexicon entry that matched
    CategoryIndex category = 0;
    ByteRange range;              // in the normalised text, widened to whole words
};

// A lexicon compiled once into a trie over folded terms, then only read: find_all keeps no
// state, so one Matcher serves any number of documents and threads.
class Matcher {
public:
    Matcher(const Lexicon& lexicon, const NormaliseOptions& normalise_options);

    // All hits in `text` (normalised with the same options), sorted by position; within one
    // category hits never overlap. See matcher.cpp for the rules.
    std::vector<Hit> find_all(std::string_view text) const;

private:
    struct Node {
        std::vector<std::pair<unsigned char, std::uint32_t>> children;  // sorted by byte
        std::vector<TermIndex> terms;                                   // terms ending here
    };
    std::uint32_t child(std::uint32_t node, unsigned char byte) const;
    std::uint32_t add_child(std::uint32_t node, unsigned char byte);
    void add_term(std::string_view folded_term, TermIndex term);
    void match_at(std::string_view text, std::size_t start, std::vector<Hit>& hits,
                  std::vector<std::size_t>& category_end) const;

    std::vector<Node> m_nodes;                    // m_nodes[0] is the root
    std::vector<CategoryIndex> m_term_category;   // by TermIndex
    std::size_t m_category_count = 0;
};

}  // namespace galascan
