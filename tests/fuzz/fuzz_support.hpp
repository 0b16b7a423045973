#pragma once
// What the fuzz targets share: a check that aborts (so libFuzzer keeps the input as a crash),
// fuzz bytes shaped into the inputs a stage's contract promises it, and the pipeline that
// the built-in lexicon compiles to (built once per process: the targets fuzz documents, not
// the lexicon's compile).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/extract_pdf.hpp"
#include "pipeline/pipeline.hpp"
#include "text/utf8.hpp"

namespace galascan::fuzz {

// A property the code promises; on failure libFuzzer saves the input as a crash.
#define FUZZ_CHECK(condition)                                                                     \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                         \
        }                                                                                         \
    } while (false)

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A Document as extract_pdf returns one, from arbitrary bytes: pages split at form feeds,
// text repaired to UTF-8 and trimmed per line, labels "1", "2", ... (a page that starts with
// "#label " takes the rest of that line as its printed label, as roman front matter does).
inline Document document_from_bytes(std::string_view bytes) {
    Document document;
    document.path = "fuzz.pdf";
    const std::string text = repair_utf8(bytes);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\f', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        std::string_view chunk = std::string_view(text).substr(start, end - start);
        Page page;
        page.index = static_cast<int>(document.pages.size()) + 1;
        page.label = std::to_string(page.index);
        if (chunk.starts_with("#label ")) {
            const std::size_t line_end = std::min(chunk.find('\n'), chunk.size());
            if (line_end > 7) {
                page.label = std::string(chunk.substr(7, line_end - 7));
            }
            chunk.remove_prefix(line_end);
        }
        page.text = trim_lines(chunk);
        if (!has_letters(page.text)) {
            document.pages_without_text.push_back(page.index);
        }
        document.pages.push_back(std::move(page));
        start = end + 1;
    }
    return document;
}

// The pipeline of the built-in lexicon, built on first use.
inline const Pipeline& builtin_pipeline() {
    static const Pipeline pipeline = build_pipeline(PipelineOptions{});
    return pipeline;
}

}  // namespace galascan::fuzz
