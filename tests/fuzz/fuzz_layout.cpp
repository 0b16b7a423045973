// Fuzz target: pages of lines through layout (classify_blocks, the title), then normalise,
// match and score with the built-in lexicon, as analyse_document runs them. Input: any bytes,
// shaped into the Document extract_pdf promises (fuzz_support.hpp: pages at form feeds,
// repaired UTF-8, trimmed lines). Checked: every block on a page the document has, and the
// text the stages leave survives the cache's encoding unchanged (its decoder accepts it).

#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "layout/classify_blocks.hpp"
#include "layout/document_title.hpp"
#include "normalise/normalise.hpp"
#include "score/score_document.hpp"
#include "store/codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace galascan;
    const Pipeline& pipeline = fuzz::builtin_pipeline();
    Document document = fuzz::document_from_bytes(fuzz::as_text(data, size));
    const int page_count = static_cast<int>(document.pages.size());

    const LaidOutDocument laid_out = classify_blocks(document);
    for (const Block& block : laid_out.blocks) {
        FUZZ_CHECK(block.page_index >= 1 && last_page_of(block) <= page_count);
        FUZZ_CHECK(block.page_index <= last_page_of(block));
    }
    if (const std::optional<TitleBlocks> title = find_title(laid_out)) {
        FUZZ_CHECK(title->first <= title->last && title->last < laid_out.blocks.size());
    }

    DocumentText text;
    for (const Page& page : document.pages) {
        text.page_labels.push_back(page.label);
    }
    text.pages_without_text = document.pages_without_text;
    text.laid_out = laid_out;
    text.normalised = normalise(laid_out, pipeline.options.normalise);

    const std::vector<Hit> hits = pipeline.matcher.find_all(text.normalised.text);
    const DocumentScore score = score_document(text.page_labels, text.laid_out, text.normalised, hits,
                                               pipeline.lexicon, pipeline.options.score);
    FUZZ_CHECK(score.categories.size() <= pipeline.lexicon.categories.size());

    const std::optional<DocumentText> decoded = decode_document_text(encode_document_text(text));
    FUZZ_CHECK(decoded.has_value());
    FUZZ_CHECK(*decoded == text);
    return 0;
}
