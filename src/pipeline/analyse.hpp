#pragma once
// Running the stages over documents.

#include <string>
#include <variant>
#include <vector>

#include "layout/classify_blocks.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"
#include "store/cache.hpp"

namespace galascan {

// One document through every stage. Never throws: a file that cannot be analysed, or an
// unexpected exception while analysing it, becomes a DocumentReport with a failure status.
DocumentReport analyse_document(const std::string& path, const Pipeline& pipeline);

// The same, with the first three stages' output taken from `cache` when it holds the file's
// bytes, and stored there when not (never for a file opened with a password: its text stays
// off the disk). `cache_hit` tells which. Cache trouble only costs the cache.
DocumentReport analyse_document(const std::string& path, const Pipeline& pipeline, const ExtractionCache& cache,
                                bool& cache_hit);

// What shapes a cache entry besides the file: galascan's version, the text stages' own
// version and the normalise options. Part of every cache key.
std::string extraction_version(const Pipeline& pipeline);

// The first stages only: the text and structure galascan reads, for `galascan text`.
std::variant<LaidOutDocument, ExtractError> lay_out(const std::string& path, const Pipeline& pipeline);

// For `galascan explain`: one document graded with every hit as evidence, and its blocks
// (to show what was set aside). Run with a pipeline whose score options ask for every hit.
struct Explanation {
    DocumentReport report;
    LaidOutDocument laid_out;
};
std::variant<Explanation, ExtractError> explain_document(const std::string& path, const Pipeline& pipeline);

}  // namespace galascan
