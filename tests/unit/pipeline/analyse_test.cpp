#include <doctest/doctest.h>

#include <string>

#include "pipeline/analyse.hpp"
#include "pipeline/cached_text.hpp"
#include "pipeline/pipeline.hpp"
#include "store/test_files.hpp"

using namespace galascan;
using namespace galascan::test;

namespace {

std::string sample(const char* name) {
    return std::string(GALASCAN_SAMPLES_DIR) + "/" + name;
}
std::string fixture(const char* name) {
    return std::string(GALASCAN_FIXTURES_DIR) + "/" + name;
}

const Pipeline& default_pipeline() {
    static const Pipeline pipeline = build_pipeline({});
    return pipeline;
}

// analyse_document with the cache in front of read_text, as a worker runs it.
DocumentReport analyse_cached(const std::string& path, const Pipeline& pipeline, const ExtractionCache& cache,
                              bool& cache_hit) {
    return analyse_document(path, pipeline, [&](const std::string& file) {
        return read_text_cached(file, pipeline.options, cache, cache_hit);
    });
}

}  // namespace

TEST_CASE("a document read from the cache is analysed exactly as a fresh one, page labels and all") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    for (const char* name : {"mantelzorgbeleid-oosterveen.pdf", "welzijnsnota-zandhoven.pdf"}) {
        CAPTURE(name);
        const DocumentReport fresh = analyse_document(sample(name), default_pipeline());
        REQUIRE(fresh.status == DocumentStatus::ok);
        bool cache_hit = true;
        CHECK(analyse_cached(sample(name), default_pipeline(), cache, cache_hit) == fresh);
        CHECK_FALSE(cache_hit);
        CHECK(analyse_cached(sample(name), default_pipeline(), cache, cache_hit) == fresh);
        CHECK(cache_hit);
    }
}

TEST_CASE("the cache keeps what the report needs of pages: their count and those without text") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    const DocumentReport fresh = analyse_document(fixture("partial-text.pdf"), default_pipeline());
    REQUIRE(fresh.status == DocumentStatus::partial);
    bool cache_hit = false;
    analyse_cached(fixture("partial-text.pdf"), default_pipeline(), cache, cache_hit);
    const DocumentReport cached = analyse_cached(fixture("partial-text.pdf"), default_pipeline(), cache, cache_hit);
    REQUIRE(cache_hit);
    CHECK(cached == fresh);
}

TEST_CASE("a cached text over --max-pages is the page_limit row a fresh extraction gives") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    bool cache_hit = false;
    analyse_cached(fixture("partial-text.pdf"), default_pipeline(), cache, cache_hit);
    PipelineOptions limited;
    limited.extract.max_pages = 2;
    const Pipeline pipeline = build_pipeline(limited);
    const DocumentReport fresh = analyse_document(fixture("partial-text.pdf"), pipeline);
    const DocumentReport cached = analyse_cached(fixture("partial-text.pdf"), pipeline, cache, cache_hit);
    CHECK(fresh.status == DocumentStatus::page_limit);
    CHECK(cached == fresh);
    CHECK_FALSE(cache_hit);
}

TEST_CASE("a file that cannot be read is a row with its status, through the cache or not") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    bool cache_hit = false;
    for (const char* name : {"not-a-pdf.pdf", "empty.pdf", "missing.pdf"}) {
        CAPTURE(name);
        const DocumentReport fresh = analyse_document(fixture(name), default_pipeline());
        CHECK_FALSE(is_analysed(fresh.status));
        CHECK(analyse_cached(fixture(name), default_pipeline(), cache, cache_hit) == fresh);
        CHECK_FALSE(cache_hit);
    }
}

TEST_CASE("explain grades as analyse_document does, and shows the blocks read") {
    const std::variant<Explanation, ExtractError> explained =
        explain_document(sample("mantelzorgbeleid-oosterveen.pdf"), default_pipeline());
    REQUIRE(std::holds_alternative<Explanation>(explained));
    const Explanation& explanation = std::get<Explanation>(explained);
    CHECK(explanation.report == analyse_document(sample("mantelzorgbeleid-oosterveen.pdf"), default_pipeline()));
    CHECK_FALSE(explanation.laid_out.blocks.empty());
}
