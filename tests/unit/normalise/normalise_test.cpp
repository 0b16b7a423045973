#include <doctest/doctest.h>

#include "normalise/normalise.hpp"

using namespace galascan;

namespace {

LaidOutDocument blocks_of(std::initializer_list<std::string> texts) {
    LaidOutDocument document;
    for (const std::string& text : texts) {
        document.blocks.push_back(Block{1, BlockKind::paragraph, 0, text});
    }
    return document;
}

std::string source_of(const NormalisedDocument& document, std::string_view folded_word) {
    const std::size_t at = document.text.find(folded_word);
    REQUIRE(at != std::string::npos);
    const ByteRange source = document.to_source.to_source({at, at + folded_word.size()});
    return document.source.substr(source.begin, source.size());
}

}  // namespace

TEST_CASE("folding lowercases and removes diacritics") {
    const NormaliseOptions options;
    CHECK(fold_for_matching("Coördinatie van IDEEËN", options) == "coordinatie van ideeen");
    CHECK(fold_for_matching("Cliënten geïnvesteerd", options) == "clienten geinvesteerd");
}

TEST_CASE("composed and decomposed input fold identically") {
    const NormaliseOptions options;
    const std::string composed = "co\u00F6rdinatie";
    const std::string decomposed = "coo\u0308rdinatie";
    CHECK(fold_for_matching(composed, options) == fold_for_matching(decomposed, options));
    CHECK(fold_for_matching(decomposed, options) == "coordinatie");
}

TEST_CASE("ligatures, soft hyphens and non-breaking spaces are folded") {
    const NormaliseOptions options;
    CHECK(fold_for_matching("\uFB01nanciering en \uFB02exibel", options) == "financiering en flexibel");
    CHECK(fold_for_matching("mantel\u00ADzorg", options) == "mantelzorg");
    CHECK(fold_for_matching("sociale\u00A0basis", options) == "sociale basis");
}

TEST_CASE("diacritic folding can be switched off") {
    NormaliseOptions options;
    options.fold_diacritics = false;
    CHECK(fold_for_matching("Coördinatie", options) == "coördinatie");
}

TEST_CASE("normalised offsets lead back to the text as printed") {
    const NormalisedDocument document =
        normalise(blocks_of({"De \uFB01nanciering van Mantel\u00ADzorg", "Coo\u0308rdinatie in de WIJK"}), {});
    CHECK(document.text == "de financiering van mantelzorg\n\ncoordinatie in de wijk");
    CHECK(source_of(document, "financiering") == "\uFB01nanciering");
    CHECK(source_of(document, "mantelzorg") == "Mantel\u00ADzorg");
    CHECK(source_of(document, "coordinatie") == "Coo\u0308rdinatie");
    CHECK(source_of(document, "wijk") == "WIJK");
}

TEST_CASE("each block's ranges point at its own text in both strings") {
    const NormalisedDocument document = normalise(blocks_of({"Eerste ALINEA", "Tweede"}), {});
    REQUIRE(document.blocks.size() == 2);
    const NormalisedBlock& second = document.blocks[1];
    CHECK(document.source.substr(second.source.begin, second.source.size()) == "Tweede");
    CHECK(document.text.substr(second.text.begin, second.text.size()) == "tweede");
}
