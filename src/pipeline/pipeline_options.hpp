#pragma once
// What the stages are run with, as plain values: apart from the built Pipeline, so that the
// command line's options do not compile the matcher.

#include <string>
#include <vector>

#include "extract/extract_pdf.hpp"
#include "normalise/normalise.hpp"
#include "score/score_document.hpp"

namespace galascan {

struct PipelineOptions {
    ExtractOptions extract;
    NormaliseOptions normalise;
    ScoreOptions score;
    std::vector<std::string> lexicon_files;  // empty: the built-in lexicon
};

}  // namespace galascan
