#pragma once
// Every writer: the report's formats (table, CSV, JSON, JSON Lines), `galascan text`, `explain`
// and `evaluate`. Thin functions over data computed before them: they decide layout only;
// grades, scores, order and evidence were settled when the Report was built.

#include <ostream>

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

// One header row, then one row per document (RFC 4180, UTF-8, CRLF line ends).
void write_csv(const Report& report, std::ostream& out);

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
