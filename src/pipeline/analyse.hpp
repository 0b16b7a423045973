#pragma once
// Running the stages over documents.

#include <string>
#include <variant>
#include <vector>

#include "layout/classify_blocks.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"

namespace galascan {

// One document through every stage. Never throws: a file that cannot be analysed, or an
// unexpected exception while analysing it, becomes a DocumentReport with a failure status.
DocumentReport analyse_document(const std::string& path, const Pipeline& pipeline);

// The first stages only: the text and structure galascan reads, for `galascan text`.
std::variant<LaidOutDocument, ExtractError> lay_out(const std::string& path, const Pipeline& pipeline);

// For `galascan explain`: one document graded with every hit as evidence, and its blocks
// (to show what was set aside). Run with a pipeline whose score options ask for every hit.
struct Explanation {
    DocumentReport report;
    LaidOutDocument laid_out;
};
std::variant<Explanation, ExtractError> explain_document(const std::string& path, const Pipeline& pipeline);

// Every path in order; the report's documents are in the same order.
Report analyse_all(const std::vector<std::string>& paths, const Pipeline& pipeline);

}  // namespace galascan
