#pragma once
// The normalise stage: folds the blocks' text into one string to match lexicon terms on,
// and keeps the way back to the text as printed. ICU lives behind this header only.

#include <string>
#include <string_view>
#include <vector>

#include "layout/classify_blocks.hpp"
#include "normalise/offset_map.hpp"
#include "text/utf8.hpp"

namespace galascan {

struct NormaliseOptions {
    bool fold_diacritics = true;   // coördinatie == coordinatie
};

struct NormalisedBlock {
    std::size_t block_index = 0;   // into LaidOutDocument::blocks
    ByteRange source;              // the block's bytes in NormalisedDocument::source
    ByteRange text;                // the block's bytes in NormalisedDocument::text
    bool operator==(const NormalisedBlock&) const = default;
};

struct NormalisedDocument {
    std::string source;            // block texts as read (for_reading): words hyphenated at a line
                                   // end joined, ligatures spelt out, NFC; blocks separated by a
                                   // blank line
    std::string text;              // the same, folded for matching
    OffsetMap to_source;           // text offsets -> source offsets
    std::vector<NormalisedBlock> blocks;
    bool operator==(const NormalisedDocument&) const = default;
};

// Folds every block except running headers and footers: Unicode NFKC with case folding (ligatures ﬁ -> fi, full-width forms,
// non-breaking spaces, soft hyphens removed), then diacritics removed from Latin letters.
// Composed and decomposed input give identical text.
NormalisedDocument normalise(const LaidOutDocument& document, const NormaliseOptions& options);

// The version of the ICU library galascan runs with (for --version).
std::string icu_version();

// A block's text as a reader quotes it: words hyphenated at a line end joined, ligature code
// points spelt out ("ﬁnanciering" -> "financiering"), composed to NFC. Line breaks stay.
std::string for_reading(std::string_view block_text);

// for_reading with line breaks as single spaces: one line per block for display.
std::string reading_text(std::string_view block_text);

// The same folding for one string without offsets: how lexicon terms are made comparable.
std::string fold_for_matching(std::string_view text, const NormaliseOptions& options);

}  // namespace galascan
