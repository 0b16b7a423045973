#pragma once
// The extraction cache in front of read_text: a file's text is taken from the cache when it
// holds the file's bytes, and stored there when not. docs/architecture.md, "Batches".

#include <string>

#include "pipeline/analyse.hpp"
#include "pipeline/pipeline_options.hpp"
#include "store/cache.hpp"

namespace galascan {

// What shapes a cache entry besides the file: galascan's version, the text stages' own
// version and the normalise options. Part of every cache key.
std::string extraction_version(const PipelineOptions& options);

// read_text(path, options), through `cache`. A path that is no readable regular file is its
// `unreadable` error before anything reads it (extract/input_file.hpp). Never for a file
// opened with a password (its text stays off the disk), and failures are not stored (cheap to
// find again). A cached text with more pages than --max-pages is the page_limit error a fresh
// extraction gives. `cache_hit` tells whether the text came from the cache. Cache trouble
// only costs the cache. `reader` stands in for read_text on a miss (a document joined from page
// ranges read by several workers); empty: read_text.
TextResult read_text_cached(const std::string& path, const PipelineOptions& options, const ExtractionCache& cache,
                            bool& cache_hit, const TextSource& reader = {});

}  // namespace galascan
