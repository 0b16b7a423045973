// The JSON of `galascan diff` (docs/output-formats.md, "galascan diff"). With json_writer.cpp,
// json_reader.cpp and json_evaluation_writer.cpp, the only files that see nlohmann-json.
// Field names are a contract: add fields, never rename or remove them.

#include <nlohmann/json.hpp>

#include "report/diff_writers.hpp"

namespace galascan {

namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json evidence_list(const std::vector<Evidence>& evidence) {
    Json list = Json::array();
    for (const Evidence& item : evidence) {
        list.push_back(Json{{"page", item.page_index},
                            {"page_label", item.page_label},
                            {"block", block_kind_name(item.block_kind)},
                            {"term", item.term},
                            {"text", item.text},
                            {"snippet", item.snippet}});
    }
    return list;
}

Json grade_or_null(const std::optional<Grade>& grade) { return grade ? Json(grade_name(*grade)) : Json(nullptr); }

Json status_or_null(const std::optional<DocumentStatus>& status) {
    return status ? Json(status_name(*status)) : Json(nullptr);
}

}  // namespace

void write_diff_json(const ReportDiff& diff, std::ostream& out) {
    Json categories = Json::array();
    for (const CategoryInfo& info : diff.categories) {
        categories.push_back(Json{{"id", info.id}, {"kind", category_kind_name(info.kind)}, {"label", info.label}});
    }
    Json summary = Json::object();
    for (std::size_t change = 0; change < grade_change_names.size(); ++change) {
        summary[grade_change_names[change]] = diff.counts[change];
    }
    Json documents = Json::array();
    for (const DocumentDiff& document : diff.documents) {
        Json cells = Json::array();
        for (const CategoryDiff& cell : document.categories) {
            cells.push_back(Json{{"id", diff.categories[cell.category].id},
                                 {"old_grade", grade_or_null(cell.old_grade)},
                                 {"new_grade", grade_or_null(cell.new_grade)},
                                 {"change", grade_change_name(cell.change)},
                                 {"evidence_appeared", evidence_list(cell.appeared)},
                                 {"evidence_disappeared", evidence_list(cell.disappeared)}});
        }
        documents.push_back(Json{{"old_file", text_or_null(document.old_path)},
                                 {"new_file", text_or_null(document.new_path)},
                                 {"match", document_match_name(document.match)},
                                 {"old_status", status_or_null(document.old_status)},
                                 {"new_status", status_or_null(document.new_status)},
                                 {"categories", std::move(cells)}});
    }
    const Json root{{"schema_version", 1},
                    {"categories", std::move(categories)},
                    {"summary", std::move(summary)},
                    {"documents", std::move(documents)}};
    // File names need not be UTF-8: JSON shows them repaired (U+FFFD), as the report's `file` does.
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace galascan
