#pragma once
// Reading order on two-column pages.

#include <string_view>
#include <vector>

namespace galascan {

// The lines of one page (as Poppler's physical layout prints them: columns side by side,
// positions kept with spaces) in reading order: where the page has a gutter, all lines of
// the left column first, then the right column, region by region; lines that run across
// the gutter (a title, a wide table) stay whole where they are. A page without a gutter
// comes back unchanged. The views point into `lines`.
std::vector<std::string_view> in_reading_order(const std::vector<std::string_view>& lines);

}  // namespace galascan
