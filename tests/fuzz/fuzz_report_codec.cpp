// Fuzz target: the decoder of one document's report, as the parent reads it from a worker's
// socket (decode_document_report). It must answer nullopt, never crash, for any bytes; what it
// decodes must encode to bytes that decode to the same report. Compared as bytes, since a
// decoded double may be a NaN, which equals nothing.

#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "store/codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace galascan;
    const std::optional<DocumentReport> decoded = decode_document_report(fuzz::as_text(data, size));
    if (!decoded) {
        return 0;
    }
    const std::string encoded = encode_document_report(*decoded);
    const std::optional<DocumentReport> again = decode_document_report(encoded);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(encode_document_report(*again) == encoded);
    return 0;
}
