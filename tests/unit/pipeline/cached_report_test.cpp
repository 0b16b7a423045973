#include <doctest/doctest.h>

#include <string>

#include "pipeline/cached_report.hpp"
#include "pipeline/cached_text.hpp"
#include "store/test_files.hpp"
#include "version.hpp"

using namespace galascan;
using namespace galascan::test;

TEST_CASE("the result key's version names the lexicon's bytes, the options and galascan's version") {
    const PipelineOptions options;
    const std::string base = result_version(options, "lexicon-a");
    CHECK(base.find(version) != std::string::npos);
    CHECK(result_version(options, "lexicon-a") == base);
    CHECK(result_version(options, "lexicon-b") != base);

    PipelineOptions every_hit = options;
    every_hit.score.evidence_per_category = 0;
    CHECK(result_version(every_hit, "lexicon-a") != base);

    PipelineOptions folded = options;
    folded.normalise.fold_diacritics = !options.normalise.fold_diacritics;
    CHECK(result_version(folded, "lexicon-a") != base);

    const ContentHash content{1, 2};
    CHECK(cache_key(content, base) != cache_key(content, result_version(options, "lexicon-b")));
    // Never the extraction cache's key for the same file: the two kinds of entry share a folder.
    CHECK(cache_key(content, base) != cache_key(content, extraction_version(options)));
}

TEST_CASE("the lexicon's identity changes with its files' bytes and names") {
    const std::string one = lexicon_bytes_identity({EmbeddedFile{"a.toml", "x = 1"}});
    CHECK(lexicon_bytes_identity({EmbeddedFile{"a.toml", "x = 1"}}) == one);
    CHECK(lexicon_bytes_identity({EmbeddedFile{"a.toml", "x = 2"}}) != one);
    CHECK(lexicon_bytes_identity({EmbeddedFile{"b.toml", "x = 1"}}) != one);
    // Bytes moved from one file's content into the next file's name.
    CHECK(lexicon_bytes_identity({EmbeddedFile{"a", "bc"}, EmbeddedFile{"d", ""}}) !=
          lexicon_bytes_identity({EmbeddedFile{"a", "b"}, EmbeddedFile{"cd", ""}}));

    TemporaryFolder folder;
    const std::string path = (folder.path() / "lexicon.toml").string();
    write_file(path, "[category]\n");
    PipelineOptions options;
    const std::optional<std::string> builtin = lexicon_identity_of(options);
    REQUIRE(builtin);
    options.lexicon_files = {path};
    const std::optional<std::string> first = lexicon_identity_of(options);
    REQUIRE(first);
    CHECK(*first != *builtin);
    write_file(path, "[category] \n");   // edited in place: the same name, other bytes
    CHECK(lexicon_identity_of(options) != first);
    options.lexicon_files = {(folder.path() / "missing.toml").string()};
    CHECK(lexicon_identity_of(options) == std::nullopt);
}

TEST_CASE("a report is served from the result cache within --max-pages, never for a password") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path() / "cache");
    const std::string pdf = (folder.path() / "plan.pdf").string();
    write_file(pdf, "%PDF-1.4 not really");
    PipelineOptions options;
    const std::string results = result_version(options, "lexicon");
    const std::optional<CacheKey> key = result_key(pdf, options, results);
    REQUIRE(key);
    CHECK(lookup_cached_report(cache, *key, options) == std::nullopt);

    DocumentReport report;
    report.path = pdf;
    report.pages = 5;
    report.words = 1234;
    report.content_hash = "abc";
    REQUIRE(cache.store_report(*key, report).stored);
    CHECK(lookup_cached_report(cache, *key, options) == report);

    options.extract.max_pages = 4;   // a fresh run says page_limit: so must this one
    CHECK(lookup_cached_report(cache, *key, options) == std::nullopt);
    options.extract.max_pages = 5;
    CHECK(lookup_cached_report(cache, *key, options) == report);

    // A file that cannot be hashed has no key: it goes on to extraction, which says why.
    CHECK(result_key((folder.path() / "missing.pdf").string(), options, results) == std::nullopt);

    options.extract.password = "secret";
    CHECK(result_key(pdf, options, results) == std::nullopt);
}
