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
        document.pages.push_back(Page{index, "p" + std::to_string(index), blank ? "" : "tekst " + std::to_string(index)});
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
