#include "pipeline/pipeline.hpp"

#include "lexicon/load_lexicon.hpp"

namespace galascan {

Pipeline build_pipeline(const PipelineOptions& options) {
    Lexicon lexicon = options.lexicon_files.empty() ? load_builtin_lexicon() : load_lexicon_files(options.lexicon_files);
    Matcher matcher(lexicon, options.normalise);
    return Pipeline{options, std::move(lexicon), std::move(matcher)};
}

}  // namespace galascan
