#pragma once
// Snippets: the words around a hit, cut from the source text as printed.

#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace galascan {

// The text of `hit` with up to about `context` bytes on each side, kept inside `limits`
// (the hit's block), cut at word boundaries, whitespace runs joined into single spaces,
// and "…" where the text was cut. Offsets are bytes into `source`.
std::string make_snippet(std::string_view source, ByteRange hit, ByteRange limits, std::size_t context = 70);

}  // namespace galascan
