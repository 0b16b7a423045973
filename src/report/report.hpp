#pragma once
// The report model: everything every writer prints, computed once.

#include <string>
#include <utility>
#include <vector>

#include "extract/document.hpp"
#include "extract/status.hpp"
#include "lexicon/lexicon.hpp"
#include "score/score_document.hpp"

namespace galascan {

struct CategoryInfo {
    std::string id;
    CategoryKind kind = CategoryKind::theme;
    std::string label;
    std::string short_label;
};

struct DocumentReport {
    std::string path;                      // as given or found, byte for byte
    DocumentStatus status = DocumentStatus::ok;  // see extract/status.hpp
    std::string reason;                    // one human line; empty when ok
    int pages = 0;
    int words = 0;                         // words of content (contents pages and furniture excluded)
    int furniture_lines = 0;               // running headers, footers, page numbers set aside
    int toc_lines = 0;                     // table of contents lines (named topics, not content)
    std::vector<std::string> diagnostics;  // Poppler's messages for this file
    std::string content_hash;              // hex of the file's bytes' hash; empty unless analysed
    PdfInfo info;                          // the PDF's own metadata (analysed documents)
    std::vector<std::pair<std::string, std::string>> tags;  // --tag, --tag-from-path: key, value
    RelevanceVerdict relevance;            // is it about the social domain (analysed documents)
    std::vector<CategoryScore> categories; // in Report::categories order; empty unless analysed
    bool operator==(const DocumentReport&) const = default;
};

// Counts over a run (JSON `summary`, --stats). Time only when asked for: without it the
// report is the same on every run.
struct RunStats {
    bool timed = false;    // --stats: seconds and pages per second are reported
    double seconds = 0;    // wall time of the analysis
    int jobs = 1;          // worker processes
    int cache_hits = 0;    // documents whose text came from the cache
};

// One --require rule and the documents and categories it found below its grade (JSON
// `requirements`): a CI script reads which rule failed where without parsing stderr.
struct RequirementShortfall {
    std::string path;
    CategoryIndex category = 0;
    Grade grade = Grade::absent;
    bool operator==(const RequirementShortfall&) const = default;
};
struct RequirementResult {
    std::string rule;                          // as given: "themes=mentioned"
    Grade required = Grade::mentioned;
    std::vector<RequirementShortfall> unmet;   // in report order; empty: the rule is met
    bool operator==(const RequirementResult&) const = default;
};

struct Report {
    int schema_version = 1;
    std::string galascan_version;
    std::vector<std::string> lexicon_files;
    std::vector<CategoryInfo> categories;
    std::vector<DocumentReport> documents;  // in input order
    std::vector<RequirementResult> requirements;  // one per --require rule, in the order given
    RunStats stats;
};

// Counts over a report's documents: JSON's `summary`, --stats, the exit code.
struct ReportSummary {
    int documents = 0;
    int analysed = 0;
    int failed = 0;
    int pages = 0;
    std::vector<std::pair<DocumentStatus, int>> statuses;   // how many have each, in order of first appearance
};
ReportSummary summarise(const Report& report);

// True when the document was read and graded (ok or partial).
bool is_analysed(DocumentStatus status);
std::vector<CategoryInfo> category_infos(const Lexicon& lexicon);

// Why two reports cannot be set side by side (another schema, galascan version, lexicon or
// set of categories), or empty when they can.
std::string header_difference(const Report& a, const Report& b);

}  // namespace galascan
