#pragma once
// A PDF's bytes in memory, and the one edit to them that spares Poppler work text extraction
// never uses (extract/extract_pdf.cpp loads from these bytes when it has them).

#include <cstddef>
#include <optional>
#include <string>

namespace galascan {

// Files up to this size are read into memory; larger ones are loaded from the file by Poppler
// (a 64 MiB buffer per worker is the most a batch should hold for this).
inline constexpr std::size_t max_pdf_bytes_in_memory = 64u << 20;

// The whole file, or nullopt when it cannot be read or is larger than `max_bytes` (then the
// caller loads from the file, and Poppler says why when it cannot).
std::optional<std::string> read_pdf_bytes(const std::string& path, std::size_t max_bytes);

// Renames every catalogue key /OutputIntents in plain bytes to a key of the same length that
// Poppler does not know, and returns how many it renamed. Why: Poppler 22.12 builds lcms2
// colour transforms from a PDF/A file's output intent in every page's Gfx constructor, 12-24 ms
// a page for text that never uses a colour (docs/pdf-facts.md). Same length: every xref offset
// stays right. A key inside a compressed object stream is not seen and stays as it is.
int neutralise_output_intents(std::string& bytes);

}  // namespace galascan
