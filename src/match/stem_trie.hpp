#pragma once
// A byte trie of folded stems, compiled once into flat arrays and then only read.
//
// The stems are first put into a plain trie (a sorted child list per node), then copied
// into flat arrays in depth-first order, so a walk down one stem mostly reads neighbouring
// nodes instead of one heap block per node. The root gets a dense 256-entry table: the
// matcher asks it about every word start (and, for inside stems, every letter), and nearly
// always in vain. Header-only so the match stage stays two translation units.

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "match/dutch_morphology.hpp"

namespace galascan {

class StemTrie {
public:
    using Node = std::uint32_t;
    static constexpr Node root = 0;
    static constexpr Node no_node = 0;   // the root is never anyone's child

    struct Ending {
        std::uint32_t entry = 0;   // what the matcher stored: a term or an exclusion
        Tail tail = Tail::inflection;
    };
    struct StemEnding {
        std::string stem;          // folded bytes; a single ' ' between words
        Ending ending;
    };

    StemTrie() = default;   // no stems
    // Stems may repeat; the endings of one stem keep the order in which they are given.
    explicit StemTrie(const std::vector<StemEnding>& stems);

    bool empty() const { return m_nodes.size() <= 1; }

    // The node reached from `node` by `byte`, or no_node.
    Node child(Node node, unsigned char byte) const {
        if (node == root) {
            return m_root_children[byte];
        }
        const NodeSpans& spans = m_nodes[node];
        for (std::uint32_t edge = spans.first_edge; edge < spans.first_edge + spans.edge_count; ++edge) {
            if (m_edge_bytes[edge] >= byte) {
                return m_edge_bytes[edge] == byte ? m_edge_targets[edge] : no_node;   // sorted by byte
            }
        }
        return no_node;
    }

    // The stems that end at `node`, in the order they were given.
    std::span<const Ending> endings(Node node) const {
        const NodeSpans& spans = m_nodes[node];
        return {m_endings.data() + spans.first_ending, spans.ending_count};
    }

private:
    // Every node's edges and endings are runs in the shared arrays below.
    struct NodeSpans {
        std::uint32_t first_edge = 0;
        std::uint32_t edge_count = 0;
        std::uint32_t first_ending = 0;
        std::uint32_t ending_count = 0;
    };

    // Dense: the root is asked about most bytes of a text, so it answers in one load.
    std::array<Node, 256> m_root_children{};
    std::vector<NodeSpans> m_nodes = std::vector<NodeSpans>(1);   // m_nodes[0] is the root
    std::vector<unsigned char> m_edge_bytes;   // per node: sorted
    std::vector<Node> m_edge_targets;
    std::vector<Ending> m_endings;
};

namespace stem_trie_detail {

struct BuildNode {
    std::vector<std::pair<unsigned char, std::uint32_t>> children;   // sorted by byte
    std::vector<StemTrie::Ending> endings;
};

inline std::vector<BuildNode> plain_trie(const std::vector<StemTrie::StemEnding>& stems) {
    std::vector<BuildNode> nodes(1);
    for (const StemTrie::StemEnding& stem : stems) {
        std::uint32_t node = 0;
        for (char c : stem.stem) {
            const auto byte = static_cast<unsigned char>(c);
            auto& children = nodes[node].children;
            auto it = std::lower_bound(children.begin(), children.end(), byte,
                                       [](const auto& edge, unsigned char b) { return edge.first < b; });
            if (it == children.end() || it->first != byte) {
                it = children.insert(it, {byte, static_cast<std::uint32_t>(nodes.size())});
                node = it->second;
                nodes.emplace_back();   // invalidates `children` and `it`, both unused from here
            } else {
                node = it->second;
            }
        }
        nodes[node].endings.push_back(stem.ending);
    }
    return nodes;
}

}  // namespace stem_trie_detail

inline StemTrie::StemTrie(const std::vector<StemEnding>& stems) {
    const std::vector<stem_trie_detail::BuildNode> plain = stem_trie_detail::plain_trie(stems);
    // New numbers in depth-first order; children are pushed in reverse so the smallest byte
    // comes out first, right after its parent.
    std::vector<Node> renumbered(plain.size(), no_node);
    std::vector<std::uint32_t> order;
    order.reserve(plain.size());
    std::vector<std::uint32_t> stack{0};
    while (!stack.empty()) {
        const std::uint32_t old = stack.back();
        stack.pop_back();
        renumbered[old] = static_cast<Node>(order.size());
        order.push_back(old);
        for (auto it = plain[old].children.rbegin(); it != plain[old].children.rend(); ++it) {
            stack.push_back(it->second);
        }
    }
    m_nodes.assign(plain.size(), NodeSpans{});
    for (std::size_t id = 0; id < order.size(); ++id) {
        const stem_trie_detail::BuildNode& node = plain[order[id]];
        NodeSpans& spans = m_nodes[id];
        spans.first_edge = static_cast<std::uint32_t>(m_edge_bytes.size());
        spans.edge_count = static_cast<std::uint32_t>(node.children.size());
        for (const auto& [byte, target] : node.children) {
            m_edge_bytes.push_back(byte);
            m_edge_targets.push_back(renumbered[target]);
        }
        spans.first_ending = static_cast<std::uint32_t>(m_endings.size());
        spans.ending_count = static_cast<std::uint32_t>(node.endings.size());
        m_endings.insert(m_endings.end(), node.endings.begin(), node.endings.end());
    }
    for (const auto& [byte, target] : plain[0].children) {
        m_root_children[byte] = renumbered[target];
    }
}

}  // namespace galascan
