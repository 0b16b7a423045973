// Term matching, first version: a byte trie of the folded terms, walked from every word start.
//
// Rules (docs/architecture.md repeats them for lexicon authors):
// - A term matches where a word starts with it: "mantelzorg" finds "mantelzorgers" and
//   "mantelzorgondersteuning" (Dutch writes compounds as one word), never the middle of a
//   word. The hit is widened to the whole word, so evidence shows what the plan printed.
// - Whitespace inside a term matches any run of whitespace, line breaks included, so
//   phrases are found across line ends; a term's inner words must be whole words.
// - At one position the longest term of each category wins, and a category's hits never
//   overlap: "jonge mantelzorgers" counts once, not again as "mantelzorgers".
// The walk costs the length of the longest term per word start, whatever the number of
// terms, so the lexicon can grow without slowing the scan.

#include "match/matcher.hpp"

#include <algorithm>
#include <cassert>

namespace galascan {

namespace {

constexpr std::uint32_t no_node = 0;  // the root is never anyone's child

bool is_space(unsigned char byte) { return is_ascii_space(static_cast<char>(byte)); }

// The end of the word that contains the byte before `offset`.
std::size_t word_end(std::string_view text, std::size_t offset) {
    while (offset < text.size()) {
        std::size_t next = offset;
        if (!is_word_code_point(decode_utf8(text, next))) {
            break;
        }
        offset = next;
    }
    return offset;
}

}  // namespace

Matcher::Matcher(const Lexicon& lexicon, const NormaliseOptions& normalise_options)
    : m_nodes(1), m_category_count(lexicon.categories.size()) {
    m_term_category.reserve(lexicon.terms.size());
    for (TermIndex i = 0; i < lexicon.terms.size(); ++i) {
        m_term_category.push_back(lexicon.terms[i].category);
        add_term(join_whitespace(fold_for_matching(lexicon.terms[i].text, normalise_options)), i);
    }
}

std::uint32_t Matcher::child(std::uint32_t node, unsigned char byte) const {
    const auto& children = m_nodes[node].children;
    auto it = std::lower_bound(children.begin(), children.end(), byte,
                               [](const auto& edge, unsigned char b) { return edge.first < b; });
    return (it != children.end() && it->first == byte) ? it->second : no_node;
}

std::uint32_t Matcher::add_child(std::uint32_t node, unsigned char byte) {
    if (std::uint32_t existing = child(node, byte); existing != no_node) {
        return existing;
    }
    const auto created = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.emplace_back();
    auto& children = m_nodes[node].children;
    auto it = std::lower_bound(children.begin(), children.end(), byte,
                               [](const auto& edge, unsigned char b) { return edge.first < b; });
    children.insert(it, {byte, created});
    return created;
}

void Matcher::add_term(std::string_view folded_term, TermIndex term) {
    if (folded_term.empty()) {
        return;  // nothing left after folding; the lexicon loader rejects such terms
    }
    std::uint32_t node = 0;
    for (char c : folded_term) {
        node = add_child(node, static_cast<unsigned char>(c));
    }
    m_nodes[node].terms.push_back(term);
}

void Matcher::match_at(std::string_view text, std::size_t start, std::vector<Hit>& hits,
                       std::vector<std::size_t>& category_end) const {
    // The longest term per category found from `start`, as (term, end offset).
    std::vector<std::pair<TermIndex, std::size_t>> found;
    std::uint32_t node = 0;
    std::size_t offset = start;
    while (offset < text.size()) {
        const auto byte = static_cast<unsigned char>(text[offset]);
        if (is_space(byte)) {
            node = child(node, ' ');
            while (offset < text.size() && is_space(static_cast<unsigned char>(text[offset]))) {
                ++offset;
            }
        } else {
            node = child(node, byte);
            ++offset;
        }
        if (node == no_node) {
            break;
        }
        for (TermIndex term : m_nodes[node].terms) {
            found.emplace_back(term, offset);
        }
    }
    // `found` is in order of increasing length, so the last entry per category is its longest.
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
        const CategoryIndex category = m_term_category[it->first];
        if (category_end[category] > start) {
            continue;  // already hit here (a longer term), or inside an earlier hit
        }
        const ByteRange range{start, word_end(text, it->second)};
        hits.push_back(Hit{it->first, category, range});
        category_end[category] = range.end;
    }
}

std::vector<Hit> Matcher::find_all(std::string_view text) const {
    std::vector<Hit> hits;
    std::vector<std::size_t> category_end(m_category_count, 0);  // where each category's last hit ends
    bool previous_is_word = false;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t start = offset;
        const bool is_word = is_word_code_point(decode_utf8(text, offset));
        if (is_word && !previous_is_word) {
            match_at(text, start, hits, category_end);
        }
        previous_is_word = is_word;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.category < b.category;
    });
    return hits;
}

}  // namespace galascan
