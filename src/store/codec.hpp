#pragma once
// Binary encodings of what galascan keeps between runs and sends between processes: the
// text of one PDF as extraction, layout and normalisation left it (the extraction cache's
// entries), and one document's report (a worker process hands it to the parent over its socket).
// Both are compact and versioned, and their decoders trust nothing they read.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "normalise/document_text.hpp"
#include "report/report.hpp"

namespace galascan {

class ByteWriter;  // store/binary.hpp

// Bumped whenever the bytes of an encoding change, so older bytes decode as an error (for
// the cache: a clean miss) instead of as something else.
inline constexpr std::uint32_t document_text_encoding_version = 3;  // 3: content hash, PDF metadata
inline constexpr std::uint32_t document_report_encoding_version = 3;  // 3: content hash, metadata, tags

std::string encode_document_text(const DocumentText& text);
// The same bytes, into `out` (which may stream them to a file: store/cache.cpp).
void encode_document_text(const DocumentText& text, ByteWriter& out);

// The DocumentText `bytes` hold, or nullopt when they are truncated, corrupt, of another
// version, followed by extra bytes, or inconsistent (a block range outside the text, a block
// on a page the document lacks, an offset map of another length): safe to hand to match and score.
std::optional<DocumentText> decode_document_text(std::string_view bytes);

// A PDF's metadata, in both encodings (a DocumentText's and a DocumentReport's).
class ByteWriter;
class ByteReader;
void put_pdf_info(ByteWriter& out, const PdfInfo& info);
PdfInfo get_pdf_info(ByteReader& in);

// Every field, doubles bit for bit: decode(encode(report)) equals `report`.
std::string encode_document_report(const DocumentReport& report);

// The DocumentReport `bytes` hold, or nullopt when they are truncated, corrupt, of another
// version or followed by extra bytes.
std::optional<DocumentReport> decode_document_report(std::string_view bytes);

}  // namespace galascan
