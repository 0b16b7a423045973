#pragma once
// The second, cheap step of matching phrases: from each anchor word the stem automaton found,
// read the sentence around it and complete the phrase's shape (match/phrase_shapes.cpp).

#include <cstdint>
#include <string_view>
#include <vector>

#include "match/phrase_shapes.hpp"

namespace galascan {

struct FoundStem;  // match/find_stems.hpp

// Replaces the anchors in `found` (entries from `first_id` on, anchor a being
// phrases.shapes_by_anchor[a]) by the phrases they complete, as FoundStems of the shapes'
// entries whose range runs from the first word of the phrase to its last. Other stems stay
// in their order; the phrases follow them.
void assemble_phrases(const PhraseShapes& phrases, std::uint32_t first_id, std::string_view text,
                      std::vector<FoundStem>& found);

// Whether the folded `word` is one of the slot's forms.
bool slot_matches(const ShapeSlot& slot, std::string_view word);

}  // namespace galascan
