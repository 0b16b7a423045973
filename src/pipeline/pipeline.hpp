#pragma once
// The pipeline: the built, checked objects every document is analysed with.

#include "lexicon/lexicon.hpp"
#include "match/matcher.hpp"
#include "pipeline/pipeline_options.hpp"

namespace galascan {

// Built once, then only read: safe to share between threads.
struct Pipeline {
    PipelineOptions options;
    Lexicon lexicon;
    Matcher matcher;
};

// Loads and compiles the lexicon. Throws ConfigError before any PDF is read.
Pipeline build_pipeline(const PipelineOptions& options);

}  // namespace galascan
