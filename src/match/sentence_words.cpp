// Reading the words of a sentence outwards from one word. Dutch phrases split across a
// clause ("werkt de gemeente met partners samen"), but never across a sentence: a full stop,
// '!', '?', ';' or ':' ends the reading, and so does a blank line, which separates the blocks
// of the normalised text (a heading from its paragraph, two list items). Such a stop is
// conservative: "o.a." or "1.000" ends a sentence too, so a phrase around them is missed,
// never invented. Between two words the reader notes whether anything but whitespace
// stands (a comma, a bracket, a dash): the words of a phrase must follow one another with
// only spaces between; a separated verb's clause may hold commas.

#include "match/sentence_words.hpp"

#include "match/word_scan.hpp"
#include "text/character_classes.hpp"

namespace galascan {

namespace {

// What stands between two words.
struct Separator {
    std::size_t edge = 0;      // where the next word begins (forwards) or the previous ends (backwards)
    bool boundary = false;     // a sentence end, a block break, or the text's end
    bool punctuation = false;  // anything but whitespace
};

bool ends_sentence(unsigned char c) {
    return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
}

// Notes one separator byte below 0x80; true when it ends the sentence or block.
bool note(unsigned char c, bool& newline, Separator& separator) {
    if (ends_sentence(c) || (c == '\n' && newline)) {
        separator.boundary = true;
        return true;
    }
    newline = c == '\n';
    separator.punctuation = separator.punctuation || !is_ascii_space(c);
    return false;
}

Separator separator_after(std::string_view text, std::size_t offset) {
    Separator separator;
    bool newline = false;
    while (offset < text.size()) {
        const auto c = static_cast<unsigned char>(text[offset]);
        if (c < 0x80) {
            if (is_ascii_word_byte(c) || note(c, newline, separator)) {
                break;
            }
            ++offset;
            continue;
        }
        std::size_t next = offset;
        if (is_word_code_point(decode_utf8(text, next))) {
            break;
        }
        separator.punctuation = true;
        newline = false;
        offset = next;
    }
    separator.edge = offset;
    separator.boundary = separator.boundary || offset >= text.size();
    return separator;
}

Separator separator_before(std::string_view text, std::size_t offset) {
    Separator separator;
    bool newline = false;
    while (offset > 0) {
        const auto c = static_cast<unsigned char>(text[offset - 1]);
        if (c < 0x80) {
            if (is_ascii_word_byte(c) || note(c, newline, separator)) {
                break;
            }
            --offset;
            continue;
        }
        if (is_word_before(text, offset)) {
            break;
        }
        separator.punctuation = true;
        newline = false;
        offset = floor_to_code_point(text, offset - 1);
    }
    separator.edge = offset;
    separator.boundary = separator.boundary || offset == 0;
    return separator;
}

// The start of the word that ends at `end`, with a possessive "'s" read as part of the word
// before it, as word_end reads it forwards ("thema's").
std::size_t word_begin(std::string_view text, std::size_t end) {
    std::size_t begin = end;
    while (begin > 0 && is_word_before(text, begin)) {
        begin = floor_to_code_point(text, begin - 1);
    }
    if (end - begin == 1 && text[begin] == 's' && begin >= 2 && text[begin - 1] == '\'' &&
        is_word_before(text, begin - 1)) {
        return word_begin(text, begin - 1);
    }
    return begin;
}

}  // namespace

SentenceWords::SentenceWords(std::string_view text, ByteRange anchor) : m_text(text) {
    m_after[0] = SentenceWord{anchor.begin, anchor.end, false};
}

bool SentenceWords::read_after() {
    if (m_after_ended || m_after_count > reach) {
        return false;
    }
    const Separator separator = separator_after(m_text, m_after[m_after_count - 1].end);
    if (separator.boundary) {
        m_after_ended = true;
        return false;
    }
    m_after[m_after_count++] = SentenceWord{separator.edge, word_end(m_text, separator.edge), !separator.punctuation};
    return true;
}

bool SentenceWords::read_before() {
    if (m_before_ended || m_before_count >= reach) {
        return false;
    }
    SentenceWord& later = m_before_count == 0 ? m_after[0] : m_before[m_before_count - 1];
    const Separator separator = separator_before(m_text, later.begin);
    if (separator.boundary) {
        m_before_ended = true;
        return false;
    }
    later.spaced_before = !separator.punctuation;
    m_before[m_before_count++] = SentenceWord{word_begin(m_text, separator.edge), separator.edge, false};
    return true;
}

const SentenceWord* SentenceWords::at(int offset) {
    if (offset >= 0) {
        while (offset >= m_after_count) {
            if (!read_after()) {
                return nullptr;
            }
        }
        return &m_after[offset];
    }
    while (-offset > m_before_count) {
        if (!read_before()) {
            return nullptr;
        }
    }
    return &m_before[-offset - 1];
}

bool SentenceWords::spaced(int offset) {
    const SentenceWord* before = at(offset - 1);
    const SentenceWord* word = at(offset);
    return before != nullptr && word != nullptr && word->spaced_before;
}

bool SentenceWords::ends_after(int offset) {
    // Before the anchor the next word is always there; after it, reading may also have
    // stopped at `reach`, which is no end.
    return at(offset + 1) == nullptr && m_after_ended;
}

}  // namespace galascan
