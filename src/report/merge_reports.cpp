#include "report/merge_reports.hpp"

#include <algorithm>

#include <fmt/core.h>

namespace galascan {

std::variant<Report, MergeError> merge_reports(std::vector<NamedReport> parts) {
    if (parts.empty()) {
        return MergeError{"no reports to merge"};
    }
    Report merged;
    merged.schema_version = parts.front().report.schema_version;
    merged.galascan_version = parts.front().report.galascan_version;
    merged.lexicon_files = parts.front().report.lexicon_files;
    merged.categories = parts.front().report.categories;
    struct Entry {
        DocumentReport document;
        std::size_t part = 0;
    };
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (std::string difference = header_difference(merged, parts[i].report); !difference.empty()) {
            return MergeError{fmt::format("{} and {} cannot be merged: {}", parts.front().source, parts[i].source,
                                          difference)};
        }
        for (DocumentReport& document : parts[i].report.documents) {
            entries.push_back(Entry{std::move(document), i});
        }
    }
    // Stable: of two equal entries of one file, the first part's is kept.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.document.path < b.document.path; });
    for (Entry& entry : entries) {
        if (!merged.documents.empty() && merged.documents.back().path == entry.document.path) {
            if (!(merged.documents.back() == entry.document)) {
                return MergeError{fmt::format("{} is in more than one report, with different results (in {}): "
                                              "merge the reports of one run",
                                              entry.document.path, parts[entry.part].source)};
            }
            continue;
        }
        merged.documents.push_back(std::move(entry.document));
    }
    return merged;
}

}  // namespace galascan
