// Fuzz target: text through the normaliser (ICU folding, reading form, the offset map) and
// dehyphenation. Input: any bytes, repaired to UTF-8 as extraction does (every stage after it
// may assume valid UTF-8). Blocks are the text cut at U+001E (record separator); a block's
// first byte picks its kind. Checked: every output is valid UTF-8, the offset map covers the
// folded text exactly and maps each block into its source range.

#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "normalise/dehyphenate.hpp"
#include "normalise/normalise.hpp"

namespace {

using namespace galascan;

bool is_valid_utf8(const std::string& text) { return repair_utf8(text) == text; }

LaidOutDocument blocks_from(const std::string& text) {
    LaidOutDocument laid_out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\x1e', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        Block block;
        block.text = text.substr(start, end - start);
        if (!block.text.empty()) {
            const auto selector = static_cast<unsigned char>(block.text.front());
            block.kind = static_cast<BlockKind>(selector % static_cast<unsigned>(BlockKind::count));
            block.heading_level = block.kind == BlockKind::heading ? 1 + selector % 3 : 0;
        }
        block.page_index = 1;
        laid_out.blocks.push_back(std::move(block));
        start = end + 1;
    }
    return laid_out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = repair_utf8(fuzz::as_text(data, size));

    FUZZ_CHECK(is_valid_utf8(dehyphenate(text)));
    FUZZ_CHECK(is_valid_utf8(for_reading(text)));
    FUZZ_CHECK(is_valid_utf8(reading_text(text)));
    for (const bool fold_diacritics : {true, false}) {
        const NormaliseOptions options{fold_diacritics};
        FUZZ_CHECK(is_valid_utf8(fold_for_matching(text, options)));

        const LaidOutDocument laid_out = blocks_from(text);
        const NormalisedDocument normalised = normalise(laid_out, options);
        FUZZ_CHECK(is_valid_utf8(normalised.source));
        FUZZ_CHECK(is_valid_utf8(normalised.text));
        FUZZ_CHECK(normalised.to_source.text_size() == normalised.text.size());
        FUZZ_CHECK(normalised.to_source.source_size() == normalised.source.size());
        for (const NormalisedBlock& block : normalised.blocks) {
            FUZZ_CHECK(block.block_index < laid_out.blocks.size());
            FUZZ_CHECK(block.text.begin <= block.text.end && block.text.end <= normalised.text.size());
            FUZZ_CHECK(block.source.begin <= block.source.end && block.source.end <= normalised.source.size());
            if (block.text.size() > 0) {
                const ByteRange source = normalised.to_source.to_source(block.text);
                FUZZ_CHECK(block.source.begin <= source.begin && source.end <= block.source.end);
            }
        }
    }
    return 0;
}
