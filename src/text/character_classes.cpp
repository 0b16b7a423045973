// ICU's character properties behind text/character_classes.hpp: one of ICU's two seams (the
// other is normalise/normalise.cpp). No ICU type leaves this file. Lookups go through ICU's
// compact property tries: cheap, but a call, which is why ASCII is decided inline before
// any of these is asked.

#include "text/character_classes.hpp"

#include <unicode/uchar.h>

namespace galascan {

bool is_letter_code_point(char32_t code_point) {
    return u_isalpha(static_cast<UChar32>(code_point)) != 0;
}

bool is_word_code_point(char32_t code_point) {
    const auto c = static_cast<UChar32>(code_point);
    return u_isalnum(c) != 0 || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_lowercase_letter(char32_t code_point) {
    return u_islower(static_cast<UChar32>(code_point)) != 0;
}

bool is_uppercase_letter(char32_t code_point) {
    return u_isupper(static_cast<UChar32>(code_point)) != 0;
}

}  // namespace galascan
