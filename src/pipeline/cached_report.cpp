#include "pipeline/cached_report.hpp"

#include <fstream>
#include <iterator>
#include <variant>

#include <fmt/core.h>

#include "pipeline/cached_text.hpp"
#include "store/codec.hpp"
#include "text/content_hash.hpp"

namespace galascan {

std::string lexicon_bytes_identity(const std::vector<EmbeddedFile>& files) {
    return content_hash_hex(lexicon_files_hash(files));
}

std::optional<std::string> lexicon_identity_of(const PipelineOptions& options) {
    if (options.lexicon_files.empty()) {
        return lexicon_bytes_identity(builtin_lexicon_files());
    }
    std::vector<std::string> contents;   // EmbeddedFile only views its bytes
    contents.reserve(options.lexicon_files.size());
    std::vector<EmbeddedFile> files;
    for (const std::string& name : options.lexicon_files) {
        std::ifstream in(name, std::ios::binary);
        if (!in) {
            return std::nullopt;
        }
        std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) {
            return std::nullopt;
        }
        contents.push_back(std::move(content));
        files.push_back(EmbeddedFile{name, contents.back()});
    }
    return lexicon_bytes_identity(files);
}

std::string result_version(const PipelineOptions& options, std::string_view lexicon_identity) {
    return fmt::format("result; {}; lexicon {}; evidence per category {}; report encoding {}",
                       extraction_version(options), lexicon_identity, options.score.evidence_per_category,
                       document_report_encoding_version);
}

std::optional<CacheKey> result_key(const std::string& path, const PipelineOptions& options,
                                   std::string_view results_version) {
    if (!options.extract.password.empty()) {
        return std::nullopt;
    }
    const std::variant<ContentHash, FileReadError> hash = hash_file(path);
    if (const auto* content = std::get_if<ContentHash>(&hash)) {
        return cache_key(*content, results_version);
    }
    return std::nullopt;
}

std::optional<DocumentReport> lookup_cached_report(const ExtractionCache& cache, const CacheKey& key,
                                                   const PipelineOptions& options) {
    std::optional<DocumentReport> report = cache.lookup_report(key);
    const int limit = options.extract.max_pages;
    if (report && (report->status != DocumentStatus::ok || (limit > 0 && report->pages > limit))) {
        return std::nullopt;
    }
    return report;
}

}  // namespace galascan
