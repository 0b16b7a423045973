#include "text/nearest_name.hpp"

#include <algorithm>

namespace galascan {

namespace {

// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one
// substring): a swap of two neighbouring letters, the commonest typo, is one edit.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t width = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * width);
    for (std::size_t i = 0; i <= a.size(); ++i) {
        d[i * width] = i;
    }
    for (std::size_t j = 0; j <= b.size(); ++j) {
        d[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t best = std::min({d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1,
                                         d[(i - 1) * width + j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    return d[a.size() * width + b.size()];
}

}  // namespace

std::optional<std::string> nearest_name(std::string_view typed, const std::vector<std::string>& candidates) {
    constexpr std::size_t longest_compared = 64;  // a long argument is a path, not a typo; keeps this cheap
    if (typed.empty() || typed.size() > longest_compared) {
        return std::nullopt;
    }
    const std::size_t allowed = typed.size() <= 4 ? 1 : 2;
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (const std::string& candidate : candidates) {
        if (candidate == typed || candidate.size() > longest_compared) {
            continue;
        }
        const std::size_t distance = edit_distance(typed, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace galascan
