#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

#include "lexicon/load_lexicon.hpp"
#include "match/matcher.hpp"
#include "score/score_document.hpp"
#include "store/binary.hpp"
#include "store/codec.hpp"
#include "store/sample_text.hpp"

using namespace galascan;
using namespace galascan::test;

namespace {

const Lexicon& test_lexicon() {
    static const Lexicon lexicon = load_lexicon({LexiconSource{"test.toml", R"(
[[category]]
id = "mantelzorg"
kind = "theme"
label = "Mantelzorg"
terms = ["mantelzorg*", "respijtzorg", "financiering"]
[[category]]
id = "eenzaamheid"
kind = "theme"
label = "Eenzaamheid"
terms = ["*eenzaamheid", "loket"]
)"}});
    return lexicon;
}

DocumentScore score_cached(const DocumentText& cached) {
    const Matcher matcher(test_lexicon(), {});
    return score_document(cached.page_labels, cached.laid_out, cached.normalised,
                          matcher.find_all(cached.normalised.text), test_lexicon(), {});
}

Evidence sample_evidence(BlockKind kind) {
    return Evidence{3, "iii", kind, "mantelzorg*", "Mantelzorgers", "… steun voor «mantelzorgers» in de wijk\f…",
                    kind == BlockKind::list_item, kind != BlockKind::table_of_contents};
}

DocumentReport sample_report() {
    DocumentReport report;
    report.path = "plannen/nota \xE2\x80\xAE.pdf";
    report.status = DocumentStatus::partial;
    report.reason = "1 of 4 pages have no text (scanned or image-only?): page 2";
    report.pages = 4;
    report.words = 123456;
    report.furniture_lines = 7;
    report.toc_lines = -1;   // not a real value: the codec must not care
    report.diagnostics = {"Syntax Error: x", ""};
    report.content_hash = "99aa06d3014798d86001c324468d497f";
    report.info = PdfInfo{"=Titel\x1b[31m", "Auteur", "Producer", "2024-03-05T09:30:00Z", ""};
    report.tags = {{"gemeente", "Utrecht"}, {"jaar", ""}};
    report.relevance = RelevanceVerdict{23.4, false, 1200, 3};
    CategoryScore covered;
    covered.category = 0;
    covered.grade = Grade::covered;
    covered.score = 87;
    GradingSignals& signals = covered.signals;
    signals.hits = 14;
    signals.counted_hits = 12;
    signals.set_aside_hits = 1;
    signals.toc_hits = 1;
    signals.weight = 0.1 + 0.2;
    signals.specific_weight = 0.25;
    signals.distinct_terms = 6;
    signals.most_repeated = 5;
    signals.pages = 3;
    signals.hits_per_1000_words = 11.3;
    signals.title = true;
    signals.headings = 1;
    signals.paragraphs = 5;
    signals.list_items = 2;
    signals.specific_blocks = 4;
    signals.strongest_block = 2.5;
    signals.passages = 2;
    signals.section_paragraphs = 4;
    signals.section_words = 812;
    signals.focus_paragraphs = 3;
    signals.words_about = 400;
    signals.share = 0.125;
    covered.rule = "a heading naming it, with 4 paragraphs under it";
    for (std::size_t kind = 0; kind < block_kind_names.size(); ++kind) {  // every kind, as evidence
        covered.evidence.push_back(sample_evidence(static_cast<BlockKind>(kind)));
    }
    CategoryScore mentioned;
    mentioned.category = std::numeric_limits<CategoryIndex>::max();
    mentioned.grade = Grade::mentioned;
    mentioned.signals.weight = 0.5;
    CategoryScore absent;
    absent.grade = Grade::absent;
    absent.score = std::numeric_limits<int>::min();
    absent.signals.hits = std::numeric_limits<int>::max();
    report.categories = {covered, mentioned, absent};
    return report;
}

// Doubles a decoder could get wrong: both zeros, a denormal, infinity, a NaN with a payload.
DocumentReport report_with_odd_doubles() {
    DocumentReport report;
    const double odd[] = {-0.0, std::numeric_limits<double>::denorm_min(), -std::numeric_limits<double>::infinity(),
                          std::bit_cast<double>(std::uint64_t{0x7ff8'0000'dead'beef})};
    for (const double value : odd) {
        CategoryScore score;
        score.signals.weight = value;
        score.signals.hits_per_1000_words = -value;
        report.categories.push_back(score);
    }
    return report;
}

bool same_bits(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

// A decoded value is one its encoder can write and its decoder read back unchanged.
template <typename Value>
void check_encodes_stably(const Value& value, std::string (*encode)(const Value&),
                          std::optional<Value> (*decode)(std::string_view)) {
    const std::string encoded = encode(value);
    const std::optional<Value> again = decode(encoded);
    REQUIRE(again);
    REQUIRE(encode(*again) == encoded);
}

// What decode_document_text promises of any value it returns: every number that match and score
// index with points inside the document.
void check_consistent(const DocumentText& cached) {
    const int pages = static_cast<int>(cached.page_labels.size());
    for (const Block& block : cached.laid_out.blocks) {
        CHECK(block.page_index >= 1);
        CHECK(last_page_of(block) <= pages);
    }
    const NormalisedDocument& normalised = cached.normalised;
    CHECK(normalised.to_source.text_size() == normalised.text.size());
    CHECK(normalised.to_source.source_size() == normalised.source.size());
    for (const NormalisedBlock& block : normalised.blocks) {
        CHECK(block.block_index < cached.laid_out.blocks.size());
        CHECK(block.text.begin <= block.text.end);
        CHECK(block.text.end <= normalised.text.size());
        CHECK(block.source.begin <= block.source.end);
        CHECK(block.source.end <= normalised.source.size());
    }
}

}  // namespace

TEST_CASE("a DocumentText survives encoding") {
    const DocumentText original = sample_document_text();
    REQUIRE(original.normalised.to_source.stretches().size() > 3);   // the sample exercises the map
    const std::string bytes = encode_document_text(original);
    CHECK(bytes.find(original.normalised.text) == std::string::npos);   // the text is rebuilt from the source
    const std::optional<DocumentText> decoded = decode_document_text(bytes);
    REQUIRE(decoded);
    CHECK(*decoded == original);  // every field, by the structs' defaulted ==
}

TEST_CASE("a decoded offset map maps every range as the original") {
    const DocumentText original = sample_document_text();
    const std::optional<DocumentText> decoded = decode_document_text(encode_document_text(original));
    REQUIRE(decoded);
    const std::size_t size = original.normalised.text.size();
    for (std::size_t begin = 0; begin <= size; ++begin) {
        for (std::size_t end = begin; end <= size; ++end) {
            REQUIRE(decoded->normalised.to_source.to_source({begin, end}) ==
                    original.normalised.to_source.to_source({begin, end}));
        }
    }
}

TEST_CASE("a decoded DocumentText scores exactly as the fresh one") {
    const DocumentText original = sample_document_text();
    const std::optional<DocumentText> decoded = decode_document_text(encode_document_text(original));
    REQUIRE(decoded);
    const DocumentScore fresh = score_cached(original);
    const DocumentScore cached = score_cached(*decoded);
    CHECK(fresh.words == cached.words);
    REQUIRE(fresh.categories.at(0).signals.hits > 0);
    CHECK(cached.categories == fresh.categories);
}

TEST_CASE("a folded text that does not repeat the source where the map says unchanged is kept whole") {
    // Not what normalise makes, but the codec must not rely on it.
    DocumentText text;
    text.page_labels = {"1"};
    text.laid_out.blocks = {Block{1, BlockKind::paragraph, 0, "Zorg"}};
    text.normalised.source = "Zorg";
    text.normalised.text = "ZORG";
    text.normalised.to_source.append(4, 4, false);
    text.normalised.blocks = {NormalisedBlock{0, {0, 4}, {0, 4}}};
    CHECK(encode_document_text(text).find("ZORG") != std::string::npos);
    const std::optional<DocumentText> decoded = decode_document_text(encode_document_text(text));
    REQUIRE(decoded);
    CHECK(*decoded == text);
}

TEST_CASE("OffsetMap::restore accepts what stretches() gave and rejects what breaks the invariant") {
    const OffsetMap original = sample_document_text().normalised.to_source;
    const std::optional<OffsetMap> restored = OffsetMap::restore(original.stretches(), original.source_size());
    REQUIRE(restored);
    CHECK(restored->stretches() == original.stretches());
    CHECK(restored->text_size() == original.text_size());
    CHECK(restored->source_size() == original.source_size());
    CHECK(OffsetMap::restore({}, 5));   // everything deleted: a map of no text

    using Stretch = OffsetMap::Stretch;
    CHECK_FALSE(OffsetMap::restore({Stretch{0, 0, 4, 4, false}}, 3));                           // beyond the source
    CHECK_FALSE(OffsetMap::restore({Stretch{1, 0, 4, 4, false}}, 4));                           // not from offset 0
    CHECK_FALSE(OffsetMap::restore({Stretch{0, 0, 0, 2, true}}, 4));                            // no text bytes
    CHECK_FALSE(OffsetMap::restore({Stretch{0, 0, 2, 3, false}}, 4));                           // unequal, unchanged
    CHECK_FALSE(OffsetMap::restore({Stretch{0, 0, 2, 2, false}, Stretch{2, 1, 2, 2, true}}, 4));   // overlap
    CHECK_FALSE(OffsetMap::restore({Stretch{0, 0, 2, 2, false}, Stretch{3, 2, 2, 2, true}}, 4));   // a text gap
    CHECK_FALSE(OffsetMap::restore({Stretch{0, 0, SIZE_MAX, SIZE_MAX, false}, Stretch{SIZE_MAX, SIZE_MAX, 2, 0, true}},
                                   SIZE_MAX));   // sizes that wrap
    CHECK(OffsetMap::restore({Stretch{0, 0, 2, 2, false}, Stretch{2, 3, 1, 3, true}}, 7));   // a deletion between
}

TEST_CASE("an empty DocumentText round trips") {
    const std::optional<DocumentText> decoded = decode_document_text(encode_document_text(DocumentText{}));
    REQUIRE(decoded);
    CHECK(*decoded == DocumentText{});
}

TEST_CASE("a DocumentReport round trips every field") {
    const DocumentReport original = sample_report();
    const std::optional<DocumentReport> decoded = decode_document_report(encode_document_report(original));
    REQUIRE(decoded);
    CHECK(*decoded == original);  // every field, by the structs' defaulted ==
}

TEST_CASE("a DocumentReport's doubles round trip bit for bit") {
    const DocumentReport original = report_with_odd_doubles();
    const std::optional<DocumentReport> decoded = decode_document_report(encode_document_report(original));
    REQUIRE(decoded);
    REQUIRE(decoded->categories.size() == original.categories.size());
    for (std::size_t i = 0; i < original.categories.size(); ++i) {
        CHECK(same_bits(decoded->categories[i].signals.weight, original.categories[i].signals.weight));
        CHECK(same_bits(decoded->categories[i].signals.hits_per_1000_words,
                        original.categories[i].signals.hits_per_1000_words));
    }
}

TEST_CASE("every document status survives encoding, and no value past the last") {
    for (std::size_t value = 0; value < status_names.size(); ++value) {
        const auto status = static_cast<DocumentStatus>(value);
        DocumentReport report;
        report.status = status;
        const std::optional<DocumentReport> decoded = decode_document_report(encode_document_report(report));
        REQUIRE(decoded);
        CHECK(decoded->status == status);
        CHECK(decoded->categories.empty());
        CHECK(decoded->diagnostics.empty());
    }
    DocumentReport unknown;
    unknown.status = DocumentStatus::count;  // what a newer writer's appended status is to us
    CHECK_FALSE(decode_document_report(encode_document_report(unknown)));
}

TEST_CASE("every block kind and grade survives encoding, and no value past the last") {
    // The codecs take each enum's end from its `count` enumerator: an appended value with its
    // name decodes, while a newer writer's value past the end is an error, not some other kind.
    DocumentText text = sample_document_text();
    REQUIRE_FALSE(text.laid_out.blocks.empty());
    for (std::size_t value = 0; value < block_kind_names.size(); ++value) {
        text.laid_out.blocks.front().kind = static_cast<BlockKind>(value);
        const std::optional<DocumentText> decoded = decode_document_text(encode_document_text(text));
        REQUIRE(decoded);
        CHECK(decoded->laid_out.blocks.front().kind == static_cast<BlockKind>(value));
    }
    text.laid_out.blocks.front().kind = BlockKind::count;
    CHECK_FALSE(decode_document_text(encode_document_text(text)));

    DocumentReport report = sample_report();
    for (std::size_t value = 0; value < grade_names.size(); ++value) {
        report.categories.front().grade = static_cast<Grade>(value);
        const std::optional<DocumentReport> decoded = decode_document_report(encode_document_report(report));
        REQUIRE(decoded);
        CHECK(decoded->categories.front().grade == static_cast<Grade>(value));
    }
    report.categories.front().grade = Grade::count;
    CHECK_FALSE(decode_document_report(encode_document_report(report)));
    report = sample_report();
    report.categories.front().evidence.front().block_kind = BlockKind::count;
    CHECK_FALSE(decode_document_report(encode_document_report(report)));
}

TEST_CASE("every truncation of an encoding is an error") {
    SUBCASE("DocumentText") {
        const std::string bytes = encode_document_text(sample_document_text());
        for (std::size_t size = 0; size < bytes.size(); ++size) {
            REQUIRE_FALSE(decode_document_text(std::string_view(bytes).substr(0, size)));
        }
    }
    SUBCASE("DocumentReport") {
        const std::string bytes = encode_document_report(sample_report());
        for (std::size_t size = 0; size < bytes.size(); ++size) {
            REQUIRE_FALSE(decode_document_report(std::string_view(bytes).substr(0, size)));
        }
    }
}

TEST_CASE("extra bytes, another tag or another version are errors") {
    const std::string text = encode_document_text(sample_document_text());
    const std::string report = encode_document_report(sample_report());
    CHECK_FALSE(decode_document_text(text + '\0'));
    CHECK_FALSE(decode_document_report(report + '\0'));
    CHECK_FALSE(decode_document_text(report));
    CHECK_FALSE(decode_document_report(text));
    std::string newer = text;
    newer[1] = static_cast<char>(document_text_encoding_version + 1);
    CHECK_FALSE(decode_document_text(newer));
}

TEST_CASE("a bogus count or length fails without allocating for it") {
    SUBCASE("a page count of 2^40") {
        ByteWriter out;
        out.put_byte('T');
        out.put_unsigned(document_text_encoding_version);
        out.put_unsigned(std::uint64_t{1} << 40);
        CHECK_FALSE(decode_document_text(out.take()));
    }
    SUBCASE("a path of 2^62 bytes") {
        ByteWriter out;
        out.put_byte('R');
        out.put_unsigned(document_report_encoding_version);
        out.put_unsigned(std::uint64_t{1} << 62);
        out.put_raw("short");
        CHECK_FALSE(decode_document_report(out.take()));
    }
}

TEST_CASE("a decoded DocumentText that breaks the stages' assumptions is an error") {
    SUBCASE("a block on a page the document lacks") {
        DocumentText text = sample_document_text();
        text.laid_out.blocks[4].page_index = 5;
        CHECK_FALSE(decode_document_text(encode_document_text(text)));
    }
    SUBCASE("a page break past the last page") {
        DocumentText text = sample_document_text();
        text.laid_out.blocks[6].text += "\fover";
        CHECK_FALSE(decode_document_text(encode_document_text(text)));
    }
    SUBCASE("a block range beyond the text") {
        DocumentText text = sample_document_text();
        text.normalised.blocks.back().text.end = text.normalised.text.size() + 1;
        CHECK_FALSE(decode_document_text(encode_document_text(text)));
    }
    SUBCASE("blocks out of order") {
        DocumentText text = sample_document_text();
        std::swap(text.normalised.blocks[1], text.normalised.blocks[2]);
        CHECK_FALSE(decode_document_text(encode_document_text(text)));
    }
    SUBCASE("an offset map of another length") {
        DocumentText text = sample_document_text();
        text.normalised.text += "x";
        CHECK_FALSE(decode_document_text(encode_document_text(text)));
    }
}

// Found by tests/fuzz/fuzz_text_codec: the normalised source is stored apart from the blocks'
// text, and a page break there put a hit on a page past the last; scoring then read the page
// labels out of range (std::out_of_range).
TEST_CASE("a decoded DocumentText whose normalised source breaks past the last page is an error") {
    DocumentText text = sample_document_text();  // four pages; block 6 is a heading on page 4
    LaidOutDocument other = text.laid_out;
    other.blocks[6].text = "3.1\fOver mantelzorg";
    text.normalised = normalise(other, {});
    CHECK_FALSE(decode_document_text(encode_document_text(text)));

    SUBCASE("while a break within the document's pages is fine") {
        text.laid_out.blocks[6].page_index = 3;
        other.blocks[6].page_index = 3;
        text.normalised = normalise(other, {});
        const std::optional<DocumentText> decoded = decode_document_text(encode_document_text(text));
        REQUIRE(decoded);
        const Matcher matcher(test_lexicon(), {});
        CHECK_NOTHROW((void)score_document(decoded->page_labels, decoded->laid_out, decoded->normalised,
                                           matcher.find_all(decoded->normalised.text), test_lexicon(), {}));
    }
}

TEST_CASE("random byte flips are rejected, or decode to a value that keeps the decoder's promises") {
    // Whatever a decoder accepts must be a value its encoder can write and read back unchanged,
    // and must keep the promises match and score rely on; with GALASCAN_ASSERTS, scoring it also
    // runs their invariant checks. (Not asserted: that the flipped bytes are the value's only
    // encoding. A varint with a redundant 0x80 byte still decodes.)
    std::mt19937 random(20251123);
    const std::string text = encode_document_text(sample_document_text());
    const std::string report = encode_document_report(sample_report());
    int decoded_texts = 0;
    int decoded_reports = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string flipped = text;
        const int flips = 1 + static_cast<int>(random() % 4);
        for (int i = 0; i < flips; ++i) {
            flipped[random() % flipped.size()] ^= static_cast<char>(1 + random() % 255);
        }
        if (const std::optional<DocumentText> decoded = decode_document_text(flipped)) {
            ++decoded_texts;
            check_encodes_stably(*decoded, encode_document_text, decode_document_text);
            check_consistent(*decoded);
            const DocumentScore score = score_cached(*decoded);
            REQUIRE(score.categories.size() == test_lexicon().categories.size());
            for (const CategoryScore& category : score.categories) {
                CHECK(category.score >= 0);
                CHECK(category.score <= 100);
                for (const Evidence& evidence : category.evidence) {
                    CHECK(evidence.page_index >= 1);
                    CHECK(evidence.page_index <= static_cast<int>(decoded->page_labels.size()));
                }
            }
        }
        std::string flipped_report = report;
        flipped_report[random() % flipped_report.size()] ^= static_cast<char>(1 + random() % 255);
        if (const std::optional<DocumentReport> decoded = decode_document_report(flipped_report)) {
            ++decoded_reports;
            check_encodes_stably(*decoded, encode_document_report, decode_document_report);
        }
    }
    MESSAGE("flipped encodings that still decoded: ", decoded_texts, " texts, ", decoded_reports, " reports of 3000");
    // Both outcomes occur, so both paths above ran: flips in text bytes decode, flips in
    // lengths and counts do not.
    CHECK(decoded_texts > 0);
    CHECK(decoded_texts < 3000);
    CHECK(decoded_reports > 0);
    CHECK(decoded_reports < 3000);
}
