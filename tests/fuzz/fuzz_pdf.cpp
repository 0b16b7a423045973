// Fuzz target: a PDF's bytes through the whole pipeline of one document, in-process: extract
// (Poppler), layout, normalise, match with the built-in lexicon, score, then both encodings
// a worker uses (the cache entry's text, the report sent to the parent).
//
// The bytes go to Poppler through a memfd, an anonymous file in memory, opened by its
// /proc/self/fd path: so extract_pdf runs unchanged, its header checks included, and no
// input touches the disk. Only galascan's code is instrumented for coverage (Poppler is
// Debian's build), so the fuzzer steers towards what galascan does with what Poppler returns;
// ASan still sees every allocation Poppler makes.

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "pipeline/analyse.hpp"
#include "store/codec.hpp"

namespace {

using namespace galascan;

// The one memfd, rewritten for every input.
class MemoryFile {
public:
    MemoryFile() : m_fd(memfd_create("galascan-fuzz.pdf", 0)) { FUZZ_CHECK(m_fd >= 0); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    ~MemoryFile() { close(m_fd); }

    std::string path() const { return "/proc/self/fd/" + std::to_string(m_fd); }

    void replace(const std::uint8_t* data, std::size_t size) {
        FUZZ_CHECK(ftruncate(m_fd, 0) == 0);
        std::size_t written = 0;
        while (written < size) {
            const ssize_t n = pwrite(m_fd, data + written, size - written, static_cast<off_t>(written));
            FUZZ_CHECK(n > 0);
            written += static_cast<std::size_t>(n);
        }
    }

private:
    int m_fd;
};

// The built-in lexicon, with a page limit that keeps one input's run short: a PDF claiming a
// million pages would otherwise be read page by page, a timeout rather than a finding.
const Pipeline& pdf_pipeline() {
    static const Pipeline pipeline = [] {
        PipelineOptions options;
        options.extract.max_pages = 64;
        return build_pipeline(options);
    }();
    return pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file;
    const Pipeline& pipeline = pdf_pipeline();
    file.replace(data, size);
    const std::string path = file.path();

    TextResult read = read_text(path, pipeline.options);
    if (const auto* text = std::get_if<DocumentText>(&read)) {
        // As the cache keeps it, and as the next run reads it back.
        const std::optional<DocumentText> cached = decode_document_text(encode_document_text(*text));
        FUZZ_CHECK(cached.has_value());
        FUZZ_CHECK(*cached == *text);
    }
    const DocumentReport report =
        analyse_document(path, pipeline, [&read](const std::string&) { return std::move(read); });
    // An exception inside the stages would be an `error` row: here it is a finding.
    FUZZ_CHECK(report.status != DocumentStatus::error);
    const std::optional<DocumentReport> sent = decode_document_report(encode_document_report(report));
    FUZZ_CHECK(sent.has_value());
    FUZZ_CHECK(encode_document_report(*sent) == encode_document_report(report));
    return 0;
}
