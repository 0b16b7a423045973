// Reading a labels file. Analysts keep labels in a spreadsheet, so the file is whatever a
// spreadsheet exports as CSV: RFC 4180 quoting, CRLF, perhaps a BOM and extra columns of
// notes. Every mistake is reported with its line before any PDF is read: a typo in a grade
// must not surface as a disagreement after an hour of analysis.

#include "pipeline/labels.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <utility>

#include <fmt/core.h>
#include <fmt/format.h>

#include "lexicon/load_lexicon.hpp"
#include "pipeline/csv_records.hpp"

namespace galascan {

namespace {

std::string trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// Where each column the labels need stands in a record.
struct Columns {
    std::size_t count = 0;
    std::size_t file = 0;
    std::size_t category = 0;
    std::size_t grade = 0;
    std::optional<std::size_t> split;
};

Columns read_header(const CsvRecord& header, const std::string& source) {
    std::map<std::string, std::size_t> positions;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        positions.emplace(trimmed(header.fields[i]), i);  // the first of two equal names counts
    }
    for (const char* needed : {"file", "category", "grade"}) {
        if (positions.count(needed) == 0) {
            throw ConfigError(
                fmt::format("{}:{}: the header needs the columns file, category and grade (and may have "
                            "split); it has {}",
                            source, header.line, fmt::join(header.fields, ",")));
        }
    }
    Columns columns{header.fields.size(), positions["file"], positions["category"], positions["grade"], std::nullopt};
    if (positions.count("split") != 0) {
        columns.split = positions["split"];
    }
    return columns;
}

CategoryIndex category_named(const std::string& id, const Lexicon& lexicon, const std::string& where) {
    std::vector<std::string> ids;
    for (CategoryIndex i = 0; i < graded_count(lexicon); ++i) {
        if (lexicon.categories[i].id == id) {
            return i;
        }
        ids.push_back(lexicon.categories[i].id);
    }
    throw ConfigError(
        fmt::format("{}: unknown category '{}': the lexicon's ids are {}", where, id, fmt::join(ids, ", ")));
}

Grade grade_named(const std::string& name, const std::string& where) {
    for (const Grade grade : {Grade::absent, Grade::mentioned, Grade::covered}) {
        if (name == grade_name(grade)) {
            return grade;
        }
    }
    throw ConfigError(fmt::format("{}: unknown grade '{}': write absent, mentioned or covered", where, name));
}

// Builds Labels row by row, remembering where each file and (file, category) was first seen.
class LabelsBuilder {
public:
    LabelsBuilder(std::string source, bool has_split) {
        m_labels.source = std::move(source);
        m_labels.has_split = has_split;
    }

    void add(const std::string& file, const std::string& split, Label label, const std::string& where) {
        // One spelling per file: "a/./b.pdf" and "a/b.pdf" must not become two documents.
        const std::string key = std::filesystem::path(file).lexically_normal().generic_string();
        const auto [known, is_new] = m_file_index.emplace(key, m_labels.files.size());
        if (is_new) {
            m_labels.files.push_back(LabelledFile{file, split});
            m_file_line.push_back(label.line);
            if (std::find(m_labels.splits.begin(), m_labels.splits.end(), split) == m_labels.splits.end() &&
                m_labels.has_split) {
                m_labels.splits.push_back(split);
            }
        }
        label.file = known->second;
        const LabelledFile& labelled = m_labels.files[label.file];
        if (labelled.split != split) {
            throw ConfigError(
                fmt::format("{}: {} is in split '{}' here and in '{}' on line {}: a file belongs to one "
                            "split",
                            where, file, split, labelled.split, m_file_line[label.file]));
        }
        const auto [first, is_first] = m_cell_line.emplace(std::make_pair(label.file, label.category), label.line);
        if (!is_first) {
            throw ConfigError(fmt::format("{}: {} is labelled a second time for this category (first on line {})",
                                          where, file, first->second));
        }
        m_labels.labels.push_back(label);
    }

    Labels finish() { return std::move(m_labels); }

private:
    Labels m_labels;
    std::map<std::string, std::size_t> m_file_index;
    std::vector<int> m_file_line;
    std::map<std::pair<std::size_t, CategoryIndex>, int> m_cell_line;
};

std::string split_of(const CsvRecord& record, const Columns& columns, const std::string& where) {
    if (!columns.split) {
        return {};
    }
    std::string split = trimmed(record.fields[*columns.split]);
    if (split.empty()) {
        throw ConfigError(fmt::format("{}: no split (the header has a split column, so every row needs one)", where));
    }
    if (split == "all") {
        throw ConfigError(fmt::format("{}: 'all' cannot be a split name: it stands for every split together", where));
    }
    return split;
}

}  // namespace

Labels parse_labels(std::string_view content, const std::string& source, const Lexicon& lexicon) {
    const std::vector<CsvRecord> records = read_csv(content, source);
    if (records.empty()) {
        throw ConfigError(
            fmt::format("{}: empty: the first line must be a header such as file,category,grade", source));
    }
    const Columns columns = read_header(records.front(), source);
    LabelsBuilder builder(source, columns.split.has_value());
    for (std::size_t i = 1; i < records.size(); ++i) {
        const CsvRecord& record = records[i];
        const std::string where = fmt::format("{}:{}", source, record.line);
        if (record.fields.size() != columns.count) {
            throw ConfigError(
                fmt::format("{}: {} fields, but the header has {}", where, record.fields.size(), columns.count));
        }
        const std::string file = trimmed(record.fields[columns.file]);
        if (file.empty()) {
            throw ConfigError(fmt::format("{}: no file", where));
        }
        const CategoryIndex category = category_named(trimmed(record.fields[columns.category]), lexicon, where);
        const Grade grade = grade_named(trimmed(record.fields[columns.grade]), where);
        builder.add(file, split_of(record, columns, where), Label{0, category, grade, record.line}, where);
    }
    Labels labels = builder.finish();
    if (labels.labels.empty()) {
        throw ConfigError(fmt::format("{}: no labels, only a header", source));
    }
    return labels;
}

Labels read_labels(const std::string& path, const Lexicon& lexicon) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        throw ConfigError(fmt::format("{}: a folder, not a labels file", path));
    }
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    if (file) {
        content << file.rdbuf();
    }
    if (!file || file.bad()) {
        throw ConfigError(fmt::format("{}: cannot read the labels file", path));
    }
    return parse_labels(content.str(), path, lexicon);
}

Labels select_splits(const Labels& labels, const std::vector<std::string>& splits) {
    if (splits.empty()) {
        return labels;
    }
    if (!labels.has_split) {
        throw ConfigError(fmt::format("--split {}: {} has no split column", splits.front(), labels.source));
    }
    for (const std::string& split : splits) {
        if (std::find(labels.splits.begin(), labels.splits.end(), split) == labels.splits.end()) {
            throw ConfigError(fmt::format("--split {}: no label in {} has this split (its splits: {})", split,
                                          labels.source, fmt::join(labels.splits, ", ")));
        }
    }
    const auto selected = [&splits](const std::string& split) {
        return std::find(splits.begin(), splits.end(), split) != splits.end();
    };
    Labels chosen{labels.source, true, {}, {}, {}};
    std::copy_if(labels.splits.begin(), labels.splits.end(), std::back_inserter(chosen.splits), selected);
    std::vector<std::size_t> renumbered(labels.files.size(), labels.files.size());
    for (std::size_t i = 0; i < labels.files.size(); ++i) {
        if (selected(labels.files[i].split)) {
            renumbered[i] = chosen.files.size();
            chosen.files.push_back(labels.files[i]);
        }
    }
    for (Label label : labels.labels) {
        if (renumbered[label.file] < chosen.files.size()) {
            label.file = renumbered[label.file];
            chosen.labels.push_back(label);
        }
    }
    return chosen;
}

}  // namespace galascan
