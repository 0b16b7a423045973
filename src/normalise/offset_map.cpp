#include "normalise/offset_map.hpp"

#include <algorithm>
#include <cassert>
#include <limits>
#include <utility>

namespace galascan {

void OffsetMap::append(std::size_t source_length, std::size_t text_length, bool changed) {
    if (text_length == 0) {
        // A deletion (soft hyphen, zero-width space) has no text bytes to map from;
        // it only moves the source position of everything after it.
        m_source_size += source_length;
        return;
    }
    const bool equal_lengths = source_length == text_length;
    changed = changed || !equal_lengths;
    if (!changed && !m_stretches.empty()) {
        Stretch& last = m_stretches.back();
        if (!last.changed && last.source_begin + last.source_length == m_source_size) {
            last.text_length += text_length;  // merge adjacent unchanged stretches
            last.source_length += source_length;
            m_source_size += source_length;
            m_text_size += text_length;
            return;
        }
    }
    m_stretches.push_back(Stretch{m_text_size, m_source_size, text_length, source_length, changed});
    m_source_size += source_length;
    m_text_size += text_length;
}

std::optional<OffsetMap> OffsetMap::restore(std::vector<Stretch> stretches, std::size_t source_size) {
    constexpr std::size_t max_size = std::numeric_limits<std::size_t>::max();
    std::size_t text_end = 0;
    std::size_t source_end = 0;
    for (const Stretch& stretch : stretches) {
        const bool fits = stretch.text_length > 0 && stretch.text_begin == text_end &&
                          stretch.source_begin >= source_end && stretch.text_length <= max_size - text_end &&
                          stretch.source_length <= max_size - stretch.source_begin &&
                          (stretch.changed || stretch.text_length == stretch.source_length);
        if (!fits) {
            return std::nullopt;
        }
        text_end += stretch.text_length;
        source_end = stretch.source_begin + stretch.source_length;
    }
    if (source_end > source_size) {
        return std::nullopt;
    }
    OffsetMap map;
    map.m_stretches = std::move(stretches);
    map.m_source_size = source_size;
    map.m_text_size = text_end;
    return map;
}

const OffsetMap::Stretch& OffsetMap::stretch_containing(std::size_t text_offset) const {
    assert(!m_stretches.empty() && text_offset < m_text_size);
    auto after = std::upper_bound(m_stretches.begin(), m_stretches.end(), text_offset,
                                  [](std::size_t offset, const Stretch& s) { return offset < s.text_begin; });
    return *(after - 1);
}

ByteRange OffsetMap::to_source(ByteRange text_range) const {
    assert(text_range.begin <= text_range.end && text_range.end <= m_text_size);
    if (text_range.begin == text_range.end) {
        if (text_range.begin == m_text_size) {
            return {m_source_size, m_source_size};
        }
        const Stretch& s = stretch_containing(text_range.begin);
        const std::size_t at = s.changed ? s.source_begin : s.source_begin + (text_range.begin - s.text_begin);
        return {at, at};
    }
    const Stretch& first = stretch_containing(text_range.begin);
    const Stretch& last = stretch_containing(text_range.end - 1);
    const std::size_t begin =
        first.changed ? first.source_begin : first.source_begin + (text_range.begin - first.text_begin);
    const std::size_t end =
        last.changed ? last.source_begin + last.source_length : last.source_begin + (text_range.end - last.text_begin);
    return {begin, end};
}

}  // namespace galascan
