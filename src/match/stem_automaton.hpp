#pragma once
// Every stem of a lexicon as one Aho-Corasick automaton: a single pass over a text, one
// table lookup per byte, finds every place where any stem is spelt.
//
// Why not walk a trie from each word start: on Dutch text most walks fail after two or
// three bytes, and each failure is a mispredicted branch; for stems that may begin inside a
// word ("*eenzaamheid"), a walk would start at nearly every letter. The automaton reads each
// byte once and branches only where a stem ends, which is rare. The caller decides what a
// place means (a word start, a letter inside a word) and which endings are allowed.
//
// Layout: bytes that occur in no stem share class 0, so a state's row of transitions is
// only as wide as the lexicon's alphabet (about 30 classes for Dutch). A state is the offset
// of its row, so a step is one load; states where a stem ends are numbered last, so one
// comparison tells whether to look. Header-only for now: src/CMakeLists.txt lists the
// library's sources, and the constructor can move to a .cpp once a line is added there.

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "match/dutch_morphology.hpp"
#include "text/character_classes.hpp"

namespace galascan {

// Where a stem may begin: at a word start only, or at any letter of a word ("*zorg").
enum class StemStart : unsigned char { word, inside };

class StemAutomaton {
public:
    using State = std::uint32_t;  // the offset of the state's row in the transition table
    static constexpr State start = 0;

    struct Ending {
        std::uint32_t entry = 0;  // what the matcher stored: a term or an exclusion
        Tail tail = Tail::inflection;
        StemStart start = StemStart::word;
    };
    struct StemEnding {
        std::string stem;  // folded bytes; a single ' ' between words; not empty
        Ending ending;
    };
    // A stem that ends at the byte just read.
    struct Output {
        std::uint32_t length = 0;        // in bytes read, a run of whitespace counting one
        std::uint32_t first_ending = 0;  // its endings, in the order the stems were given
        std::uint32_t ending_count = 0;
    };

    StemAutomaton() = default;  // no stems: finds nothing
    explicit StemAutomaton(const std::vector<StemEnding>& stems);

    // The state after `byte`. Every whitespace byte reads as ' '; stems hold one ' ' where a
    // text may have a run of whitespace, so the caller feeds one byte per run.
    State next(State state, unsigned char byte) const { return m_transitions[state + m_class[byte]]; }

    // The stems that end in `state`, and their endings.
    bool has_outputs(State state) const { return state >= m_first_output_state; }
    std::span<const Output> outputs(State state) const {
        const std::size_t index = state / m_class_count;
        return std::span<const Output>(m_outputs).subspan(m_first_output[index],
                                                          m_first_output[index + 1] - m_first_output[index]);
    }
    std::span<const Ending> endings(const Output& output) const {
        return std::span<const Ending>(m_endings).subspan(output.first_ending, output.ending_count);
    }

    std::size_t longest_stem() const { return m_longest_stem; }

private:
    std::array<std::uint16_t, 256> m_class{};  // 0: the byte is in no stem
    std::uint32_t m_class_count = 1;
    std::vector<State> m_transitions = std::vector<State>(1, start);  // row by row
    State m_first_output_state = 1;
    std::vector<std::uint32_t> m_first_output = std::vector<std::uint32_t>(2, 0);  // by state / class count
    std::vector<Output> m_outputs;
    std::vector<Ending> m_endings;
    std::size_t m_longest_stem = 0;
};

namespace stem_automaton_detail {

struct TrieNode {
    std::vector<std::pair<std::uint16_t, std::uint32_t>> children;  // (class, node)
    std::vector<StemAutomaton::Ending> endings;
    std::uint32_t depth = 0;
};

// The stems as a plain trie over byte classes; node 0 is the root.
inline std::vector<TrieNode> trie_of(const std::vector<StemAutomaton::StemEnding>& stems,
                                     const std::array<std::uint16_t, 256>& byte_class) {
    std::vector<TrieNode> nodes(1);
    for (const StemAutomaton::StemEnding& stem : stems) {
        if (stem.stem.empty()) {
            continue;  // it would end at the root, which must stay a state without outputs
        }
        std::uint32_t node = 0;
        for (char c : stem.stem) {
            const std::uint16_t cls = byte_class[static_cast<unsigned char>(c)];
            auto& children = nodes[node].children;
            auto it =
                std::find_if(children.begin(), children.end(), [&](const auto& edge) { return edge.first == cls; });
            if (it != children.end()) {
                node = it->second;
                continue;
            }
            const auto added = static_cast<std::uint32_t>(nodes.size());
            children.emplace_back(cls, added);
            nodes.emplace_back();  // invalidates `children`, unused from here
            nodes[added].depth = nodes[node].depth + 1;
            node = added;
        }
        nodes[node].endings.push_back(stem.ending);
    }
    return nodes;
}

// The automaton over trie nodes, before its states are numbered for reading.
struct Linked {
    std::vector<std::uint32_t> order;                         // breadth first; the root first
    std::vector<std::uint32_t> next;                          // [node * width + class]: the node reached
    std::vector<std::vector<StemAutomaton::Output>> outputs;  // by node
};

// The classic construction over dense rows. Breadth first, so that a node's failure link
// (the node of its longest proper suffix) and that node's row and outputs are complete
// before the node itself. The endings of every node go to `endings`, which the outputs
// point into.
inline Linked link(const std::vector<TrieNode>& trie, std::size_t width, std::vector<StemAutomaton::Ending>& endings) {
    Linked linked{{0},
                  std::vector<std::uint32_t>(trie.size() * width, 0),
                  std::vector<std::vector<StemAutomaton::Output>>(trie.size())};
    std::vector<std::uint32_t> failure(trie.size(), 0);
    for (std::size_t i = 0; i < linked.order.size(); ++i) {
        const std::uint32_t node = linked.order[i];
        const std::uint32_t fallback = failure[node];
        for (std::size_t cls = 0; cls < width; ++cls) {
            linked.next[node * width + cls] = node == 0 ? 0 : linked.next[fallback * width + cls];
        }
        for (const auto& [cls, child] : trie[node].children) {
            failure[child] = node == 0 ? 0 : linked.next[fallback * width + cls];
            linked.next[node * width + cls] = child;
            linked.order.push_back(child);
        }
        std::vector<StemAutomaton::Output>& outputs = linked.outputs[node];
        if (!trie[node].endings.empty()) {
            outputs.push_back(StemAutomaton::Output{trie[node].depth, static_cast<std::uint32_t>(endings.size()),
                                                    static_cast<std::uint32_t>(trie[node].endings.size())});
            endings.insert(endings.end(), trie[node].endings.begin(), trie[node].endings.end());
        }
        if (node != 0) {
            // The stems that end in the failure node end here too: they are suffixes.
            outputs.insert(outputs.end(), linked.outputs[fallback].begin(), linked.outputs[fallback].end());
        }
    }
    return linked;
}

}  // namespace stem_automaton_detail

inline StemAutomaton::StemAutomaton(const std::vector<StemEnding>& stems) {
    for (const StemEnding& stem : stems) {
        for (char c : stem.stem) {
            std::uint16_t& cls = m_class[static_cast<unsigned char>(c)];
            if (cls == 0) {
                cls = static_cast<std::uint16_t>(m_class_count++);
            }
        }
        m_longest_stem = std::max(m_longest_stem, stem.stem.size());
    }
    for (std::size_t byte = 0; byte < m_class.size(); ++byte) {
        if (is_ascii_space(static_cast<char32_t>(byte))) {
            m_class[byte] = m_class[' '];
        }
    }
    const std::vector<stem_automaton_detail::TrieNode> trie = stem_automaton_detail::trie_of(stems, m_class);
    const std::size_t count = trie.size();
    const std::size_t width = m_class_count;
    assert(count * width <= std::numeric_limits<State>::max());  // some 100 million stem bytes
    const stem_automaton_detail::Linked linked = stem_automaton_detail::link(trie, width, m_endings);

    // Number the states without outputs first (the root among them, as 0), then those with.
    std::vector<std::uint32_t> number(count, 0);
    std::vector<std::uint32_t> node_of(count, 0);
    std::uint32_t numbered = 0;
    for (bool with_outputs : {false, true}) {
        if (with_outputs) {
            m_first_output_state = static_cast<State>(numbered * width);
        }
        for (std::uint32_t node : linked.order) {
            if (linked.outputs[node].empty() != with_outputs) {
                node_of[numbered] = node;
                number[node] = numbered++;
            }
        }
    }
    m_transitions.assign(count * width, start);
    m_first_output.assign(count + 1, 0);
    for (std::size_t state = 0; state < count; ++state) {
        const std::uint32_t node = node_of[state];
        for (std::size_t cls = 0; cls < width; ++cls) {
            m_transitions[state * width + cls] = static_cast<State>(number[linked.next[node * width + cls]] * width);
        }
        m_outputs.insert(m_outputs.end(), linked.outputs[node].begin(), linked.outputs[node].end());
        m_first_output[state + 1] = static_cast<std::uint32_t>(m_outputs.size());
    }
}

}  // namespace galascan
