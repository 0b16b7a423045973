#pragma once
// Where the lexicon's stems stand in a text, at the places they may count: one pass of the
// stem automaton, with the word boundaries tracked alongside.
//
// The automaton reports a stem at its last byte. Whether it began at a word start, at a
// letter inside a word, or mid-letter (then it does not count) is decided from a short
// record of the bytes read last, kept in a ring longer than the longest stem; the stem's
// ending, from its last byte to the end of the word, must be one its tail allows
// (match/dutch_morphology.cpp). Inline: this loop is the matcher's hot path.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "match/dutch_morphology.hpp"
#include "match/stem_automaton.hpp"
#include "match/word_scan.hpp"
#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

// A stem found at a place where it may begin, with an allowed ending.
struct FoundStem {
    std::size_t stem_begin = 0;  // byte offset of the stem's first byte
    StemStart start = StemStart::word;
    std::uint32_t stem_length = 0;  // in bytes, a run of whitespace counting one
    std::uint32_t entry = 0;        // the automaton ending's entry
    ByteRange range;                // the stem widened to whole words
};

namespace find_stems_detail {

constexpr std::size_t no_word = static_cast<std::size_t>(-1);

// Feeds the automaton byte by byte and remembers, for the last bytes read, where each was
// and the start of the word whose code point it begins.
class StemReader {
public:
    struct ByteRead {
        std::size_t offset = 0;
        std::size_t word_start = no_word;  // no_word: not the first byte of a word's code point
    };

    explicit StemReader(const StemAutomaton& stems) : m_stems(stems) {
        std::size_t size = 1;
        while (size <= stems.longest_stem()) {
            size *= 2;
        }
        m_recent.resize(size);
        m_mask = size - 1;
    }

    // Reads the byte at `offset`; true when stems end with it.
    bool read(unsigned char byte, std::size_t offset, std::size_t word_start) {
        const bool is_space = is_ascii_space(byte);
        if (is_space && m_previous_is_space) {
            if (byte == '\n' && m_previous_is_newline) {
                m_state = StemAutomaton::start;  // a blank line ends the block: no phrase goes on past it
            }
            m_previous_is_newline = byte == '\n';
            return false;  // stems hold one ' ' where the text may have a run
        }
        m_previous_is_space = is_space;
        m_previous_is_newline = byte == '\n';
        m_recent[m_bytes_read++ & m_mask] = ByteRead{offset, word_start};
        m_state = m_stems.next(m_state, byte);
        return m_stems.has_outputs(m_state);
    }

    std::span<const StemAutomaton::Output> outputs() const { return m_stems.outputs(m_state); }

    // The first byte of an output of the byte just read.
    const ByteRead& first_byte(const StemAutomaton::Output& output) const {
        return m_recent[(m_bytes_read - output.length) & m_mask];
    }

private:
    const StemAutomaton& m_stems;
    StemAutomaton::State m_state = StemAutomaton::start;
    std::vector<ByteRead> m_recent;  // a ring longer than the longest stem
    std::size_t m_mask = 0;
    std::size_t m_bytes_read = 0;  // a run of whitespace counts one
    bool m_previous_is_space = false;
    bool m_previous_is_newline = false;
};

}  // namespace find_stems_detail

// Appends to `found` every stem of `stems` in `text` that begins at a word start (any stem)
// or at another letter of a word (StemStart::inside stems), with an ending its tail allows.
// In the order the automaton reports them: by the byte where they end.
inline void find_stems(const StemAutomaton& stems, std::string_view text, std::vector<FoundStem>& found) {
    using find_stems_detail::no_word;
    find_stems_detail::StemReader reader(stems);
    auto collect = [&](std::size_t last_byte) {
        for (const StemAutomaton::Output& output : reader.outputs()) {
            const find_stems_detail::StemReader::ByteRead& first = reader.first_byte(output);
            if (first.word_start == no_word) {
                continue;  // it begins outside a word, or in the middle of a letter's bytes
            }
            const std::size_t end = word_end(text, last_byte + 1);
            const std::string_view rest = text.substr(last_byte + 1, end - last_byte - 1);
            for (const StemAutomaton::Ending& ending : stems.endings(output)) {
                if ((ending.start == StemStart::word && first.offset != first.word_start) ||
                    !tail_allowed(ending.tail, rest)) {
                    continue;
                }
                found.push_back(FoundStem{first.offset, ending.start, output.length, ending.entry,
                                          ByteRange{first.word_start, end}});
            }
        }
    };
    bool previous_is_word = false;
    std::size_t word_start = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const std::size_t code_point = offset;
        const auto lead = static_cast<unsigned char>(text[offset]);
        if (lead < 0x80) {
            // ASCII, nearly all of a folded Dutch text: one byte, decided inline.
            ++offset;
            const bool is_word = is_ascii_word_byte(lead);
            word_start = is_word && !previous_is_word ? code_point : word_start;
            previous_is_word = is_word;
            if (reader.read(lead, code_point, is_word ? word_start : no_word)) {
                collect(code_point);
            }
            continue;
        }
        const bool is_word = is_word_code_point(decode_utf8(text, offset));
        word_start = is_word && !previous_is_word ? code_point : word_start;
        previous_is_word = is_word;
        for (std::size_t at = code_point; at < offset; ++at) {
            if (reader.read(static_cast<unsigned char>(text[at]), at,
                            at == code_point && is_word ? word_start : no_word)) {
                collect(at);
            }
        }
    }
}

}  // namespace galascan
