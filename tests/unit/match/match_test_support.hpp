#pragma once
// Helpers shared by the matcher's tests: lexicons written in a line, and the words each hit
// covers.

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/load_lexicon.hpp"
#include "match/matcher.hpp"

namespace galascan::test {

// One theme per (id, entries) pair, the entries as strings.
inline Lexicon lexicon_of(std::initializer_list<std::pair<std::string, std::vector<std::string>>> categories) {
    std::string toml;
    for (const auto& [id, terms] : categories) {
        toml += "[[category]]\nid = \"" + id + "\"\nkind = \"theme\"\nlabel = \"" + id + "\"\nterms = [";
        for (const std::string& term : terms) {
            toml += "\"" + term + "\",";
        }
        toml += "]\n";
    }
    return load_lexicon({LexiconSource{"test.toml", toml}});
}

inline Lexicon lexicon_from(const std::string& toml) {
    return load_lexicon({LexiconSource{"test.toml", toml}});
}

// The matched words of every hit, as "category:words", in the folded text.
inline std::vector<std::string> matches(const Lexicon& lexicon, const std::string& raw_text) {
    const NormaliseOptions options;
    const Matcher matcher(lexicon, options);
    const std::string text = fold_for_matching(raw_text, options);
    std::vector<std::string> found;
    for (const Hit& hit : matcher.find_all(text)) {
        found.push_back(lexicon.categories[hit.category].id + ":" + text.substr(hit.range.begin, hit.range.size()));
    }
    return found;
}

}  // namespace galascan::test
