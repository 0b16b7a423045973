#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexicon/load_lexicon.hpp"
#include "match/matcher.hpp"

using namespace galascan;

namespace {

Lexicon lexicon_of(std::initializer_list<std::pair<std::string, std::vector<std::string>>> categories) {
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

// The matched words of every hit, as "category:word".
std::vector<std::string> matches(const Lexicon& lexicon, const std::string& raw_text) {
    const NormaliseOptions options;
    const Matcher matcher(lexicon, options);
    const std::string text = fold_for_matching(raw_text, options);
    std::vector<std::string> found;
    for (const Hit& hit : matcher.find_all(text)) {
        found.push_back(lexicon.categories[hit.category].id + ":" + text.substr(hit.range.begin, hit.range.size()));
    }
    return found;
}

}  // namespace

TEST_CASE("a term matches at the start of a word, inside compounds, and the hit covers the word") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorg"}}});
    CHECK(matches(lexicon, "Mantelzorgers en mantelzorgondersteuning.") ==
          std::vector<std::string>{"mz:mantelzorgers", "mz:mantelzorgondersteuning"});
}

TEST_CASE("a term never matches in the middle of a word") {
    const Lexicon lexicon = lexicon_of({{"w", {"wijk"}}});
    CHECK(matches(lexicon, "Een afwijking van het plan.").empty());
}

TEST_CASE("multi-word terms match across line breaks and runs of spaces, inner words whole") {
    const Lexicon lexicon = lexicon_of({{"e", {"sociaal isolement"}}});
    CHECK(matches(lexicon, "raken in sociaal\nisolement") == std::vector<std::string>{"e:sociaal\nisolement"});
    CHECK(matches(lexicon, "sociaal   isolement").size() == 1);
    CHECK(matches(lexicon, "sociaalisolement").empty());
    CHECK(matches(lexicon, "sociaaler isolement").empty());
}

TEST_CASE("matching ignores case and diacritics on both sides") {
    const Lexicon lexicon = lexicon_of({{"c", {"coördinatie"}}});
    CHECK(matches(lexicon, "COORDINATIE en coo\u0308rdinatie").size() == 2);
}

TEST_CASE("the longest term of a category wins and its hits do not overlap") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorgers", "jonge mantelzorgers"}}});
    CHECK(matches(lexicon, "Jonge mantelzorgers krijgen hulp.") ==
          std::vector<std::string>{"mz:jonge mantelzorgers"});
}

TEST_CASE("each category finds its own hits in the same words") {
    const Lexicon lexicon = lexicon_of({{"a", {"wijkteam"}}, {"b", {"wijk"}}});
    CHECK(matches(lexicon, "het wijkteam") == std::vector<std::string>{"a:wijkteam", "b:wijkteam"});
}

TEST_CASE("results do not depend on the order of terms") {
    const Lexicon forward = lexicon_of({{"mz", {"mantelzorg", "jonge mantelzorgers", "respijtzorg"}}});
    const Lexicon backward = lexicon_of({{"mz", {"respijtzorg", "jonge mantelzorgers", "mantelzorg"}}});
    const std::string text = "Jonge mantelzorgers, respijtzorg en mantelzorg.";
    CHECK(matches(forward, text) == matches(backward, text));
}

TEST_CASE("hostile bytes do not break the scan") {
    const Lexicon lexicon = lexicon_of({{"mz", {"mantelzorg"}}});
    CHECK(matches(lexicon, "\x1b[31m mantelzorg\x07 \u202e mantelzorg").size() == 2);
}
