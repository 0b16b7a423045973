#pragma once
// The pipeline: the built, checked objects every document is analysed with.

#include <string>
#include <vector>

#include "extract/extract_pdf.hpp"
#include "lexicon/lexicon.hpp"
#include "match/matcher.hpp"
#include "normalise/normalise.hpp"
#include "score/score_document.hpp"

namespace galascan {

struct PipelineOptions {
    ExtractOptions extract;
    NormaliseOptions normalise;
    ScoreOptions score;
    std::vector<std::string> lexicon_files;   // empty: the built-in lexicon
};

// Built once, then only read: safe to share between threads.
struct Pipeline {
    PipelineOptions options;
    Lexicon lexicon;
    Matcher matcher;
};

// Loads and compiles the lexicon. Throws ConfigError before any PDF is read.
Pipeline build_pipeline(const PipelineOptions& options);

}  // namespace galascan
