#include "cli/version_text.hpp"

#include <fmt/core.h>

#include "extract/extract_pdf.hpp"
#include "normalise/normalise.hpp"
#include "store/cache.hpp"
#include "version.hpp"

namespace galascan {

std::string lexicon_identity(const std::vector<EmbeddedFile>& files) {
    std::string input;
    for (const EmbeddedFile& file : files) {
        // Lengths first, so that moving bytes from one file's content into the next name changes it.
        input += fmt::format("{}:{}:{}:", file.name.size(), file.content.size(), file.name);
        input += file.content;
    }
    const ContentHash hash = hash_bytes(input);
    return fmt::format("{:016x}", hash.high);
}

std::string version_text() {
    const std::vector<EmbeddedFile> files = builtin_lexicon_files();
    return fmt::format("galascan {}\nbuilt-in lexicon {} ({} files)\nPoppler {}, ICU {}\n", version,
                       lexicon_identity(files), files.size(), poppler_version(), icu_version());
}

}  // namespace galascan
