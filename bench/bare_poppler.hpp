#pragma once
// The floor every benchmark compares galascan with: what any extractor must at least do,
// open each file and get each page's text with poppler-cpp, single-threaded.

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <string>
#include <vector>

namespace bench {

// Poppler's messages about damaged files would only clutter a benchmark's output.
inline void silence_poppler() {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
}

// Load + page::text() of every page of every file; the bytes of text (so no call is idle).
inline std::size_t bare_poppler(const std::vector<std::string>& files) {
    std::size_t bytes = 0;
    for (const std::string& file : files) {
        std::unique_ptr<poppler::document> document(poppler::document::load_from_file(file));
        if (!document || document->is_locked()) {
            continue;
        }
        for (int i = 0; i < document->pages(); ++i) {
            std::unique_ptr<poppler::page> page(document->create_page(i));
            if (page) {
                bytes += page->text().to_utf8().size();
            }
        }
    }
    return bytes;
}

}  // namespace bench
