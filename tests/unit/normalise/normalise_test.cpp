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

TEST_CASE("normalised offsets lead back to the text as a reader quotes it") {
    const NormalisedDocument document =
        normalise(blocks_of({"De \uFB01nanciering van Mantel\u00ADzorg", "Coo\u0308rdinatie in de WIJK"}), {});
    CHECK(document.text == "de financiering van mantelzorg\n\ncoordinatie in de wijk");
    // Ligatures spelt out and diacritics composed for reading; case and soft hyphen as printed.
    CHECK(source_of(document, "financiering") == "financiering");
    CHECK(source_of(document, "mantelzorg") == "Mantel\u00ADzorg");
    CHECK(source_of(document, "coordinatie") == "Co\u00F6rdinatie");
    CHECK(source_of(document, "wijk") == "WIJK");
}

TEST_CASE("curly quotes, the dash family and zero-width characters fold to plain text") {
    CHECK(fold_for_matching("thema\u2019s en \u201Cwijk\u201D", {}) == "thema's en \"wijk\"");
    CHECK(fold_for_matching("zorg\u2010 en welzijn \u2013 2024\u20142027 \u2212", {}) == "zorg- en welzijn - 2024-2027 -");
    CHECK(fold_for_matching("mantel\u200Bzorg\u00A0team", {}) == "mantelzorg team");
    CHECK(fold_for_matching("id\u00E9e\u00EBn", {}) == fold_for_matching("ide\u0301ee\u0308n", {}));
}

TEST_CASE("the reading form spells out every ligature and composes diacritics") {
    CHECK(for_reading("\uFB00\uFB01\uFB02\uFB03\uFB04") == "fffiflffiffl");
    CHECK(for_reading("ide\u0301ee\u0308n") == "id\u00E9e\u00EBn");
    CHECK(for_reading("mantel-\nzorg") == "mantelzorg");
    CHECK(reading_text("Eerste regel\ntweede  regel") == "Eerste regel tweede regel");
}

TEST_CASE("each block's ranges point at its own text in both strings") {
    const NormalisedDocument document = normalise(blocks_of({"Eerste ALINEA", "Tweede"}), {});
    REQUIRE(document.blocks.size() == 2);
    const NormalisedBlock& second = document.blocks[1];
    CHECK(document.source.substr(second.source.begin, second.source.size()) == "Tweede");
    CHECK(document.text.substr(second.text.begin, second.text.size()) == "tweede");
}
