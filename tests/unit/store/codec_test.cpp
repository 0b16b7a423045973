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
using galascan::test::check_same_text;
using galascan::test::sample_cached_text;

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

DocumentScore score_cached(const CachedText& cached) {
    const Matcher matcher(test_lexicon(), {});
    return score_document(cached.document, cached.laid_out, cached.normalised,
                          matcher.find_all(cached.normalised.text), test_lexicon(), {});
}

Evidence sample_evidence(BlockKind kind) {
    return Evidence{3, "iii", kind, "mantelzorg*", "Mantelzorgers", "… steun voor «mantelzorgers» in de wijk\f…"};
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
    CategoryScore covered;
    covered.category = 0;
    covered.grade = Grade::covered;
    covered.score = 87;
    covered.hits = 14;
    covered.hit_weight = 0.1 + 0.2;
    covered.hits_per_1000_words = 11.3;
    covered.pages = 3;
    covered.heading_hits = 1;
    covered.paragraphs = 5;
    covered.list_items = 2;
    covered.toc_hits = 1;
    covered.section_paragraphs = 4;
    covered.focus_paragraphs = 3;
    covered.section_words = 812;
    covered.distinct_terms = 6;
    covered.rule = "a heading naming it, with 4 paragraphs under it";
    for (const BlockKind kind : {BlockKind::heading, BlockKind::paragraph, BlockKind::list_item, BlockKind::table_row,
                                 BlockKind::table_of_contents, BlockKind::running_header}) {
        covered.evidence.push_back(sample_evidence(kind));
    }
    CategoryScore mentioned;
    mentioned.category = std::numeric_limits<CategoryIndex>::max();
    mentioned.grade = Grade::mentioned;
    mentioned.hit_weight = -0.0;
    mentioned.hits_per_1000_words = std::numeric_limits<double>::denorm_min();
    CategoryScore absent;
    absent.grade = Grade::absent;
    absent.hit_weight = std::bit_cast<double>(std::uint64_t{0x7ff8'0000'dead'beef});   // a NaN with a payload
    absent.hits_per_1000_words = -std::numeric_limits<double>::infinity();
    absent.score = std::numeric_limits<int>::min();
    absent.hits = std::numeric_limits<int>::max();
    report.categories = {covered, mentioned, absent};
    return report;
}

bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

void check_same_report(const DocumentReport& actual, const DocumentReport& expected) {
    CHECK(actual.path == expected.path);
    CHECK(actual.status == expected.status);
    CHECK(actual.reason == expected.reason);
    CHECK(actual.pages == expected.pages);
    CHECK(actual.words == expected.words);
    CHECK(actual.furniture_lines == expected.furniture_lines);
    CHECK(actual.toc_lines == expected.toc_lines);
    CHECK(actual.diagnostics == expected.diagnostics);
    REQUIRE(actual.categories.size() == expected.categories.size());
    for (std::size_t i = 0; i < expected.categories.size(); ++i) {
        const CategoryScore& a = actual.categories[i];
        const CategoryScore& e = expected.categories[i];
        CHECK(a.category == e.category);
        CHECK(a.grade == e.grade);
        CHECK(a.score == e.score);
        CHECK(a.hits == e.hits);
        CHECK(same_bits(a.hit_weight, e.hit_weight));
        CHECK(same_bits(a.hits_per_1000_words, e.hits_per_1000_words));
        CHECK(a.pages == e.pages);
        CHECK(a.heading_hits == e.heading_hits);
        CHECK(a.paragraphs == e.paragraphs);
        CHECK(a.list_items == e.list_items);
        CHECK(a.toc_hits == e.toc_hits);
        CHECK(a.section_paragraphs == e.section_paragraphs);
        CHECK(a.focus_paragraphs == e.focus_paragraphs);
        CHECK(a.section_words == e.section_words);
        CHECK(a.distinct_terms == e.distinct_terms);
        CHECK(a.rule == e.rule);
        REQUIRE(a.evidence.size() == e.evidence.size());
        for (std::size_t j = 0; j < e.evidence.size(); ++j) {
            CHECK(a.evidence[j].page_index == e.evidence[j].page_index);
            CHECK(a.evidence[j].page_label == e.evidence[j].page_label);
            CHECK(a.evidence[j].block_kind == e.evidence[j].block_kind);
            CHECK(a.evidence[j].term == e.evidence[j].term);
            CHECK(a.evidence[j].text == e.evidence[j].text);
            CHECK(a.evidence[j].snippet == e.evidence[j].snippet);
        }
    }
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

// What decode_cached_text promises of any value it returns: every number that match and score
// index with points inside the document.
void check_consistent(const CachedText& cached) {
    const int pages = static_cast<int>(cached.document.pages.size());
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

TEST_CASE("a CachedText survives encoding, all but the page text and the path") {
    const CachedText original = sample_cached_text();
    REQUIRE(original.normalised.to_source.stretches().size() > 3);   // the sample exercises the map
    const std::string bytes = encode_cached_text(original);
    CHECK(bytes.find(original.normalised.text) == std::string::npos);   // the text is rebuilt from the source
    const std::optional<CachedText> decoded = decode_cached_text(bytes);
    REQUIRE(decoded);
    check_same_text(*decoded, original);
    CHECK(decoded->document.path.empty());
    for (const Page& page : decoded->document.pages) {
        CHECK(page.text.empty());
    }
}

TEST_CASE("a decoded offset map maps every range as the original") {
    const CachedText original = sample_cached_text();
    const std::optional<CachedText> decoded = decode_cached_text(encode_cached_text(original));
    REQUIRE(decoded);
    const std::size_t size = original.normalised.text.size();
    for (std::size_t begin = 0; begin <= size; ++begin) {
        for (std::size_t end = begin; end <= size; ++end) {
            REQUIRE(decoded->normalised.to_source.to_source({begin, end}) ==
                    original.normalised.to_source.to_source({begin, end}));
        }
    }
}

TEST_CASE("a decoded CachedText scores exactly as the fresh one") {
    const CachedText original = sample_cached_text();
    const std::optional<CachedText> decoded = decode_cached_text(encode_cached_text(original));
    REQUIRE(decoded);
    const DocumentScore fresh = score_cached(original);
    const DocumentScore cached = score_cached(*decoded);
    DocumentReport fresh_report;
    fresh_report.categories = fresh.categories;
    DocumentReport cached_report;
    cached_report.categories = cached.categories;
    CHECK(fresh.words == cached.words);
    REQUIRE(fresh.categories.at(0).hits > 0);
    check_same_report(cached_report, fresh_report);
}

TEST_CASE("a folded text that does not repeat the source where the map says unchanged is kept whole") {
    // Not what normalise makes, but the codec must not rely on it.
    CachedText text;
    text.document.pages = {Page{1, "1", ""}};
    text.laid_out.blocks = {Block{1, BlockKind::paragraph, 0, "Zorg"}};
    text.normalised.source = "Zorg";
    text.normalised.text = "ZORG";
    text.normalised.to_source.append(4, 4, false);
    text.normalised.blocks = {NormalisedBlock{0, {0, 4}, {0, 4}}};
    CHECK(encode_cached_text(text).find("ZORG") != std::string::npos);
    const std::optional<CachedText> decoded = decode_cached_text(encode_cached_text(text));
    REQUIRE(decoded);
    check_same_text(*decoded, text);
}

TEST_CASE("OffsetMap::restore accepts what stretches() gave and rejects what breaks the invariant") {
    const OffsetMap original = sample_cached_text().normalised.to_source;
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

TEST_CASE("an empty CachedText round trips") {
    const std::optional<CachedText> decoded = decode_cached_text(encode_cached_text(CachedText{}));
    REQUIRE(decoded);
    check_same_text(*decoded, CachedText{});
}

TEST_CASE("a DocumentReport round trips every field, doubles bit for bit") {
    const DocumentReport original = sample_report();
    const std::optional<DocumentReport> decoded = decode_document_report(encode_document_report(original));
    REQUIRE(decoded);
    check_same_report(*decoded, original);
    CHECK(std::isnan(decoded->categories[2].hit_weight));
    CHECK(std::signbit(decoded->categories[1].hit_weight));
}

TEST_CASE("every document status survives encoding") {
    for (const DocumentStatus status :
         {DocumentStatus::ok, DocumentStatus::partial, DocumentStatus::empty, DocumentStatus::not_pdf,
          DocumentStatus::damaged, DocumentStatus::encrypted, DocumentStatus::no_text, DocumentStatus::unreadable,
          DocumentStatus::error, DocumentStatus::timeout, DocumentStatus::crashed, DocumentStatus::memory_limit,
          DocumentStatus::page_limit}) {
        DocumentReport report;
        report.status = status;
        const std::optional<DocumentReport> decoded = decode_document_report(encode_document_report(report));
        REQUIRE(decoded);
        CHECK(decoded->status == status);
        CHECK(decoded->categories.empty());
        CHECK(decoded->diagnostics.empty());
    }
}

TEST_CASE("every truncation of an encoding is an error") {
    SUBCASE("CachedText") {
        const std::string bytes = encode_cached_text(sample_cached_text());
        for (std::size_t size = 0; size < bytes.size(); ++size) {
            REQUIRE_FALSE(decode_cached_text(std::string_view(bytes).substr(0, size)));
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
    const std::string text = encode_cached_text(sample_cached_text());
    const std::string report = encode_document_report(sample_report());
    CHECK_FALSE(decode_cached_text(text + '\0'));
    CHECK_FALSE(decode_document_report(report + '\0'));
    CHECK_FALSE(decode_cached_text(report));
    CHECK_FALSE(decode_document_report(text));
    std::string newer = text;
    newer[1] = static_cast<char>(cached_text_encoding_version + 1);
    CHECK_FALSE(decode_cached_text(newer));
}

TEST_CASE("a bogus count or length fails without allocating for it") {
    SUBCASE("a page count of 2^40") {
        ByteWriter out;
        out.put_byte('T');
        out.put_unsigned(cached_text_encoding_version);
        out.put_unsigned(std::uint64_t{1} << 40);
        CHECK_FALSE(decode_cached_text(out.take()));
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

TEST_CASE("a decoded CachedText that breaks the stages' assumptions is an error") {
    SUBCASE("a block on a page the document lacks") {
        CachedText text = sample_cached_text();
        text.laid_out.blocks[4].page_index = 5;
        CHECK_FALSE(decode_cached_text(encode_cached_text(text)));
    }
    SUBCASE("a page break past the last page") {
        CachedText text = sample_cached_text();
        text.laid_out.blocks[6].text += "\fover";
        CHECK_FALSE(decode_cached_text(encode_cached_text(text)));
    }
    SUBCASE("a block range beyond the text") {
        CachedText text = sample_cached_text();
        text.normalised.blocks.back().text.end = text.normalised.text.size() + 1;
        CHECK_FALSE(decode_cached_text(encode_cached_text(text)));
    }
    SUBCASE("blocks out of order") {
        CachedText text = sample_cached_text();
        std::swap(text.normalised.blocks[1], text.normalised.blocks[2]);
        CHECK_FALSE(decode_cached_text(encode_cached_text(text)));
    }
    SUBCASE("an offset map of another length") {
        CachedText text = sample_cached_text();
        text.normalised.text += "x";
        CHECK_FALSE(decode_cached_text(encode_cached_text(text)));
    }
}

TEST_CASE("random byte flips are rejected, or decode to a value that keeps the decoder's promises") {
    // Whatever a decoder accepts must be a value its encoder can write and read back unchanged,
    // and must keep the promises match and score rely on; with GALASCAN_ASSERTS, scoring it also
    // runs their invariant checks. (Not asserted: that the flipped bytes are the value's only
    // encoding. A varint with a redundant 0x80 byte still decodes.)
    std::mt19937 random(20251123);
    const std::string text = encode_cached_text(sample_cached_text());
    const std::string report = encode_document_report(sample_report());
    int decoded_texts = 0;
    int decoded_reports = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string flipped = text;
        const int flips = 1 + static_cast<int>(random() % 4);
        for (int i = 0; i < flips; ++i) {
            flipped[random() % flipped.size()] ^= static_cast<char>(1 + random() % 255);
        }
        if (const std::optional<CachedText> decoded = decode_cached_text(flipped)) {
            ++decoded_texts;
            check_encodes_stably(*decoded, encode_cached_text, decode_cached_text);
            check_consistent(*decoded);
            const DocumentScore score = score_cached(*decoded);
            REQUIRE(score.categories.size() == test_lexicon().categories.size());
            for (const CategoryScore& category : score.categories) {
                CHECK(category.score >= 0);
                CHECK(category.score <= 100);
                for (const Evidence& evidence : category.evidence) {
                    CHECK(evidence.page_index >= 1);
                    CHECK(evidence.page_index <= static_cast<int>(decoded->document.pages.size()));
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
