#pragma once
// Character classes, the one home of "is this a letter?" for every stage: word characters,
// letters, lowercase and uppercase letters, digits and spaces. Everything beyond ASCII is answered by
// ICU's Unicode properties (character_classes.cpp), so é, ĳ, Greek and Cyrillic are letters
// while punctuation, symbols, emoji and the private-use bullets of PDF fonts are not. ASCII,
// nearly all of a folded Dutch text, is answered inline here: the matcher asks about almost
// every byte, and the inline answers must agree with ICU's (a unit test holds them together).

namespace galascan {

constexpr bool is_ascii_digit(char32_t c) {
    return c >= '0' && c <= '9';
}

constexpr bool is_ascii_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// An ASCII letter or digit: what is_word_code_point says below 0x80.
constexpr bool is_ascii_word_byte(char32_t c) {
    return is_ascii_letter(c) || is_ascii_digit(c);
}

// Space, tab, line break, carriage return or the form feed that marks a page break inside
// a block. Safe on any byte of UTF-8 (a char, signed or not): none of a multi-byte code
// point's bytes is one of these.
constexpr bool is_ascii_space(char32_t c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// A letter of any script (Unicode general category L): not a digit, mark or symbol.
bool is_letter_code_point(char32_t code_point);

// Part of a word: a letter, a decimal digit, or a combining mark (the diaeresis of a
// decomposed "coördinatie"). The apostrophe in "thema's" is left to callers.
bool is_word_code_point(char32_t code_point);

// A lowercase letter of any script (category Ll): ß, é, ĳ as well as a-z.
bool is_lowercase_letter(char32_t code_point);

// An uppercase letter of any script (category Lu): É, Ĳ, Ł as well as A-Z; not ×.
bool is_uppercase_letter(char32_t code_point);

}  // namespace galascan
