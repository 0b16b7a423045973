#pragma once
// The title of a document: the heading of the whole text. A nota titled after a theme works
// it out throughout, so grading reads the title as a heading over every block.

#include <cstddef>
#include <optional>

#include "layout/classify_blocks.hpp"

namespace galascan {

// The blocks that title a document: usually one, two where a cover title is set on two lines
// ("Monitor" / "Zorglandschap Wmo").
struct TitleBlocks {
    std::size_t first = 0;
    std::size_t last = 0;   // inclusive
};

// The title, found on the first page as an analyst would: the value after an "Onderwerp"
// field, the subject of "Voorstel ... inzake ...", a "Motie: ..." line, else the first
// heading, else a short first line. Letterhead fields ("Datum", "Raadsnummer",
// "Portefeuillehouder") are never the title. nullopt when the first page offers none.
std::optional<TitleBlocks> find_title(const LaidOutDocument& laid_out);

}  // namespace galascan
