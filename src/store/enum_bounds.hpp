#pragma once
// enum_end (store/binary.hpp) for the encoded enums that have no `count` enumerator:
// BlockKind and Grade spell their names in switches (layout/classify_blocks.cpp,
// score/score_document.cpp), which a `count` would have to join. Until they carry one, their
// ends are written here, next to the enum's last value, and codec_test's "enum ends" case
// fails as soon as either enum grows past them. DocumentStatus has its `count`.

#include <cstdint>

#include "layout/classify_blocks.hpp"
#include "score/score_document.hpp"
#include "store/binary.hpp"

namespace galascan {

template <>
inline constexpr std::uint64_t enum_end<BlockKind> = static_cast<std::uint64_t>(BlockKind::running_header) + 1;

template <>
inline constexpr std::uint64_t enum_end<Grade> = static_cast<std::uint64_t>(Grade::covered) + 1;

}  // namespace galascan
