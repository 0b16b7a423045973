// `galascan text`: the structured text as galascan reads it, so an analyst can see why a
// heading counted or a running title did not.

#include <fmt/core.h>

#include "normalise/normalise.hpp"
#include "report/sanitise.hpp"
#include "report/writers.hpp"

namespace galascan {

void write_blocks(const LaidOutDocument& document, std::ostream& out) {
    for (const Block& block : document.blocks) {
        const std::string kind = block.kind == BlockKind::heading ? fmt::format("heading {}", block.heading_level)
                                                                  : block_kind_name(block.kind);
        const int last_page = last_page_of(block);
        const std::string pages = last_page == block.page_index ? std::to_string(block.page_index)
                                                                 : fmt::format("{}-{}", block.page_index, last_page);
        out << fmt::format("p. {:<4} {:<10} {}\n", pages, kind,
                           escape_controls(reading_text(block.text)));
    }
}

}  // namespace galascan
