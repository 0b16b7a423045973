#pragma once
// The only seam to Poppler: turns a file into a Document or an ExtractError.

#include <string>
#include <string_view>

#include "extract/document.hpp"

namespace galascan {

struct ExtractOptions {
    std::string password;   // tried as both owner and user password; empty: none
    int max_pages = 10000;  // a document with more pages is not read (page_limit); 0: no limit
};

// Reads and extracts `path`. Never throws for a bad file: every way a file can fail
// becomes an ExtractError with a reason. Safe to call from several threads at once. With
// `hash_content`, the Document's content_hash is the hash of the bytes it read into memory (the
// cache, which hashed the file already, asks for none).
ExtractResult extract_pdf(const std::string& path, const ExtractOptions& options, bool hash_content = true);

// A PDF date as Poppler reads it (seconds since the epoch; -1 or less: none) in ISO 8601 UTC,
// "2024-03-05T09:30:00Z"; empty for none or a date outside years 1-9999.
std::string iso_8601_utc(long long seconds);

// The version of the Poppler library galascan runs with (for --version).
std::string poppler_version();

// A page's text as extract_pdf gives it: lines without trailing blanks, no trailing empty
// lines (Poppler pads lines and ends pages with a newline or form feed).
std::string trim_lines(std::string_view text);

// Whether `text` holds a letter: a page without one has no text (a scan).
bool has_letters(std::string_view text);

// The error for a document of `pages` pages over the `limit` (also for text from the cache).
ExtractError page_limit_error(int pages, int limit);

}  // namespace galascan
