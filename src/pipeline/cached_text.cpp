#include "pipeline/cached_text.hpp"

#include <optional>
#include <variant>

#include <fmt/core.h>

#include "extract/extract_pdf.hpp"
#include "extract/input_file.hpp"
#include "version.hpp"

namespace galascan {

namespace {

// Bump whenever extract/, layout/ or normalise/ change what they produce for the same PDF:
// cached text of an older build must miss, not be scored as if it were current.
constexpr int text_stages_version = 2;

}  // namespace

std::string extraction_version(const PipelineOptions& options) {
    return fmt::format("galascan {}; text stages {}; fold diacritics {}", version, text_stages_version,
                       options.normalise.fold_diacritics);
}

TextResult read_text_cached(const std::string& path, const PipelineOptions& options, const ExtractionCache& cache,
                            bool& cache_hit, const TextSource& reader) {
    cache_hit = false;
    const auto read_fresh = [&](std::optional<ContentHash> content = std::nullopt) {
        return reader ? reader(path) : read_text(path, options, content);
    };
    // Before hashing: hashing a FIFO blocks and hashing /dev/zero never ends.
    if (std::optional<ExtractError> unreadable = check_input_file(path)) {
        return std::move(*unreadable);
    }
    if (!options.extract.password.empty()) {
        return read_fresh();
    }
    const std::variant<ContentHash, FileReadError> hash = hash_file(path);
    if (std::holds_alternative<FileReadError>(hash)) {
        return read_fresh();  // extraction says why it cannot read it
    }
    const ContentHash content = std::get<ContentHash>(hash);
    const CacheKey key = cache_key(content, extraction_version(options));
    if (std::optional<DocumentText> cached = cache.lookup(key)) {
        const int pages = static_cast<int>(cached->page_labels.size());
        const int limit = options.extract.max_pages;
        if (limit > 0 && pages > limit) {  // the limit a fresh extraction checks first
            return page_limit_error(pages, limit);
        }
        cache_hit = true;
        return std::move(*cached);
    }
    TextResult text = read_fresh(content);  // hashed once: the cache's hash is the report's
    if (const auto* read = std::get_if<DocumentText>(&text)) {
        cache.store(key, *read);  // a full disk or read-only cache costs the next run, not this one
    }
    return text;
}

}  // namespace galascan
