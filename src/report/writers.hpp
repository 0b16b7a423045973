#pragma once
// Every writer: the report's formats (table, CSV wide and long, xlsx, JSON, JSON Lines), `galascan text`, `explain`
// and `evaluate`. Thin functions over data computed before them: they decide layout only;
// grades, scores, order and evidence were settled when the Report was built.

#include <ostream>
#include <stdexcept>

#include "layout/classify_blocks.hpp"
#include "report/evaluation.hpp"
#include "report/report.hpp"

namespace galascan {

// How the terminal table may look; decided once in cli/terminal.cpp.
struct TableStyle {
    bool color = false;   // ANSI colours (only on a terminal, never with NO_COLOR)
    int width = 0;        // terminal columns to fit snippets into; 0 = no limit (not a terminal)
};

// A batch (several documents) as a documents x categories grid plus status rows; a single
// document as its categories with the best evidence lines.
void write_table(const Report& report, std::ostream& out, const TableStyle& style);

// How a CSV is spelt (--csv-dialect). Both end lines in CRLF and are UTF-8; every number
// galascan puts in a CSV is a whole number (pages, words, scores, lines), so no dialect needs
// a decimal mark of its own.
struct CsvDialect {
    char separator = ',';          // ',' per RFC 4180; ';' where the decimal mark is a comma
    bool byte_order_mark = false;  // a UTF-8 BOM first: Excel reads the file as UTF-8, not Windows-1252
    char decimal_mark = '.';       // in numbers with a fraction (hits per 1,000 words)
};
inline constexpr CsvDialect rfc4180_dialect{};
// Dutch Excel's: it splits lists on ';', reads "2,5" as a number and "2.5" as a date or text,
// and reads a CSV without a BOM as Windows-1252.
inline constexpr CsvDialect excel_nl_dialect{';', true, ','};

// One header row, then one row per document (UTF-8, CRLF line ends; RFC 4180 by default).
void write_csv(const Report& report, std::ostream& out, const CsvDialect& dialect = rfc4180_dialect);

// The long layout (--format csv-long): one row per document x category x evidence line
// (a category without evidence and a document not analysed: one row with those cells empty).
void write_csv_long(const Report& report, std::ostream& out, const CsvDialect& dialect = rfc4180_dialect);

// The workbook (--format xlsx): a documents sheet (grades coloured), an evidence sheet and a
// "failed or partial" sheet (the documents not analysed, or only in part). Throws ReportWriteError when
// libxlsxwriter cannot build it (no room for its temporary file, say).
void write_xlsx(const Report& report, std::ostream& out);

// A report that could not be put together (not a bug: exit 4, like an unwritable -o).
struct ReportWriteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The JSON document described in docs/output-formats.md (schema_version 1).
void write_json(const Report& report, std::ostream& out);

// JSON Lines: one line per document as it becomes final, then one summary line (with the
// schema version, lexicon and categories), so a huge batch streams and shards concatenate.
void write_jsonl_document(const Report& report, const DocumentReport& document, std::ostream& out);
void write_jsonl_summary(const Report& report, std::ostream& out);

// `galascan text`: one block per line, "p. <page>  <kind>  <text>", hyphenation undone,
// controls escaped.
void write_blocks(const LaidOutDocument& document, std::ostream& out);

// The same as JSON: {"schema_version": 1, "file", "blocks": [{"page", "kind", "level", "text"}]}.
void write_blocks_json(const std::string& path, const LaidOutDocument& document, std::ostream& out);

// `galascan explain`: per category (or only `only_category` when not empty) the grade, the
// rule that gave it and every hit; then the lines set aside and why.
void write_explanation(const DocumentReport& report, const LaidOutDocument& laid_out,
                       const std::vector<CategoryInfo>& categories, const std::string& only_category, std::ostream& out);

// `galascan evaluate`: the figures per split side by side, agreement per category, the
// confusion matrices, then each document with its disagreements and galascan's reasons.
void write_evaluation_table(const Evaluation& evaluation, std::ostream& out);

// The same as JSON (docs/output-formats.md, "galascan evaluate"; schema_version 1).
void write_evaluation_json(const Evaluation& evaluation, std::ostream& out);

}  // namespace galascan
