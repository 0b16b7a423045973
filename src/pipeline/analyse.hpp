#pragma once
// Running the stages over one document: analyse_document shows them all, in order.

#include <functional>
#include <optional>
#include <string>
#include <variant>

#include "extract/document.hpp"
#include "layout/classify_blocks.hpp"
#include "normalise/document_text.hpp"
#include "pipeline/pipeline_options.hpp"
#include "report/report.hpp"
#include "text/content_hash.hpp"

namespace galascan {

struct Pipeline;  // pipeline/pipeline.hpp

// What the text stages made of a file, or why they could not read it.
using TextResult = std::variant<DocumentText, ExtractError>;

// Extraction, layout and normalisation: what a PDF's bytes and the normalise options decide,
// and so what the extraction cache keeps. A file that cannot be read is an ExtractError;
// throws only where a library trips on a hostile file (analyse_document catches it).
// `content_hash`: the file's hash when the caller has it (the cache), else extraction hashes
// the bytes it holds, and only a file too large to hold is hashed by reading it again.
TextResult read_text(const std::string& path, const PipelineOptions& options,
                     std::optional<ContentHash> content_hash = std::nullopt);

// read_text after extraction: layout and normalisation of an extracted document (read at once,
// or joined from page ranges read by several workers), or its error as it is. `content_hash`
// as for read_text.
TextResult text_of_extracted(ExtractResult extracted, const PipelineOptions& options,
                             std::optional<ContentHash> content_hash = std::nullopt);

// Where analyse_document takes a file's text from: read_text itself (when empty), or the
// extraction cache in front of it (pipeline/cached_text.hpp).
using TextSource = std::function<TextResult(const std::string& path)>;

// One document through every stage. A file that cannot be analysed, or an unexpected exception
// while analysing it, becomes a DocumentReport with a failure status. Throws only
// std::bad_alloc: running out of memory is the worker's limit (batch/memory_limit.hpp), which
// the pool reports as `memory_limit`, not an `error` of this file.
DocumentReport analyse_document(const std::string& path, const Pipeline& pipeline, const TextSource& source = {});

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
