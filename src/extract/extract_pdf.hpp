#pragma once
// The only seam to Poppler: turns a file into a Document or an ExtractError.

#include <memory>
#include <string>
#include <string_view>
#include <variant>

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

// Pages `first` to `last` of a document, 1-based and inclusive: a part of one document read by
// one worker while others read the rest (pipeline/split_document.hpp).
struct PageRange {
    int first = 1;
    int last = 0;
    bool operator==(const PageRange&) const = default;
};

// A PDF that extract_pdf's checks have let through (a PDF, not damaged or locked, within
// --max-pages), open for reading its pages: extract_pdf in steps, so that a document's page
// count is known before its pages are read, and its pages can be read in ranges.
class OpenPdf {
public:
    struct State;  // Poppler's document, the bytes it reads from, its messages
    explicit OpenPdf(std::unique_ptr<State> state);
    OpenPdf(OpenPdf&&) noexcept;
    OpenPdf& operator=(OpenPdf&&) noexcept;
    ~OpenPdf();

    int page_count() const;
    // Whether Poppler said anything while loading (a repaired xref, say): such a document is
    // read whole, since its messages could not be told apart in parts.
    bool had_messages() const;
    // The pages of `range` (within 1..page_count) with their labels, the range's pages without
    // text and Poppler's messages so far. No whole-document check: finish_document does those.
    Document read_pages(PageRange range);

private:
    std::unique_ptr<State> m_state;
};

// Opens `path` and runs every check extract_pdf makes before it reads a page; the pages it
// reads carry the file's content hash (when `hash_content`) and the PDF's metadata.
std::variant<OpenPdf, ExtractError> open_pdf(const std::string& path, const ExtractOptions& options,
                                             bool hash_content = true);

// The checks extract_pdf makes after reading every page: a PDF without pages is damaged, one
// without a letter on any page has no text. `document` holds all `page_count` pages, read at
// once or joined from ranges.
ExtractResult finish_document(Document document, int page_count);

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
