// Fuzz target: the extraction cache's payload decoder (decode_document_text). A cache entry
// on disk may be truncated, corrupt or planted; the decoder promises nullopt for anything it
// cannot vouch for, and a DocumentText it returns is safe to hand to match and score. So a
// decoded text goes through both, and must survive encoding again unchanged.

#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "score/score_document.hpp"
#include "store/codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace galascan;
    const std::optional<DocumentText> decoded = decode_document_text(fuzz::as_text(data, size));
    if (!decoded) {
        return 0;
    }
    const std::string encoded = encode_document_text(*decoded);
    const std::optional<DocumentText> again = decode_document_text(encoded);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *decoded);

    const Pipeline& pipeline = fuzz::builtin_pipeline();
    const std::vector<Hit> hits = pipeline.matcher.find_all(decoded->normalised.text);
    (void)score_document(decoded->page_labels, decoded->laid_out, decoded->normalised, hits, pipeline.lexicon,
                         pipeline.options.score);
    return 0;
}
