// The pipeline of one document, top to bottom, as mold's main() shows a link: read_text runs
// the stages that only the PDF decides (and that the extraction cache can stand in for),
// analyse_document the rest. The cache (pipeline/cached_text.cpp) and the worker processes
// (pipeline/analyse_batch.cpp) sit around these functions, never inside them.

#include "pipeline/analyse.hpp"

#include <exception>
#include <new>
#include <utility>

#include <fmt/core.h>

#include "extract/extract_pdf.hpp"
#include "match/hit.hpp"
#include "normalise/normalise.hpp"
#include "pipeline/pipeline.hpp"
#include "score/score_document.hpp"
#include "store/cache.hpp"

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

DocumentReport internal_error_report(const std::string& path, const std::exception& exception) {
    // A hostile file must not end the batch; the row says what happened.
    DocumentReport report;
    report.path = path;
    report.status = DocumentStatus::error;
    report.reason = fmt::format("internal error: {}", exception.what());
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

DocumentReport analysed_report(const std::string& path, const DocumentText& text, DocumentScore score) {
    DocumentReport report;
    report.path = path;
    report.furniture_lines = text.laid_out.furniture_lines;
    report.toc_lines = text.laid_out.toc_lines;
    report.pages = static_cast<int>(text.page_labels.size());
    report.words = score.words;
    report.relevance = score.relevance;
    report.diagnostics = text.diagnostics;
    report.content_hash = text.content_hash;
    report.info = text.info;
    report.categories = std::move(score.categories);
    if (!text.pages_without_text.empty()) {
        report.status = DocumentStatus::partial;
        report.reason = describe_pages_without_text(text.pages_without_text, text.page_labels.size());
    }
    return report;
}

// The document's facts that outlive its pages' text: labels, pages without text, messages.
DocumentText text_of(Document document, LaidOutDocument laid_out, NormalisedDocument normalised) {
    DocumentText text;
    for (Page& page : document.pages) {
        text.page_labels.push_back(std::move(page.label));
    }
    text.pages_without_text = std::move(document.pages_without_text);
    text.diagnostics = std::move(document.diagnostics);
    text.content_hash = std::move(document.content_hash);
    text.info = std::move(document.info);
    text.laid_out = std::move(laid_out);
    text.normalised = std::move(normalised);
    // Grown by appending, the two texts hold up to twice their size; matching and scoring come
    // on top of them, so they give back the slack first.
    text.normalised.source.shrink_to_fit();
    text.normalised.text.shrink_to_fit();
    text.laid_out.blocks.shrink_to_fit();
    return text;
}

}  // namespace

TextResult read_text(const std::string& path, const PipelineOptions& options,
                     std::optional<ContentHash> content_hash) {
    // Poppler: each page's text and printed label, its metadata, or why the file cannot be read.
    return text_of_extracted(extract_pdf(path, options.extract, /*hash_content=*/!content_hash), options,
                             content_hash);
}

TextResult text_of_extracted(ExtractResult extracted, const PipelineOptions& options,
                             std::optional<ContentHash> content_hash) {
    if (auto* error = std::get_if<ExtractError>(&extracted)) {
        return std::move(*error);
    }
    Document& document = std::get<Document>(extracted);
    if (content_hash) {
        document.content_hash = content_hash_hex(*content_hash);  // the cache's, of the same bytes
    } else if (document.content_hash.empty()) {
        // Too large to hold in memory (pdf_bytes.hpp): the one case that reads the file twice.
        const std::variant<ContentHash, FileReadError> hashed = hash_file(document.path);
        if (const auto* hash = std::get_if<ContentHash>(&hashed)) {
            document.content_hash = content_hash_hex(*hash);
        }
    }
    // Headings vs list items decide covered vs mentioned; running headers and the TOC never count.
    LaidOutDocument laid_out = classify_blocks(document);
    // The blocks carry the pages' text on: one copy of it is enough while normalise makes the next.
    for (Page& page : document.pages) {
        std::string().swap(page.text);
    }
    // Hyphenation undone and the text folded for matching, with offsets back to the printed words.
    NormalisedDocument normalised = normalise(laid_out, options.normalise);
    return text_of(std::move(document), std::move(laid_out), std::move(normalised));
}

DocumentReport analyse_document(const std::string& path, const Pipeline& pipeline, const TextSource& source) {
    try {
        // Extraction, layout and normalisation (read_text), or the cache that kept their output.
        const TextResult read = source ? source(path) : read_text(path, pipeline.options);
        if (const auto* error = std::get_if<ExtractError>(&read)) {
            return failed_report(path, *error);  // an error row; the batch goes on
        }
        const DocumentText& text = std::get<DocumentText>(read);
        // Every lexicon entry in the folded text: one pass of the compiled automaton.
        const std::vector<Hit> hits = pipeline.matcher.find_all(text.normalised.text);
        // Hits by block kind and section become a grade, a score and evidence per category.
        DocumentScore score = score_document(text.page_labels, text.laid_out, text.normalised, hits, pipeline.lexicon,
                                             pipeline.options.score);
        return analysed_report(path, text, std::move(score));
    } catch (const std::bad_alloc&) {
        throw;  // the worker's memory limit, not a bug of this file: the pool says memory_limit
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
    TextResult read = read_text(path, pipeline.options);
    if (auto* error = std::get_if<ExtractError>(&read)) {
        return std::move(*error);
    }
    Explanation explanation;
    explanation.laid_out = std::get<DocumentText>(read).laid_out;  // the report shows no blocks
    explanation.report = analyse_document(path, pipeline, [&read](const std::string&) { return std::move(read); });
    return explanation;
}

}  // namespace galascan
