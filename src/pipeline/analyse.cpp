#include "pipeline/analyse.hpp"

#include <exception>
#include <variant>

#include <fmt/core.h>

#include "layout/classify_blocks.hpp"
#include "version.hpp"

namespace galascan {

namespace {

DocumentReport failed_report(const std::string& path, const ExtractError& error) {
    DocumentReport report;
    report.path = path;
    report.status = error.status;
    report.reason = error.reason;
    report.diagnostics = error.diagnostics;
    return report;
}

std::string describe_pages_without_text(const std::vector<int>& pages, std::size_t page_count) {
    std::string list;
    for (std::size_t i = 0; i < pages.size() && i < 15; ++i) {
        list += fmt::format("{}{}", i == 0 ? "" : ", ", pages[i]);
    }
    if (pages.size() > 15) {
        list += fmt::format(" and {} more", pages.size() - 15);
    }
    return fmt::format("{} of {} pages have no text (scanned or image-only?): {} {}", pages.size(), page_count,
                       pages.size() == 1 ? "page" : "pages", list);
}

DocumentReport analysed_report(const Document& document, const LaidOutDocument& laid_out, DocumentScore score) {
    DocumentReport report;
    report.path = document.path;
    report.furniture_lines = laid_out.furniture_lines;
    report.toc_lines = laid_out.toc_lines;
    report.pages = static_cast<int>(document.pages.size());
    report.words = score.words;
    report.diagnostics = document.diagnostics;
    report.categories = std::move(score.categories);
    if (!document.pages_without_text.empty()) {
        report.status = DocumentStatus::partial;
        report.reason = describe_pages_without_text(document.pages_without_text, document.pages.size());
    }
    return report;
}

// Bump whenever extract/, layout/ or normalise/ change what they produce for the same PDF:
// cached text of an older build must miss, not be scored as if it were current.
constexpr int text_stages_version = 1;

DocumentReport analyse_text(const Document& document, const LaidOutDocument& laid_out, const NormalisedDocument& text,
                            const Pipeline& pipeline) {
    // Matching runs on folded text; the offset map leads evidence back to the printed words.
    const std::vector<Hit> hits = pipeline.matcher.find_all(text.text);
    return analysed_report(document, laid_out, score_document(document, laid_out, text, hits, pipeline.lexicon,
                                                    pipeline.options.score));
}

// Extraction, layout and normalisation: everything before matching, in the form the cache
// keeps. Headings and list items decide covered vs mentioned, so structure comes first.
std::variant<CachedText, ExtractError> read_text(const std::string& path, const Pipeline& pipeline) {
    ExtractResult extracted = extract_pdf(path, pipeline.options.extract);
    if (auto* error = std::get_if<ExtractError>(&extracted)) {
        return std::move(*error);
    }
    CachedText text;
    text.document = std::move(std::get<Document>(extracted));
    text.laid_out = classify_blocks(text.document);
    text.normalised = normalise(text.laid_out, pipeline.options.normalise);
    return text;
}

DocumentReport analyse_text(const CachedText& text, const Pipeline& pipeline) {
    return analyse_text(text.document, text.laid_out, text.normalised, pipeline);
}

DocumentReport internal_error_report(const std::string& path, const std::exception& exception) {
    // A hostile file must not end the batch; the row says what happened.
    DocumentReport report;
    report.path = path;
    report.status = DocumentStatus::error;
    report.reason = fmt::format("internal error: {}", exception.what());
    return report;
}

}  // namespace

DocumentReport analyse_document(const std::string& path, const Pipeline& pipeline) {
    try {
        const std::variant<CachedText, ExtractError> text = read_text(path, pipeline);
        if (const auto* error = std::get_if<ExtractError>(&text)) {
            return failed_report(path, *error);  // an error row; the batch goes on
        }
        return analyse_text(std::get<CachedText>(text), pipeline);
    } catch (const std::exception& exception) {
        return internal_error_report(path, exception);
    }
}

std::string extraction_version(const Pipeline& pipeline) {
    return fmt::format("galascan {}; text stages {}; fold diacritics {}", version, text_stages_version,
                       pipeline.options.normalise.fold_diacritics);
}

DocumentReport analyse_document(const std::string& path, const Pipeline& pipeline, const ExtractionCache& cache,
                                bool& cache_hit) {
    cache_hit = false;
    if (!pipeline.options.extract.password.empty()) {
        return analyse_document(path, pipeline);
    }
    const std::variant<ContentHash, FileReadError> hash = hash_file(path);
    if (std::holds_alternative<FileReadError>(hash)) {
        return analyse_document(path, pipeline);  // extraction says why it cannot read it
    }
    const CacheKey key = cache_key(std::get<ContentHash>(hash), extraction_version(pipeline));
    try {
        if (std::optional<CachedText> cached = cache.lookup(key)) {
            const int pages = static_cast<int>(cached->document.pages.size());
            const int limit = pipeline.options.extract.max_pages;
            if (limit > 0 && pages > limit) {  // the limit a fresh extraction checks first
                return failed_report(path, page_limit_error(pages, limit));
            }
            cache_hit = true;
            cached->document.path = path;
            return analyse_text(*cached, pipeline);
        }
        const std::variant<CachedText, ExtractError> text = read_text(path, pipeline);
        if (const auto* error = std::get_if<ExtractError>(&text)) {
            return failed_report(path, *error);  // failures are cheap to find again: not cached
        }
        // A full disk or read-only cache costs the next run, not this one.
        cache.store(key, std::get<CachedText>(text));
        return analyse_text(std::get<CachedText>(text), pipeline);
    } catch (const std::exception& exception) {
        return internal_error_report(path, exception);
    }
}

std::variant<LaidOutDocument, ExtractError> lay_out(const std::string& path, const Pipeline& pipeline) {
    ExtractResult extracted = extract_pdf(path, pipeline.options.extract);
    if (auto* error = std::get_if<ExtractError>(&extracted)) {
        return std::move(*error);
    }
    return classify_blocks(std::get<Document>(extracted));
}

std::variant<Explanation, ExtractError> explain_document(const std::string& path, const Pipeline& pipeline) {
    std::variant<CachedText, ExtractError> text = read_text(path, pipeline);
    if (auto* error = std::get_if<ExtractError>(&text)) {
        return std::move(*error);
    }
    CachedText& read = std::get<CachedText>(text);
    Explanation explanation;
    explanation.report = analyse_text(read, pipeline);
    explanation.laid_out = std::move(read.laid_out);
    return explanation;
}

}  // namespace galascan
