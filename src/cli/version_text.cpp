#include "cli/version_text.hpp"

#include <fmt/core.h>

#include "extract/extract_pdf.hpp"
#include "normalise/normalise.hpp"
#include "version.hpp"

namespace galascan {

std::string lexicon_identity(const std::vector<EmbeddedFile>& files) {
    return fmt::format("{:016x}", lexicon_files_hash(files).high);
}

std::string version_text() {
    const std::vector<EmbeddedFile> files = builtin_lexicon_files();
    return fmt::format("galascan {}\nbuilt-in lexicon {} ({} files)\nPoppler {}, ICU {}\n", version,
                       lexicon_identity(files), files.size(), poppler_version(), icu_version());
}

}  // namespace galascan
