#pragma once
// The words around one word of a folded text, as far as its sentence goes: what phrase
// matching (match/assemble_phrases.cpp) reads to complete a phrase from one of its words.

#include <array>
#include <cstddef>
#include <string_view>

#include "text/utf8.hpp"

namespace galascan {

// Trivially constructible on purpose: a SentenceWords is made for every anchor word found,
// and its arrays are filled only as far as the sentence is read.
struct SentenceWord {
    std::size_t begin;  // a whole word, a possessive "'s" included
    std::size_t end;
    bool spaced_before;  // only whitespace stands between it and the word before it
};

// Read lazily, word by word, on both sides of the anchor word: most phrases fail on the
// first word next to it. A sentence ends at '.', '!', '?', ';' or ':', and a block at a blank
// line ("\n\n"); neither is crossed. Holds a view of the text.
class SentenceWords {
public:
    static constexpr int reach = 16;  // words read on each side at most: more than any shape spans

    SentenceWords(std::string_view text, ByteRange anchor);

    // The word `offset` words after (> 0) or before (< 0) the anchor (0); nullptr where the
    // sentence, the block or the text ends first, or beyond `reach`.
    const SentenceWord* at(int offset);
    std::string_view text_of(const SentenceWord& word) const {
        return m_text.substr(word.begin, word.end - word.begin);
    }
    // Whether words `offset - 1` and `offset` both stand in the sentence with only
    // whitespace between them.
    bool spaced(int offset);
    // Whether the sentence or block (or the text) ends right after word `offset`.
    bool ends_after(int offset);

private:
    bool read_after();
    bool read_before();

    std::string_view m_text;
    std::array<SentenceWord, reach + 1> m_after;  // [0]: the anchor
    std::array<SentenceWord, reach> m_before;     // [0]: the word just before the anchor
    int m_after_count = 1;
    int m_before_count = 0;
    bool m_after_ended = false;  // a sentence or block boundary, or the text's end, follows the last read
    bool m_before_ended = false;
};

}  // namespace galascan
