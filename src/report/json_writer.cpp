// JSON for scripts. With json_reader.cpp and json_evaluation_writer.cpp, the only files that see
// nlohmann-json.
// Field names are a contract (docs/output-formats.md): add fields, never rename or remove them.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "normalise/normalise.hpp"
#include "report/writers.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

using Json = nlohmann::ordered_json;

Json evidence_json(const Evidence& evidence) {
    return Json{{"page", evidence.page_index},
                {"page_label", evidence.page_label},
                {"block", block_kind_name(evidence.block_kind)},
                {"term", evidence.term},
                {"text", evidence.text},
                {"snippet", evidence.snippet},
                {"generic", evidence.generic},
                {"counted", evidence.counted}};
}

Json signals_json(const GradingSignals& s) {
    return Json{{"counted_hits", s.counted_hits},
                {"set_aside_hits", s.set_aside_hits},
                {"toc_hits", s.toc_hits},
                {"weight", s.weight},
                {"specific_weight", s.specific_weight},
                {"most_repeated", s.most_repeated},
                {"title", s.title},
                {"headings", s.headings},
                {"paragraphs", s.paragraphs},
                {"list_items", s.list_items},
                {"specific_blocks", s.specific_blocks},
                {"strongest_block", s.strongest_block},
                {"passages", s.passages},
                {"section_paragraphs", s.section_paragraphs},
                {"section_words", s.section_words},
                {"focus_paragraphs", s.focus_paragraphs},
                {"words_about", s.words_about},
                {"share", s.share}};
}

Json category_json(const CategoryInfo& info, const CategoryScore& score) {
    Json evidence = Json::array();
    for (const Evidence& item : score.evidence) {
        evidence.push_back(evidence_json(item));
    }
    return Json{{"id", info.id},
                {"kind", category_kind_name(info.kind)},
                {"grade", grade_name(score.grade)},
                {"score", score.score},
                {"hits", score.signals.hits},
                {"hits_per_1000_words", score.signals.hits_per_1000_words},
                {"pages", score.signals.pages},
                {"distinct_terms", score.signals.distinct_terms},
                {"rule", score.rule},
                {"signals", signals_json(score.signals)},
                {"evidence", std::move(evidence)}};
}

Json relevance_json(const RelevanceVerdict& relevance) {
    return Json{{"about_social_domain", relevance.about_social_domain},
                {"domain_density", relevance.density},
                {"words_counted", relevance.words_counted},
                {"sections_set_aside", relevance.sections_set_aside}};
}

// RFC 4648 base64, with padding: what `base64 -d` and every language's library decode.
std::string base64(std::string_view bytes) {
    static constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string encoded;
    encoded.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t count = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t group = 0;
        for (std::size_t k = 0; k < 3; ++k) {
            group = (group << 8) | (k < count ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        }
        for (std::size_t k = 0; k < 4; ++k) {
            encoded += k <= count ? alphabet[(group >> (18 - 6 * k)) & 0x3f] : '=';
        }
    }
    return encoded;
}

// {"file": path}, and "file_base64" beside it when the path is not valid UTF-8: JSON holds
// only Unicode, so `file` shows such a name repaired (U+FFFD, and two names can look the
// same), while file_base64 keeps its exact bytes for a script to open the file by.
Json file_json(const std::string& path) {
    Json file{{"file", path}};
    if (repair_utf8(path) != path) {
        file["file_base64"] = base64(path);
    }
    return file;
}

// Absent is null, not "": a script tests one thing.
Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json pdf_info_json(const PdfInfo& info) {
    return Json{{"title", text_or_null(info.title)},
                {"author", text_or_null(info.author)},
                {"created", text_or_null(info.created)},
                {"modified", text_or_null(info.modified)},
                {"producer", text_or_null(info.producer)}};
}

Json tags_json(const std::vector<std::pair<std::string, std::string>>& tags) {
    Json json = Json::object();
    for (const auto& [key, value] : tags) {
        json[key] = value;
    }
    return json;
}

Json document_json(const Report& report, const DocumentReport& document) {
    Json categories = Json::array();
    for (std::size_t i = 0; i < document.categories.size(); ++i) {
        categories.push_back(category_json(report.categories.at(i), document.categories[i]));
    }
    Json json = file_json(document.path);
    json.update(Json{{"status", status_name(document.status)},
                     {"reason", document.reason},
                     {"pages", document.pages},
                     {"words", document.words},
                     {"lines_set_aside", Json{{"furniture", document.furniture_lines}, {"toc", document.toc_lines}}},
                     {"diagnostics", document.diagnostics},
                     {"content_hash", text_or_null(document.content_hash)},
                     {"pdf", pdf_info_json(document.info)},
                     {"tags", tags_json(document.tags)},
                     {"relevance", relevance_json(document.relevance)},
                     {"categories", std::move(categories)}});
    return json;
}

Json categories_json(const Report& report) {
    Json categories = Json::array();
    for (const CategoryInfo& info : report.categories) {
        categories.push_back(Json{{"id", info.id},
                                  {"kind", category_kind_name(info.kind)},
                                  {"label", info.label},
                                  {"short", info.short_label}});
    }
    return categories;
}

// Only when --require was given: the field's absence says no rule was checked.
void add_requirements(const Report& report, Json& json) {
    if (report.requirements.empty()) {
        return;
    }
    Json requirements = Json::array();
    for (const RequirementResult& result : report.requirements) {
        Json unmet = Json::array();
        for (const RequirementShortfall& shortfall : result.unmet) {
            Json entry = file_json(shortfall.path);
            entry.update(Json{{"category", report.categories.at(shortfall.category).id},
                              {"grade", grade_name(shortfall.grade)}});
            unmet.push_back(std::move(entry));
        }
        requirements.push_back(Json{{"rule", result.rule},
                                    {"required", grade_name(result.required)},
                                    {"met", result.unmet.empty()},
                                    {"unmet", std::move(unmet)}});
    }
    json["requirements"] = std::move(requirements);
}

Json summary_json(const Report& report) {
    const ReportSummary counts = summarise(report);
    Json statuses = Json::object();
    for (const auto& [status, count] : counts.statuses) {
        statuses[status_name(status)] = count;
    }
    Json summary{{"documents", counts.documents},
                 {"analysed", counts.analysed},
                 {"failed", counts.failed},
                 {"pages", counts.pages},
                 {"statuses", std::move(statuses)}};
    if (report.stats.timed) {
        summary["seconds"] = std::round(report.stats.seconds * 1000) / 1000;
        summary["jobs"] = report.stats.jobs;
        summary["cache_hits"] = report.stats.cache_hits;
    }
    return summary;
}

// Text is valid UTF-8 by contract (repaired at extraction); file names may not be, and
// "replace" keeps one odd name from losing the whole report.
std::string dump(const Json& json, int indent) {
    return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

void write_json(const Report& report, std::ostream& out) {
    Json documents = Json::array();
    for (const DocumentReport& document : report.documents) {
        documents.push_back(document_json(report, document));
    }
    Json root{{"schema_version", report.schema_version},
              {"galascan_version", report.galascan_version},
              {"lexicon", Json{{"files", report.lexicon_files}}},
              {"categories", categories_json(report)},
              {"documents", std::move(documents)},
              {"summary", summary_json(report)}};
    add_requirements(report, root);
    out << dump(root, 2) << '\n';
}

void write_jsonl_document(const Report& report, const DocumentReport& document, std::ostream& out) {
    Json line{{"type", "document"}};
    line.update(document_json(report, document));
    out << dump(line, -1) << '\n';
}

void write_jsonl_summary(const Report& report, std::ostream& out) {
    Json line{{"type", "summary"},
              {"schema_version", report.schema_version},
              {"galascan_version", report.galascan_version},
              {"lexicon", Json{{"files", report.lexicon_files}}},
              {"categories", categories_json(report)}};
    line.update(summary_json(report));
    add_requirements(report, line);
    out << dump(line, -1) << '\n';
}

void write_blocks_json(const std::string& path, const LaidOutDocument& document, std::ostream& out) {
    Json blocks = Json::array();
    for (const Block& block : document.blocks) {
        blocks.push_back(Json{{"page", block.page_index},
                              {"last_page", last_page_of(block)},
                              {"kind", block_kind_name(block.kind)},
                              {"level", block.heading_level},
                              {"text", reading_text(block.text)}});
    }
    Json root{{"schema_version", 1}};
    root.update(file_json(path));
    root["blocks"] = std::move(blocks);
    out << dump(root, 2) << '\n';
}

}  // namespace galascan
