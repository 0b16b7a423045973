#pragma once
// Joining words that the PDF split at a line end ("mantel-⏎zorg"), and only those.

#include <string>
#include <string_view>

namespace galascan {

// `text` (lines separated by '\n') with line-end hyphenation undone: "mantel-\nzorg" becomes
// "mantelzorg". Real hyphens stay, with their line break: "EU-\nsubsidie", "2024-\n2027",
// "Noord-\nBrabant", and the suspended hyphen of "zorg-\nen welzijnsorganisaties".
std::string dehyphenate(std::string_view text);

// Whether `word` (folded: lowercase) is a conjunction that may follow the suspended hyphen of
// an elided compound: "zorg- en welzijn", "buurt- of wijkteam", "zowel jeugd- als ouderenwerk",
// "meer jeugd- dan ouderenwerk". Dehyphenation keeps such a hyphen, and the matcher reads the
// compound whole ("jeugdwerk"): both ask here, so they agree on the words.
bool is_elision_conjunction(std::string_view word);

}  // namespace galascan
