#include "score/evidence.hpp"

#include <algorithm>

#include "text/character_classes.hpp"

namespace galascan {

std::string make_snippet(std::string_view source, ByteRange hit, ByteRange limits, std::size_t context) {
    std::size_t begin = hit.begin > limits.begin + context ? hit.begin - context : limits.begin;
    std::size_t end = std::min(limits.end, hit.end + context);
    const bool cut_before = begin > limits.begin;
    const bool cut_after = end < limits.end;
    // Cut at word boundaries: drop the partial word at each cut end.
    if (cut_before) {
        while (begin < hit.begin && !is_ascii_space(source[begin])) {
            ++begin;
        }
    }
    if (cut_after) {
        while (end > hit.end && !is_ascii_space(source[end - 1])) {
            --end;
        }
    }
    begin = floor_to_code_point(source, begin);
    end = std::max(floor_to_code_point(source, end), hit.end);
    std::string snippet = join_whitespace(source.substr(begin, end - begin));
    if (cut_before) {
        snippet.insert(0, "…");
    }
    if (cut_after) {
        snippet += "…";
    }
    return snippet;
}

}  // namespace galascan
