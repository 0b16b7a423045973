#pragma once
// Maps byte offsets in normalised text back to byte offsets in the source text, so that
// evidence quotes the PDF as printed even after folding changed lengths.

#include <cstddef>
#include <optional>
#include <vector>

#include "text/utf8.hpp"

namespace galascan {

class OffsetMap {
public:
    // One stretch of the conversion: `text_length` text bytes from `source_length` source bytes.
    // Public so that a map can be saved and restored (store/codec.cpp) without re-normalising.
    struct Stretch {
        std::size_t text_begin = 0;
        std::size_t source_begin = 0;
        std::size_t text_length = 0;
        std::size_t source_length = 0;
        bool changed = false;
        bool operator==(const Stretch&) const = default;
    };

    // Records the next stretch of the conversion: `source_length` source bytes became
    // `text_length` text bytes. Unchanged stretches map byte for byte; a changed stretch
    // (ﬁ -> fi, É -> é) maps as a whole, since its inner offsets have no counterpart.
    void append(std::size_t source_length, std::size_t text_length, bool changed);

    // The source range a text range came from: its begin maps to the start of the
    // stretch it falls in, its end to the end of the stretch of its last byte.
    ByteRange to_source(ByteRange text_range) const;

    std::size_t source_size() const { return m_source_size; }
    std::size_t text_size() const { return m_text_size; }

    // The stretches in text order: contiguous in the text, in source order with gaps where
    // source bytes were deleted. With source_size(), all a map is.
    const std::vector<Stretch>& stretches() const { return m_stretches; }

    // The map made of `stretches` (as stretches() returned them) and `source_size`, or nullopt
    // when they break the invariant: each text_length > 0, contiguous from text offset 0, source
    // ranges in order without overlap and within source_size, unchanged stretches equally long.
    // For data read back from disk, so it trusts nothing.
    static std::optional<OffsetMap> restore(std::vector<Stretch> stretches, std::size_t source_size);

    bool operator==(const OffsetMap&) const = default;

private:
    const Stretch& stretch_containing(std::size_t text_offset) const;

    std::vector<Stretch> m_stretches;  // text_length > 0, sorted by text_begin, contiguous
    std::size_t m_source_size = 0;
    std::size_t m_text_size = 0;
};

}  // namespace galascan
