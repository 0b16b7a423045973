#pragma once
// "Did you mean": the known name nearest to a mistyped one (a subcommand, an option, a
// category id), for the error message.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace galascan {

// The candidate with the fewest edits (insert, delete, replace, swap two neighbours) from
// `typed`, when that is few enough to be a typo: 1 edit for names up to 4 characters, 2 for
// longer ones. Ties go to the earlier candidate; nothing when none is close.
std::optional<std::string> nearest_name(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace galascan
