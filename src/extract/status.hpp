#pragma once
// The status vocabulary: what became of one input file. Its one home, in the first stage
// that gives a file a status (not_pdf, encrypted, ...): extraction's errors, the worker pool's
// outcomes (crashed, timeout, memory_limit), the report's rows and the codecs all use this
// enum, so a new status is one enumerator and one name here, and its producer.

#include <array>
#include <cassert>
#include <cstddef>

namespace galascan {

enum class DocumentStatus {
    ok,            // analysed
    partial,       // analysed, but some pages had no text (listed in the reason)
    empty,         // 0 bytes
    not_pdf,       // not a PDF at all: an HTML error page saved as .pdf, a Word file, ...
    damaged,       // looks like a PDF but Poppler cannot parse it
    encrypted,     // needs a user password, none or a wrong one given
    no_text,       // opens, but no page has extractable letters (a scan)
    unreadable,    // cannot be opened or read (missing, permissions, a folder)
    error,         // an internal error while analysing this file (a bug: please report)
    timeout,       // reading it took longer than --timeout: stopped
    crashed,       // the worker reading it died (a crash inside Poppler on a hostile file)
    memory_limit,  // reading it needed more memory than --max-memory: stopped
    page_limit,    // more pages than --max-pages: not read
    count,         // not a status: how many there are (keep it last; codecs check against it)
};

// The statuses' names, in enum order: a stable contract of CSV and JSON.
inline constexpr auto status_names =
    std::to_array<const char*>({"ok", "partial", "empty", "not_pdf", "damaged", "encrypted", "no_text", "unreadable",
                                "error", "timeout", "crashed", "memory_limit", "page_limit"});
static_assert(status_names.size() == static_cast<std::size_t>(DocumentStatus::count),
              "every status needs its name in status_names");

inline const char* status_name(DocumentStatus status) {
    assert(status < DocumentStatus::count);
    return status_names[static_cast<std::size_t>(status)];
}

}  // namespace galascan
