#pragma once
// The result cache: a document's finished report, kept in the extraction cache's folder under a
// key of the file's bytes and of everything else that shapes the report, so a warm re-run skips
// extraction, matching and scoring. docs/architecture.md, "Batches".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/builtin_lexicon.hpp"
#include "pipeline/pipeline_options.hpp"
#include "store/cache.hpp"

namespace galascan {

// A hash of the lexicon's files, names and bytes (lengths first, so bytes cannot move from one
// file into the next name unnoticed): the lexicon as loaded, not as named.
std::string lexicon_bytes_identity(const std::vector<EmbeddedFile>& files);

// The identity of the lexicon `options` load: the built-in files, or the bytes of the
// --lexicon files read now; nullopt when one cannot be read (then nothing is served from or
// stored in the result cache: loading reports the error).
std::optional<std::string> lexicon_identity_of(const PipelineOptions& options);

// What shapes a report besides the file: the extraction version (galascan's version, text
// stages, normalise options), the lexicon's identity, the score options and the report
// encoding's version. Part of every result-cache key.
std::string result_version(const PipelineOptions& options, std::string_view lexicon_identity);

// The key of `path`'s report, or nullopt when the result cache must not be used for it: a
// password (its findings stay off the disk, as its text does) or a file that cannot be hashed.
std::optional<CacheKey> result_key(const std::string& path, const PipelineOptions& options,
                                   std::string_view results_version);

// The cached report under `key` when it is one this run may serve: a document with more pages
// than --max-pages is the error a fresh run gives, so such an entry is a miss.
std::optional<DocumentReport> lookup_cached_report(const ExtractionCache& cache, const CacheKey& key,
                                                   const PipelineOptions& options);

}  // namespace galascan
