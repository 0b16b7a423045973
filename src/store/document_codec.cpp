// Document's encoding, on store/binary.hpp like the others: a tag byte and a version, then the
// fields in declaration order, unpacked with structured bindings so that a field added to
// Document or Page stops the build here instead of silently not crossing between workers.

#include "store/document_codec.hpp"

#include <utility>
#include <vector>

#include "store/binary.hpp"
#include "store/codec.hpp"

namespace galascan {

namespace {

constexpr std::uint8_t document_tag = 'D';
constexpr std::size_t min_page_bytes = 3;  // an index and two empty strings

}  // namespace

std::string encode_document(const Document& document) {
    ByteWriter out;
    put_header(out, document_tag, document_encoding_version);
    const auto& [path, content_hash, info, pages, pages_without_text, diagnostics] = document;
    out.put_string(path);
    out.put_string(content_hash);
    put_pdf_info(out, info);
    put_sequence(out, pages, [](ByteWriter& o, const Page& page) {
        const auto& [index, label, text] = page;
        o.put_signed(index);
        o.put_string(label);
        o.put_string(text);
    });
    put_sequence(out, pages_without_text, put_int);
    put_sequence(out, diagnostics, put_text);
    return out.take();
}

std::optional<Document> decode_document(std::string_view bytes) {
    ByteReader in(bytes);
    if (!get_header(in, document_tag, document_encoding_version)) {
        return std::nullopt;
    }
    Document document;
    document.path = in.get_string();
    document.content_hash = in.get_string();
    document.info = get_pdf_info(in);
    document.pages = get_sequence<Page>(in, min_page_bytes, [](ByteReader& i) {
        Page page;
        page.index = i.get_int();
        page.label = i.get_string();
        page.text = i.get_string();
        return page;
    });
    document.pages_without_text = get_sequence<int>(in, 1, get_int);
    document.diagnostics = get_sequence<std::string>(in, 1, get_text);
    if (!in.ok() || !in.at_end()) {
        return std::nullopt;
    }
    return document;
}

}  // namespace galascan
