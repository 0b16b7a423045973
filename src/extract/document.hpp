#pragma once
// The extract stage's output: a PDF's text, page by page, as Poppler gives it.

#include <string>
#include <variant>
#include <vector>

#include "extract/status.hpp"

namespace galascan {

struct Page {
    int index = 0;          // 1-based position in the PDF
    std::string label;      // the printed page label ("iv", "12"); the index when the PDF has none
    std::string text;       // valid UTF-8, lines separated by '\n', trailing whitespace trimmed
};

// The PDF's own metadata (its Info dictionary), as its author's software wrote it: untrusted
// text like the pages' (valid UTF-8, nothing else promised). Empty when the PDF does not say.
struct PdfInfo {
    std::string title;
    std::string author;
    std::string producer;
    std::string created;    // ISO 8601 in UTC, "2024-03-05T09:30:00Z"
    std::string modified;   // the same
    bool operator==(const PdfInfo&) const = default;
};

struct Document {
    std::string path;                       // as given on the command line or found in a folder
    std::string content_hash;               // text/content_hash.hpp's hex of the bytes read; empty
                                            // when not asked for or the file was too large to hold
    PdfInfo info;
    std::vector<Page> pages;
    std::vector<int> pages_without_text;    // 1-based indices of pages with no letters at all
    std::vector<std::string> diagnostics;   // Poppler's own warnings while reading this file
};

// Why a file could not be analysed at all.
struct ExtractError {
    DocumentStatus status = DocumentStatus::damaged;  // unreadable, empty, not_pdf, damaged,
                                                      // encrypted, no_text or page_limit
    std::string reason;                     // one human line, e.g. "needs a password"
    std::vector<std::string> diagnostics;   // Poppler's messages, the only detail it gives
};

using ExtractResult = std::variant<Document, ExtractError>;

}  // namespace galascan
