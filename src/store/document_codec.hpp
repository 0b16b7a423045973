#pragma once
// The encoding of an extracted Document (pages, labels, pages without text, Poppler's messages),
// for one thing only: a worker that read a page range of a large document hands its pages to
// the parent, which hands every range to the worker that joins them (pipeline/split_document.hpp).
// It crosses sockets between processes of one run and is never stored.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "extract/document.hpp"

namespace galascan {

inline constexpr std::uint32_t document_encoding_version = 2;

std::string encode_document(const Document& document);

// The Document `bytes` hold, or nullopt when they are truncated, corrupt, of another version or
// followed by extra bytes.
std::optional<Document> decode_document(std::string_view bytes);

}  // namespace galascan
