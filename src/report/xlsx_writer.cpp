// The xlsx workbook (--format xlsx), the one file that includes libxlsxwriter. Three sheets:
// "documents" (a row per input, a grade cell per category filled by grade), "evidence" (a
// row per document x category x evidence line, from report/evidence_rows.cpp like the long
// CSV) and "failed or partial" (the inputs not analysed, or analysed only in part, and why).
//
// Cells from PDFs and file names go through worksheet_write_string only: a string cell is
// a shared string, which Excel and LibreOffice never evaluate, so "=HYPERLINK(...)" stays
// text with nothing prepended (the CSV writers must prepend an apostrophe; here the cell
// type says it). Controls are escaped as everywhere (report/sanitise.hpp). Our own numbers
// go through worksheet_write_number, so a spreadsheet sums them.
//
// libxlsxwriter 1.1 writes only to a named file, so the workbook is built in a private
// temporary file and its bytes copied to `out`: the caller then writes them as it writes
// every report (-o atomically, or standard output). The creation time is fixed, which
// makes the file the same bytes for the same report (docProps/core.xml and the zip's
// entries carry it): goldens and caches can compare it.

#include <xlsxwriter.h>

#include <unistd.h>

#include <cassert>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "report/evidence_rows.hpp"
#include "report/sanitise.hpp"
#include "report/writers.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

// 2000-01-01T00:00:00Z: a fixed creation time (see above); any fixed time would do.
constexpr std::time_t fixed_creation_time = 946684800;

// Excel's limit for a cell's text; libxlsxwriter refuses longer strings, counted in bytes.
constexpr std::size_t max_cell_bytes = 32767;

// Fills readable with black text on screen and in print, told apart without colour too
// (the cell says the grade in words).
constexpr lxw_color_t absent_fill = 0xF4CCCC;     // light red
constexpr lxw_color_t mentioned_fill = 0xFFE599;  // light amber
constexpr lxw_color_t covered_fill = 0xB6D7A8;    // light green

void check(lxw_error error, std::string_view what) {
    if (error != LXW_NO_ERROR) {
        throw ReportWriteError(fmt::format("cannot build the xlsx report ({}): {}", what, lxw_strerror(error)));
    }
}

// Untrusted text as a cell's text: controls escaped, valid UTF-8, cut to Excel's limit.
std::string cell_text(std::string_view text) {
    std::string safe = escape_controls(text);
    if (safe.size() > max_cell_bytes) {
        safe.resize(floor_to_code_point(safe, max_cell_bytes - 3));
        safe += "…";
    }
    return safe;
}

std::size_t grade_index(Grade grade) {
    static_assert(grade_names.size() == 3, "a fill per grade");
    assert(grade < Grade::count);
    return static_cast<std::size_t>(grade);
}

// The formats of the workbook, made once (libxlsxwriter owns them).
struct Formats {
    lxw_format* heading = nullptr;
    lxw_format* key = nullptr;  // the row of stable column keys under the headings
    lxw_format* grade[3] = {nullptr, nullptr, nullptr};
};

Formats make_formats(lxw_workbook* workbook) {
    Formats formats;
    formats.heading = workbook_add_format(workbook);
    format_set_bold(formats.heading);
    format_set_text_wrap(formats.heading);
    formats.key = workbook_add_format(workbook);
    format_set_font_color(formats.key, 0x595959);
    format_set_italic(formats.key);
    const lxw_color_t fills[3] = {absent_fill, mentioned_fill, covered_fill};
    for (int grade = 0; grade < 3; ++grade) {
        formats.grade[grade] = workbook_add_format(workbook);
        format_set_bg_color(formats.grade[grade], fills[grade]);
        format_set_font_color(formats.grade[grade], 0x000000);
    }
    return formats;
}

// One worksheet and the row being written.
class Sheet {
public:
    Sheet(lxw_workbook* workbook, const char* name) : m_sheet(workbook_add_worksheet(workbook, name)) {
        if (m_sheet == nullptr) {
            throw ReportWriteError(fmt::format("cannot build the xlsx report: no sheet '{}'", name));
        }
    }
    lxw_worksheet* get() const { return m_sheet; }
    lxw_row_t row() const { return m_row; }
    void text(lxw_col_t column, std::string_view value, lxw_format* format = nullptr) const {
        check(worksheet_write_string(m_sheet, m_row, column, cell_text(value).c_str(), format), "a text cell");
    }
    void number(lxw_col_t column, double value) const {
        check(worksheet_write_number(m_sheet, m_row, column, value, nullptr), "a number cell");
    }
    void next_row() { ++m_row; }
    void width(lxw_col_t first, lxw_col_t last, double characters) const {
        check(worksheet_set_column(m_sheet, first, last, characters, nullptr), "a column width");
    }
    // The header rows frozen, and a filter on the last of them down to the last row.
    void freeze_and_filter(lxw_col_t columns) const {
        const lxw_row_t last = m_row > m_header_rows ? m_row - 1 : m_header_rows - 1;
        worksheet_freeze_panes(m_sheet, m_header_rows, 0);
        check(worksheet_autofilter(m_sheet, m_header_rows - 1, 0, last, columns - 1), "an autofilter");
    }
    void end_header() { m_header_rows = m_row; }

private:
    lxw_worksheet* m_sheet;
    lxw_row_t m_row = 0;
    lxw_row_t m_header_rows = 1;
};

void write_headings(Sheet& sheet, const std::vector<std::string>& headings, lxw_format* format) {
    for (std::size_t column = 0; column < headings.size(); ++column) {
        sheet.text(static_cast<lxw_col_t>(column), headings[column], format);
    }
    sheet.next_row();
}

// Row 1 the headings a person reads (the categories by their Dutch names), row 2 the stable
// keys a script reads (the CSV's column names, the category ids); the filter sits on row 2.
void write_documents_sheet(lxw_workbook* workbook, const Report& report, const Formats& formats) {
    Sheet sheet(workbook, "documents");
    std::vector<std::string> headings = {"File", "Status", "Reason", "Pages", "Words"};
    std::vector<std::string> keys = {"file", "status", "reason", "pages", "words"};
    for (const CategoryInfo& category : report.categories) {
        headings.push_back(category.label);
        keys.push_back(category.id);
    }
    write_headings(sheet, headings, formats.heading);
    write_headings(sheet, keys, formats.key);
    sheet.end_header();
    for (const DocumentReport& document : report.documents) {
        sheet.text(0, document.path);
        sheet.text(1, status_name(document.status));
        sheet.text(2, document.reason);
        sheet.number(3, document.pages);
        sheet.number(4, document.words);
        for (std::size_t i = 0; i < document.categories.size() && i < report.categories.size(); ++i) {
            const Grade grade = document.categories[i].grade;
            sheet.text(static_cast<lxw_col_t>(5 + i), grade_name(grade),
                       formats.grade[grade_index(grade)]);
        }
        sheet.next_row();
    }
    const auto columns = static_cast<lxw_col_t>(keys.size());
    sheet.width(0, 0, 45);
    sheet.width(1, 1, 12);
    sheet.width(2, 2, 40);
    sheet.width(3, 4, 8);
    if (columns > 5) {
        sheet.width(5, columns - 1, 14);
    }
    sheet.freeze_and_filter(columns);
}

void write_evidence_sheet(lxw_workbook* workbook, const Report& report, const Formats& formats) {
    Sheet sheet(workbook, "evidence");
    const std::vector<std::string> keys = {"file",  "category", "category_label", "grade",   "page", "page_label",
                                           "block", "term",     "text",           "snippet", "rule"};
    write_headings(sheet, keys, formats.heading);
    sheet.end_header();
    for (const EvidenceRow& row : evidence_rows(report, false)) {
        const Evidence& evidence = *row.evidence;
        sheet.text(0, row.document->path);
        sheet.text(1, row.category->id);
        sheet.text(2, row.category->label);
        sheet.text(3, grade_name(row.score->grade), formats.grade[grade_index(row.score->grade)]);
        sheet.number(4, evidence.page_index);
        sheet.text(5, evidence.page_label);
        sheet.text(6, block_kind_name(evidence.block_kind));
        sheet.text(7, evidence.term);
        sheet.text(8, evidence.text);
        sheet.text(9, evidence.snippet);
        sheet.text(10, row.score->rule);
        sheet.next_row();
    }
    sheet.width(0, 0, 45);
    sheet.width(1, 2, 22);
    sheet.width(3, 3, 11);
    sheet.width(4, 6, 9);
    sheet.width(7, 8, 22);
    sheet.width(9, 9, 80);
    sheet.width(10, 10, 60);
    sheet.freeze_and_filter(static_cast<lxw_col_t>(keys.size()));
}

void write_failed_or_partial_sheet(lxw_workbook* workbook, const Report& report, const Formats& formats) {
    Sheet sheet(workbook, "failed or partial");
    write_headings(sheet, {"file", "status", "reason"}, formats.heading);
    sheet.end_header();
    for (const DocumentReport& document : report.documents) {
        if (document.status == DocumentStatus::ok) {
            continue;
        }
        sheet.text(0, document.path);
        sheet.text(1, status_name(document.status));
        sheet.text(2, document.reason);
        sheet.next_row();
    }
    sheet.width(0, 0, 45);
    sheet.width(1, 1, 12);
    sheet.width(2, 2, 80);
    sheet.freeze_and_filter(3);
}

// A temporary file of our own, removed when done.
class TemporaryFile {
public:
    TemporaryFile() {
        std::error_code error;
        std::filesystem::path folder = std::filesystem::temp_directory_path(error);
        if (error) {
            folder = "/tmp";
        }
        m_path = (folder / "galascan-xlsx-XXXXXX").string();
        const int descriptor = ::mkstemp(m_path.data());
        if (descriptor < 0) {
            throw ReportWriteError(fmt::format("cannot build the xlsx report: cannot create a temporary file in {}: {}",
                                               folder.string(), std::strerror(errno)));
        }
        ::close(descriptor);
    }
    ~TemporaryFile() { ::unlink(m_path.c_str()); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

// Closes the workbook (writing its file) on every path out, exceptions included: it owns
// memory and temporary files of its own.
class Workbook {
public:
    explicit Workbook(const std::string& path) {
        lxw_workbook_options options{};
        m_workbook = workbook_new_opt(path.c_str(), &options);
        if (m_workbook == nullptr) {
            throw ReportWriteError("cannot build the xlsx report: libxlsxwriter could not start a workbook");
        }
    }
    ~Workbook() {
        if (m_workbook != nullptr) {
            workbook_close(m_workbook);
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;
    lxw_workbook* get() const { return m_workbook; }
    void close() {
        lxw_workbook* workbook = m_workbook;
        m_workbook = nullptr;
        check(workbook_close(workbook), "writing the workbook");
    }

private:
    lxw_workbook* m_workbook = nullptr;
};

}  // namespace

void write_xlsx(const Report& report, std::ostream& out) {
    const TemporaryFile file;
    {
        Workbook workbook(file.path());
        lxw_doc_properties properties{};
        std::string title = "galascan report";
        properties.title = title.data();
        properties.created = fixed_creation_time;
        check(workbook_set_properties(workbook.get(), &properties), "the document properties");
        const Formats formats = make_formats(workbook.get());
        write_documents_sheet(workbook.get(), report, formats);
        write_evidence_sheet(workbook.get(), report, formats);
        write_failed_or_partial_sheet(workbook.get(), report, formats);
        workbook.close();
    }
    std::ifstream bytes(file.path(), std::ios::binary);
    out << bytes.rdbuf();
    if (!bytes) {
        throw ReportWriteError("cannot build the xlsx report: cannot read back its temporary file");
    }
}

}  // namespace galascan
