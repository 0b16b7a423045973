#pragma once
// Joining words that the PDF split at a line end ("mantel-⏎zorg"), and only those.

#include <string>
#include <string_view>

namespace galascan {

// `text` (lines separated by '\n') with line-end hyphenation undone: "mantel-\nzorg" becomes
// "mantelzorg". Real hyphens stay, with their line break: "EU-\nsubsidie", "2024-\n2027",
// "Noord-\nBrabant", and the suspended hyphen of "zorg-\nen welzijnsorganisaties".
std::string dehyphenate(std::string_view text);

}  // namespace galascan
