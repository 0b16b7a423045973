#pragma once
// Finding what is printed on every page but is not content: running headers and footers,
// page numbers, and the table of contents.

#include <string_view>
#include <vector>

namespace galascan {

using PageLines = std::vector<std::string_view>;   // one page's lines, trimmed, blanks kept

// For every page and line: true when the line is a running header or footer (the same
// line, up to its numbers, at the top or bottom of many pages) or a page number
// ("Pagina 3 van 40", "- 3 -", "3").
std::vector<std::vector<bool>> find_running_lines(const std::vector<PageLines>& pages);

// For every page and line: true when the line belongs to a table of contents: its title
// ("Inhoud", "Inhoudsopgave") and entries ending in a page number after dot leaders, or
// after a wide gap on a page titled as contents.
std::vector<std::vector<bool>> find_table_of_contents(const std::vector<PageLines>& pages);

}  // namespace galascan
