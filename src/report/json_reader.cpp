// Reading reports back. With json_writer.cpp the other side of one contract
// (docs/output-formats.md): every field the writer writes is read here, by the same names.
// Fields a newer galascan adds are ignored; a missing or mistyped field is an error that
// names it, because a merged report must not quietly lose what a shard said.

#include "report/json_reader.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

namespace galascan {

namespace {

// Ordered, as the writer's: the keys of `tags` keep the order they were given in (CSV's columns).
using Json = nlohmann::ordered_json;

// What a field that is missing or of the wrong type becomes: caught once, in read_report.
struct FieldError {
    std::string reason;
};

const Json& field(const Json& object, const char* name) {
    if (!object.is_object() || !object.contains(name)) {
        throw FieldError{fmt::format("no field '{}'", name)};
    }
    return object[name];
}

template <typename T>
T value_of(const Json& object, const char* name) {
    const Json& value = field(object, name);
    try {
        return value.get<T>();
    } catch (const Json::exception&) {
        throw FieldError{fmt::format("field '{}' has the wrong type", name)};
    }
}

int int_of(const Json& object, const char* name) {
    const Json& value = field(object, name);
    if (!value.is_number_integer()) {
        throw FieldError{fmt::format("field '{}' is not a whole number", name)};
    }
    return value.get<int>();
}

double number_of(const Json& object, const char* name) {
    const Json& value = field(object, name);
    if (!value.is_number()) {
        throw FieldError{fmt::format("field '{}' is not a number", name)};
    }
    return value.get<double>();
}

// The enumerator whose name the field holds, by the writers' own name tables.
template <typename Enum, std::size_t N>
Enum enum_of(const Json& object, const char* name, const std::array<const char*, N>& names) {
    const std::string text = value_of<std::string>(object, name);
    const auto found = std::find(names.begin(), names.end(), text);
    if (found == names.end()) {
        throw FieldError{fmt::format("field '{}' holds '{}', which this galascan does not know", name, text)};
    }
    return static_cast<Enum>(found - names.begin());
}

constexpr auto category_kind_names = std::to_array<const char*>({"theme", "bouwsteen", "domain"});

// RFC 4648 base64, the inverse of json_writer's: `file_base64` holds a name's exact bytes.
std::optional<std::string> from_base64(std::string_view text) {
    static constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (text.size() % 4 != 0) {
        return std::nullopt;
    }
    std::string bytes;
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::uint32_t group = 0;
        int padding = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            std::size_t digit = 0;
            if (c == '=' && i + 4 == text.size() && k >= 2) {
                ++padding;
            } else if (padding > 0 || (digit = alphabet.find(c)) == std::string_view::npos) {
                return std::nullopt;
            }
            group = (group << 6) | static_cast<std::uint32_t>(digit);
        }
        for (int k = 0; k < 3 - padding; ++k) {
            bytes += static_cast<char>((group >> (16 - 8 * k)) & 0xff);
        }
    }
    return bytes;
}

std::string path_of(const Json& document) {
    if (document.contains("file_base64")) {
        if (std::optional<std::string> bytes = from_base64(value_of<std::string>(document, "file_base64"))) {
            return *bytes;
        }
        throw FieldError{"field 'file_base64' is not base64"};
    }
    return value_of<std::string>(document, "file");
}

// A text field added after the first reports (content_hash, pdf's): absent or null is "", as
// the writer writes "" when there is nothing to say; any other type is an error.
std::string later_text_of(const Json& object, const char* name) {
    if (!object.is_object() || !object.contains(name) || object[name].is_null()) {
        return {};
    }
    return value_of<std::string>(object, name);
}

// An object field that reports of older galascans lack: nullptr when absent.
const Json* later_object_of(const Json& document, const char* name) {
    if (!document.contains(name)) {
        return nullptr;
    }
    const Json& object = field(document, name);
    if (!object.is_object()) {
        throw FieldError{fmt::format("field '{}' is not an object", name)};
    }
    return &object;
}

PdfInfo pdf_info_of(const Json& document) {
    PdfInfo info;
    const Json* found = later_object_of(document, "pdf");
    if (found == nullptr) {
        return info;
    }
    const Json& pdf = *found;
    info.title = later_text_of(pdf, "title");
    info.author = later_text_of(pdf, "author");
    info.producer = later_text_of(pdf, "producer");
    info.created = later_text_of(pdf, "created");
    info.modified = later_text_of(pdf, "modified");
    return info;
}

std::vector<std::pair<std::string, std::string>> tags_of(const Json& document) {
    std::vector<std::pair<std::string, std::string>> tags;
    const Json* json = later_object_of(document, "tags");
    if (json == nullptr) {
        return tags;
    }
    for (const auto& [key, value] : json->items()) {
        if (!value.is_string()) {
            throw FieldError{fmt::format("tag '{}' is not a string", key)};
        }
        tags.emplace_back(key, value.get<std::string>());
    }
    return tags;
}

Evidence evidence_of(const Json& json) {
    Evidence evidence;
    evidence.page_index = int_of(json, "page");
    evidence.page_label = value_of<std::string>(json, "page_label");
    evidence.block_kind = enum_of<BlockKind>(json, "block", block_kind_names);
    evidence.term = value_of<std::string>(json, "term");
    evidence.text = value_of<std::string>(json, "text");
    evidence.snippet = value_of<std::string>(json, "snippet");
    evidence.generic = value_of<bool>(json, "generic");
    evidence.counted = value_of<bool>(json, "counted");
    return evidence;
}

GradingSignals signals_of(const Json& category) {
    GradingSignals s;
    s.hits = int_of(category, "hits");
    s.hits_per_1000_words = number_of(category, "hits_per_1000_words");
    s.pages = int_of(category, "pages");
    s.distinct_terms = int_of(category, "distinct_terms");
    const Json& json = field(category, "signals");
    s.counted_hits = int_of(json, "counted_hits");
    s.set_aside_hits = int_of(json, "set_aside_hits");
    s.toc_hits = int_of(json, "toc_hits");
    s.weight = number_of(json, "weight");
    s.specific_weight = number_of(json, "specific_weight");
    s.most_repeated = int_of(json, "most_repeated");
    s.title = value_of<bool>(json, "title");
    s.headings = int_of(json, "headings");
    s.paragraphs = int_of(json, "paragraphs");
    s.list_items = int_of(json, "list_items");
    s.specific_blocks = int_of(json, "specific_blocks");
    s.strongest_block = number_of(json, "strongest_block");
    s.passages = int_of(json, "passages");
    s.section_paragraphs = int_of(json, "section_paragraphs");
    s.section_words = int_of(json, "section_words");
    s.focus_paragraphs = int_of(json, "focus_paragraphs");
    s.words_about = int_of(json, "words_about");
    s.share = number_of(json, "share");
    return s;
}

CategoryScore category_score_of(const Json& json, const CategoryInfo& info, CategoryIndex index) {
    if (value_of<std::string>(json, "id") != info.id) {
        throw FieldError{fmt::format("category {} is '{}' where the report's categories have '{}'", index + 1,
                                     value_of<std::string>(json, "id"), info.id)};
    }
    CategoryScore score;
    score.category = index;
    score.grade = enum_of<Grade>(json, "grade", grade_names);
    score.score = int_of(json, "score");
    score.signals = signals_of(json);
    score.rule = value_of<std::string>(json, "rule");
    for (const Json& item : field(json, "evidence")) {
        score.evidence.push_back(evidence_of(item));
    }
    return score;
}

DocumentReport document_of(const Json& json, const std::vector<CategoryInfo>& categories) {
    DocumentReport document;
    document.path = path_of(json);
    document.status = enum_of<DocumentStatus>(json, "status", status_names);
    document.reason = value_of<std::string>(json, "reason");
    document.pages = int_of(json, "pages");
    document.words = int_of(json, "words");
    const Json& set_aside = field(json, "lines_set_aside");
    document.furniture_lines = int_of(set_aside, "furniture");
    document.toc_lines = int_of(set_aside, "toc");
    document.diagnostics = value_of<std::vector<std::string>>(json, "diagnostics");
    document.content_hash = later_text_of(json, "content_hash");
    document.info = pdf_info_of(json);
    document.tags = tags_of(json);
    const Json& relevance = field(json, "relevance");
    document.relevance.about_social_domain = value_of<bool>(relevance, "about_social_domain");
    document.relevance.density = number_of(relevance, "domain_density");
    document.relevance.words_counted = int_of(relevance, "words_counted");
    document.relevance.sections_set_aside = int_of(relevance, "sections_set_aside");
    const Json& scores = field(json, "categories");
    if (!scores.is_array() || (!scores.empty() && scores.size() != categories.size())) {
        throw FieldError{fmt::format("{} categories where the report has {}", scores.size(), categories.size())};
    }
    for (std::size_t i = 0; i < scores.size(); ++i) {
        document.categories.push_back(category_score_of(scores[i], categories[i], static_cast<CategoryIndex>(i)));
    }
    return document;
}

std::vector<CategoryInfo> categories_of(const Json& json) {
    std::vector<CategoryInfo> categories;
    for (const Json& item : field(json, "categories")) {
        CategoryInfo info;
        info.id = value_of<std::string>(item, "id");
        info.kind = enum_of<CategoryKind>(item, "kind", category_kind_names);
        info.label = value_of<std::string>(item, "label");
        info.short_label = item.contains("short") ? value_of<std::string>(item, "short") : std::string();
        categories.push_back(std::move(info));
    }
    return categories;
}

// The header fields of a JSON report or of a JSON Lines summary; the first one read sets
// them, every later one must agree.
void read_header(const Json& json, Report& report, bool& have_header) {
    Report header;
    header.schema_version = int_of(json, "schema_version");
    if (header.schema_version > Report{}.schema_version) {
        throw FieldError{fmt::format("schema_version {} is newer than this galascan reads ({})",
                                     header.schema_version, Report{}.schema_version)};
    }
    header.galascan_version = value_of<std::string>(json, "galascan_version");
    header.lexicon_files = value_of<std::vector<std::string>>(field(json, "lexicon"), "files");
    header.categories = categories_of(json);
    if (!have_header) {
        report.schema_version = header.schema_version;
        report.galascan_version = std::move(header.galascan_version);
        report.lexicon_files = std::move(header.lexicon_files);
        report.categories = std::move(header.categories);
        have_header = true;
        return;
    }
    if (std::string difference = header_difference(header, report); !difference.empty()) {
        throw FieldError{fmt::format("its summaries differ: {}", difference)};
    }
}

Report read_json_report(const Json& root) {
    Report report;
    bool have_header = false;
    read_header(root, report, have_header);
    for (const Json& document : field(root, "documents")) {
        report.documents.push_back(document_of(document, report.categories));
    }
    return report;
}

// JSON Lines: documents may come before the summary that names their categories (that is
// how write_jsonl streams), so they are kept as JSON until every line has been read.
Report read_json_lines(std::string_view text) {
    Report report;
    bool have_header = false;
    std::vector<std::pair<int, Json>> documents;
    int line_number = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
            continue;
        }
        try {
            Json json = Json::parse(line);
            const std::string type = value_of<std::string>(json, "type");
            if (type == "document") {
                documents.emplace_back(line_number, std::move(json));
            } else if (type == "summary") {
                read_header(json, report, have_header);
            } else {
                throw FieldError{fmt::format("a line of type '{}'", type)};
            }
        } catch (const Json::parse_error&) {
            throw FieldError{fmt::format("line {}: not JSON", line_number)};
        } catch (const FieldError& error) {
            throw FieldError{fmt::format("line {}: {}", line_number, error.reason)};
        }
    }
    if (!have_header) {
        throw FieldError{"no summary line: the run that wrote it did not finish"};
    }
    for (const auto& [number, json] : documents) {
        try {
            report.documents.push_back(document_of(json, report.categories));
        } catch (const FieldError& error) {
            throw FieldError{fmt::format("line {}: {}", number, error.reason)};
        }
    }
    return report;
}

}  // namespace

std::variant<Report, ReportReadError> read_report(std::string_view text) {
    try {
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos) {
            return ReportReadError{"empty: no report"};
        }
        // A JSON report is one object over many lines; JSON Lines have an object per line.
        // A JSON Lines file always starts with a complete object on its first line.
        const std::size_t line_end = std::min(text.find('\n', first), text.size());
        if (Json::accept(text.substr(first, line_end - first)) && text.find_first_not_of(" \t\r\n", line_end) != std::string_view::npos) {
            return read_json_lines(text);
        }
        Json root;
        try {
            root = Json::parse(text);
        } catch (const Json::parse_error& error) {
            return ReportReadError{fmt::format("not JSON (at byte {})", error.byte)};
        }
        if (root.is_object() && root.contains("type")) {
            return read_json_lines(text);  // JSON Lines of a single line
        }
        return read_json_report(root);
    } catch (const FieldError& error) {
        return ReportReadError{error.reason};
    }
}

}  // namespace galascan
