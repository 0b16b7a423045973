#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "pipeline/check_lexicon.hpp"

using namespace galascan;

namespace {

LexiconCheck check_of(const std::string& toml) { return check_lexicon({LexiconSource{"t.toml", toml}}); }

const std::string header = "[[category]]\nid = \"mz\"\nkind = \"theme\"\nlabel = \"Mantelzorg\"\n";

bool has_finding(const LexiconCheck& check, bool is_error, const std::string& where, const std::string& part) {
    return std::any_of(check.findings.begin(), check.findings.end(), [&](const LexiconFinding& f) {
        return f.is_error == is_error && f.where == where && f.message.find(part) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("a syntax error is reported with its file, line and column") {
    const LexiconCheck check = check_of(header + "terms = [\"mantelzorg\"\n");
    REQUIRE(check.findings.size() == 1);
    CHECK(check.findings[0].where.rfind("t.toml:", 0) == 0);
    CHECK(check.findings[0].where == "t.toml:5:23");  // where the array was left open
    CHECK(!check.sound());
}

TEST_CASE("every file's errors are reported, not only the first file's") {
    const LexiconCheck check = check_lexicon({LexiconSource{"a.toml", "x = 1\n"}, LexiconSource{"b.toml", "[[category]]\n"}});
    CHECK(check.findings.size() == 2);
}

TEST_CASE("duplicates and entries that can never match are errors") {
    const LexiconCheck check = check_of(header + "terms = [\"mantelzorg\", \"Mantelzorg\", \"(respijt\", \"\\u00AD\"]\n");
    CHECK(has_finding(check, true, "t.toml:5:24", "duplicates the entry at t.toml:5:10"));
    CHECK(has_finding(check, true, "t.toml:5:38", "can never match"));
    CHECK(has_finding(check, true, "t.toml:5:50", "empty after folding"));
    CHECK(!check.sound());
}

TEST_CASE("redundant entries and overlaps between categories are warnings") {
    const LexiconCheck check = check_of(header + "terms = [\"mantelzorg*\", \"mantelzorgers\"]\n" +
                                        "[[category]]\nid = \"x\"\nkind = \"theme\"\nlabel = \"X\"\nterms = [\"mantelzorg*\"]\n");
    CHECK(has_finding(check, false, "t.toml:5:25", "redundant: 'mantelzorg*' already finds it"));
    CHECK(has_finding(check, false, "t.toml:5:10", "an entry of 2 categories: mz, x"));
    CHECK(check.sound());
}

TEST_CASE("examples must be found and counterexamples must not") {
    const LexiconCheck good = check_of(header + "terms = [\"mantelzorg*\"]\nexclude = [\"mantelzorgverzekering\"]\n" +
                                       "examples = [\"Het Steunpunt Mantelzorg helpt.\"]\n" +
                                       "counterexamples = [\"De mantelzorgverzekering is duur.\"]\n");
    CHECK(good.examples == 2);
    CHECK(good.examples_failed == 0);
    CHECK(good.sound());
    const LexiconCheck bad = check_of(header + "terms = [\"mantelzorg*\"]\n" + "examples = [\"Zorgen voor een naaste.\"]\n" +
                                      "counterexamples = [\"De mantelzorgverzekering is duur.\"]\n");
    CHECK(bad.examples_failed == 2);
    CHECK(has_finding(bad, true, "t.toml:1:1", "example not found: \"Zorgen voor een naaste.\""));
    CHECK(has_finding(bad, true, "t.toml:1:1", "counterexample graded by 'mantelzorg*' (\"mantelzorgverzekering\")"));
}

TEST_CASE("the built-in lexicon is sound and its examples all pass") {
    const LexiconCheck check = check_lexicon(builtin_lexicon_sources());
    for (const LexiconFinding& finding : check.findings) {
        CAPTURE(finding.where);
        CAPTURE(finding.message);
        CHECK(!finding.is_error);
    }
    CHECK(check.sound());
    CHECK(check.examples >= 12 * 7);  // every category: at least 4 examples and 3 counterexamples
    CHECK(check.examples_failed == 0);
}

TEST_CASE("a counterexample fails only when the category would be graded from it, in its context") {
    // "regie" is a word of many fields; in a sentence about the social domain it counts, in a
    // sentence about a parking garage it does not, because the text is about something else.
    auto lexicon_with = [](const std::string& counterexample) {
        return "[[category]]\nid = \"rg\"\nkind = \"bouwsteen\"\nlabel = \"Rol gemeente\"\nterms = [\"regie\"]\n"
               "counterexamples = [\"" + counterexample + "\"]\n[domain]\nlabel = \"Sociaal domein\"\nterms = [\"welzijn*\"]\n";
    };
    CHECK(check_of(lexicon_with("De gemeente heeft de regie over de bouw van de parkeergarage.")).sound());
    const LexiconCheck social = check_of(lexicon_with("De gemeente voert de regie over het welzijnswerk."));
    CHECK(has_finding(social, true, "t.toml:1:1", "counterexample graded by 'regie'"));
}

TEST_CASE("entries shared with the domain register are no overlap") {
    const LexiconCheck check = check_of(header + "terms = [\"mantelzorg*\"]\n" +
                                        "[domain]\nlabel = \"D\"\nterms = [\"mantelzorg*\"]\n");
    CHECK_FALSE(has_finding(check, false, "t.toml:5:10", "an entry of 2 categories"));
}

TEST_CASE("a misplaced '|' is an error with its place; one that can do nothing is a warning") {
    const LexiconCheck bad = check_of(header + "terms = [\"om|zien naar elkaar\"]\n");
    CHECK(has_finding(bad, true, "t.toml:5:10", "'|' must stand in the last word"));
    CHECK(!bad.sound());
    const LexiconCheck idle = check_of(header + "terms = [\"wijk- en buurtgericht samen|werken\"]\n");
    CHECK(has_finding(idle, false, "t.toml:5:10", "'|' has no effect"));
    CHECK(idle.sound());
}

TEST_CASE("redundancy counts every word order an entry finds") {
    const LexiconCheck check = check_of(header + "terms = [\"samen te werken\", \"samenwerken\", \"werken samen\"]\n");
    CHECK(has_finding(check, false, "t.toml:5:10", "'samen te werken' is redundant: 'samenwerken' already finds it"));
    CHECK(has_finding(check, false, "t.toml:5:44", "'werken samen' is redundant: 'samenwerken' already finds it"));
    CHECK(!has_finding(check, false, "t.toml:5:29", "redundant"));  // the others find neither "werken we samen" ...
}

TEST_CASE("of two entries that find each other's forms, only the later is named redundant") {
    const LexiconCheck check = check_of(header + "terms = [\"elkaar ontmoeten\", \"elkaar te ontmoeten\"]\n");
    CHECK(!has_finding(check, false, "t.toml:5:10", "redundant"));
    CHECK(has_finding(check, false, "t.toml:5:30",
                      "'elkaar te ontmoeten' is redundant: 'elkaar ontmoeten' already finds it"));
}

TEST_CASE("the example in docs/lexicon-format.md is a sound lexicon") {
    std::ifstream file(std::string(GALASCAN_SAMPLES_DIR) + "/../docs/lexicon-format.md");
    REQUIRE(file);
    std::stringstream doc;
    doc << file.rdbuf();
    const std::string text = doc.str();
    const std::size_t begin = text.find("```toml\n");
    REQUIRE(begin != std::string::npos);
    const std::size_t end = text.find("```", begin + 8);
    const LexiconCheck check = check_of(text.substr(begin + 8, end - begin - 8));
    for (const LexiconFinding& finding : check.findings) {
        CAPTURE(finding.message);
        CHECK(false);  // neither errors nor warnings: the example is what authors copy
    }
    CHECK(check.examples_failed == 0);
}

TEST_CASE("near words that can never be found: an error when the entry never counts, else a warning") {
    const LexiconCheck never = check_of(header + "terms = [{term = \"logeren\", near = [\"*\"]}]\n");
    CHECK(has_finding(never, true, "t.toml:5:10", "near word '*' can never be found"));
    CHECK(has_finding(never, true, "t.toml:5:10", "so the entry never counts"));
    CHECK(!never.sound());
    const LexiconCheck some = check_of(header + "terms = [{term = \"logeren\", near = [\"mantel zorg\", \"naaste\"]}]\n");
    CHECK(has_finding(some, false, "t.toml:5:10", "near word 'mantel zorg' can never be found"));
    CHECK(some.sound());
    const LexiconCheck empty = check_of(header + "terms = [{term = \"logeren\", near = [\"\\u00AD\"]}]\n");
    CHECK(has_finding(empty, false, "t.toml:5:10", "is empty after folding: every word is near it"));
    CHECK(check_of(header + "terms = [{term = \"logeren\", near = [\"naaste\", \"mantelzorg\"]}]\n").findings.empty());
}

TEST_CASE("no terms, no near words and an unknown topic_category make a lexicon unsound") {
    CHECK(has_finding(check_of(header + "terms = []\n"), true, "t.toml:5:9", "'terms' is empty"));
    CHECK(has_finding(check_of(header + "terms = [{term = \"x\", near = []}]\n"), true, "t.toml:5:30",
                      "'near' is empty"));
    const LexiconCheck unknown = check_of(header + "terms = [\"x\"]\n[grading]\ntopic_category = \"fundament\"\n");
    CHECK(has_finding(unknown, true, "t.toml:7:18", "'topic_category' names 'fundament'"));
    CHECK(!unknown.sound());
}
