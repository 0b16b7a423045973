#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "pipeline/split_document.hpp"
#include "store/document_codec.hpp"

using namespace galascan;

namespace {

// The pages of `ranges` as one list of first..last pairs, for comparing plans at a glance.
std::vector<int> bounds(const std::vector<PageRange>& ranges) {
    std::vector<int> flat;
    for (const PageRange& range : ranges) {
        flat.push_back(range.first);
        flat.push_back(range.last);
    }
    return flat;
}

Document pages_of(int first, int last, std::vector<int> without_text = {}) {
    Document document;
    document.path = "plan.pdf";
    for (int index = first; index <= last; ++index) {
        const bool blank = std::find(without_text.begin(), without_text.end(), index) != without_text.end();
        // Appended, not "p" + std::to_string(index): GCC 12 -O3 warns about that with a false
        // -Wrestrict (GCC bug 105329), which fails a Release build with warnings as errors.
        std::string label(1, 'p');
        label += std::to_string(index);
        std::string text = blank ? std::string() : std::string("tekst ");
        if (!blank) {
            text += std::to_string(index);
        }
        document.pages.push_back(Page{index, std::move(label), std::move(text)});
    }
    document.pages_without_text = std::move(without_text);
    return document;
}

}  // namespace

TEST_CASE("plan_page_ranges: contiguous, in order, sizes within one page, longer ones first") {
    CHECK(bounds(plan_page_ranges(1000, 2)) == std::vector<int>{1, 500, 501, 1000});
    CHECK(bounds(plan_page_ranges(7, 3)) == std::vector<int>{1, 3, 4, 5, 6, 7});
    CHECK(bounds(plan_page_ranges(6, 1)) == std::vector<int>{1, 6});
    // Never more parts than pages, never an empty range, nothing for no pages.
    CHECK(bounds(plan_page_ranges(2, 5)) == std::vector<int>{1, 1, 2, 2});
    CHECK(plan_page_ranges(0, 4).empty());
    CHECK(bounds(plan_page_ranges(5, 0)) == std::vector<int>{1, 5});
    for (int pages = 1; pages <= 40; ++pages) {
        for (int parts = 1; parts <= 9; ++parts) {
            const std::vector<PageRange> ranges = plan_page_ranges(pages, parts);
            int next = 1;
            for (const PageRange& range : ranges) {
                CHECK(range.first == next);
                CHECK(range.last >= range.first);
                CHECK(range.last - range.first <= ranges.front().last - ranges.front().first);
                next = range.last + 1;
            }
            CHECK(next == pages + 1);
            CHECK(static_cast<int>(ranges.size()) == std::min(pages, parts));
        }
    }
}

TEST_CASE("split_parts: only a document over the threshold, only when no job waits, one part per worker") {
    CHECK(split_parts(1000, 200, 2, 0) == 2);
    CHECK(split_parts(1000, 200, 4, 0) == 4);
    CHECK(split_parts(200, 200, 2, 0) == 1);   // not over the threshold
    CHECK(split_parts(1000, 200, 2, 1) == 1);  // another job waits: the workers have work
    CHECK(split_parts(1000, 200, 1, 0) == 1);  // one worker: nobody to share with
    CHECK(split_parts(1000, 0, 2, 0) == 1);    // --split-pages 0: never
    CHECK(split_parts(3, 2, 8, 0) == 3);       // never more parts than pages
}

TEST_CASE("join_page_ranges: the ranges make the document read whole; a gap or overlap is an error") {
    const ExtractResult joined = join_page_ranges({pages_of(1, 2), pages_of(3, 5, {4}), pages_of(6, 6)}, 6);
    REQUIRE(std::holds_alternative<Document>(joined));
    const Document& document = std::get<Document>(joined);
    CHECK(document.path == "plan.pdf");
    REQUIRE(document.pages.size() == 6);
    for (int i = 0; i < 6; ++i) {
        CHECK(document.pages[static_cast<std::size_t>(i)].index == i + 1);
    }
    CHECK(document.pages[3].label == "p4");
    CHECK(document.pages_without_text == std::vector<int>{4});

    CHECK_THROWS_AS(join_page_ranges({pages_of(1, 2), pages_of(4, 6)}, 6), std::runtime_error);
    CHECK_THROWS_AS(join_page_ranges({pages_of(1, 3), pages_of(3, 6)}, 6), std::runtime_error);
    CHECK_THROWS_AS(join_page_ranges({pages_of(1, 3)}, 6), std::runtime_error);
    // finish_document's checks run on the whole: no letters on any page is no_text.
    const ExtractResult blank = join_page_ranges({pages_of(1, 1, {1}), pages_of(2, 2, {2})}, 2);
    REQUIRE(std::holds_alternative<ExtractError>(blank));
    CHECK(std::get<ExtractError>(blank).status == DocumentStatus::no_text);
}

TEST_CASE("jobs and a range's pages survive their encodings; garbage does not decode") {
    const std::string first = encode_document(pages_of(1, 3));
    const std::string later = encode_document(pages_of(4, 6));
    const BatchJob join{JobKind::join, "a\nb.pdf", {}, 6, {first, later}};
    const std::string encoded = encode_job(join);
    const std::optional<BatchJob> decoded = decode_job(encoded);
    REQUIRE(decoded);
    CHECK(decoded->kind == JobKind::join);
    CHECK(decoded->path == "a\nb.pdf");
    CHECK(decoded->page_count == 6);
    REQUIRE(decoded->parts.size() == 2);
    const std::optional<Document> second = decode_document(decoded->parts[1]);
    REQUIRE(second);
    CHECK(second->pages.size() == 3);
    CHECK(second->pages[0].index == 4);
    CHECK(second->pages[2].text == "tekst 6");

    const std::optional<BatchJob> range = decode_job(encode_job(BatchJob{JobKind::range, "x.pdf", {3, 9}, 0, {}}));
    REQUIRE(range);
    CHECK(range->range == PageRange{3, 9});

    CHECK_FALSE(decode_job(""));
    CHECK_FALSE(decode_job("zx.pdf"));
    std::string truncated = encode_job(join);
    truncated.pop_back();
    CHECK_FALSE(decode_job(truncated));
    std::string document = encode_document(pages_of(1, 2));
    CHECK_FALSE(decode_document(document + "x"));
    document.resize(document.size() / 2);
    CHECK_FALSE(decode_document(document));
}

TEST_CASE("SplitReading: a stopped range fails the whole document, naming its pages; never half a document") {
    SplitReading reading(plan_page_ranges(6, 2));
    std::string pages(1, range_pages);
    pages += encode_document(pages_of(1, 3));
    reading.answered(0, pages);
    CHECK_FALSE(reading.complete());
    reading.stopped(1, DocumentStatus::crashed, "crashed while reading it (worker killed by signal 11)");
    REQUIRE(reading.complete());
    REQUIRE(reading.failure());
    CHECK(reading.failure()->status == DocumentStatus::crashed);
    CHECK(reading.failure()->reason ==
          "pages 4-6 of 6 (read apart, --split-pages): crashed while reading it (worker killed by signal 11)");

    // The first range stopped is the one the row names, whatever comes after.
    SplitReading twice(plan_page_ranges(9, 3));
    twice.stopped(2, DocumentStatus::timeout, "late");
    twice.stopped(0, DocumentStatus::memory_limit, "big");
    twice.answered(1, pages);
    REQUIRE(twice.failure());
    CHECK(twice.failure()->status == DocumentStatus::timeout);
    CHECK(twice.failure()->reason.rfind("pages 7-9 of 9", 0) == 0);
}

TEST_CASE("SplitReading: a range that cannot stand for its part has the document read whole; else the parts join") {
    SplitReading noisy(plan_page_ranges(4, 2));
    std::string first(1, range_pages);
    first += encode_document(pages_of(1, 2));
    noisy.answered(1, std::string(1, range_read_whole));
    noisy.answered(0, first);
    REQUIRE(noisy.complete());
    CHECK_FALSE(noisy.failure());
    CHECK(noisy.read_whole());

    SplitReading clean(plan_page_ranges(4, 2));
    std::string second(1, range_pages);
    second += encode_document(pages_of(3, 4));
    clean.answered(1, second);  // answers arrive in any order; parts stay in page order
    clean.answered(0, first);
    REQUIRE(clean.complete());
    CHECK_FALSE(clean.failure());
    CHECK_FALSE(clean.read_whole());
    CHECK(clean.page_count() == 4);
    const std::vector<std::string_view> parts = clean.parts();
    REQUIRE(parts.size() == 2);
    std::vector<Document> ranges;
    for (const std::string_view part : parts) {
        std::optional<Document> range = decode_document(part);
        REQUIRE(range);
        ranges.push_back(std::move(*range));
    }
    const ExtractResult joined = join_page_ranges(std::move(ranges), clean.page_count());
    REQUIRE(std::holds_alternative<Document>(joined));
    CHECK(std::get<Document>(joined).pages.back().text == "tekst 4");
}
