#include <doctest/doctest.h>
#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>

#include <string>

#include "lexicon/load_lexicon.hpp"

using namespace galascan;

namespace {

std::string error_of(const std::string& toml) {
    try {
        load_lexicon({LexiconSource{"test.toml", toml}});
    } catch (const ConfigError& error) {
        return error.what();
    }
    return "";
}

constexpr const char* valid = R"(
[[category]]
id = "mantelzorg"
kind = "theme"
label = "Mantelzorg"
terms = ["mantelzorg", "respijtzorg"]

[[category]]
id = "rol_inwoners"
kind = "bouwsteen"
label = "Rol inwoners"
short = "INW"
terms = ["eigen kracht"]
)";

}  // namespace

TEST_CASE("a valid lexicon loads categories and terms in file order") {
    const Lexicon lexicon = load_lexicon({LexiconSource{"test.toml", valid}});
    REQUIRE(lexicon.categories.size() == 2);
    CHECK(lexicon.categories[0].id == "mantelzorg");
    CHECK(lexicon.categories[0].short_label == "M");  // derived from the id when not given
    CHECK(lexicon.categories[1].kind == CategoryKind::bouwsteen);
    CHECK(lexicon.categories[1].short_label == "INW");
    REQUIRE(lexicon.terms.size() == 3);
    CHECK(lexicon.terms[2].text == "eigen kracht");
    CHECK(lexicon.terms[2].category == 1);
    CHECK(lexicon.terms[0].source == "test.toml:6:10");
}

TEST_CASE("syntax errors name file, line and column") {
    CHECK(error_of("[[category]]\nid = \"x\nkind = \"theme\"\n").rfind("test.toml:2:", 0) == 0);
}

TEST_CASE("mistakes an analyst makes are errors, not silently ignored") {
    SUBCASE("a misspelt key") {
        CHECK(error_of("[[category]]\nid=\"a\"\nkind=\"theme\"\nlabel=\"A\"\ntermz=[\"x\"]\n") ==
              "test.toml:5:7: unknown key 'termz' (known: id, kind, label, short, description, terms, exclude, "
              "examples, counterexamples)");
    }
    SUBCASE("a wrong kind") {
        CHECK(error_of("[[category]]\nid=\"a\"\nkind=\"thema\"\nlabel=\"A\"\nterms=[\"x\"]\n") ==
              "test.toml:3:6: kind 'thema' is not 'theme' or 'bouwsteen'");
    }
    SUBCASE("a category defined twice") {
        const std::string one = "[[category]]\nid=\"a\"\nkind=\"theme\"\nlabel=\"A\"\nterms=[\"x\"]\n";
        CHECK(error_of(one + one) == "test.toml:7:4: category 'a' is defined twice");
    }
    SUBCASE("an empty term") {
        CHECK(error_of("[[category]]\nid=\"a\"\nkind=\"theme\"\nlabel=\"A\"\nterms=[\" \"]\n") ==
              "test.toml:5:8: ' ' has no words");
    }
    SUBCASE("a missing label") {
        CHECK(error_of("[[category]]\nid=\"a\"\nkind=\"theme\"\nterms=[\"x\"]\n") ==
              "test.toml:1:1: category is missing 'label'");
    }
    SUBCASE("no categories") {
        CHECK(error_of("# leeg\n") == "test.toml: no [[category]] tables");
    }
}

TEST_CASE("the built-in lexicon has the twelve contract categories in contract order") {
    const Lexicon lexicon = load_builtin_lexicon();
    std::vector<std::string> ids;
    for (const Category& category : lexicon.categories) {
        ids.push_back(category.id);
    }
    const std::vector<std::string> contract = {
        "sociale_samenhang", "mantelzorg",   "eenzaamheid",  "vrijwilligerswerk",       "professionals",
        "gebiedsgericht",    "fundament",    "rol_inwoners", "rol_gemeente",            "wijkgericht_samenwerken",
        "data_en_praktijkkennis", "specifiek_voor_gemeente"};
    REQUIRE(ids.size() == contract.size() + 1);
    CHECK(ids.back() == "domain");   // the register of the social domain, never reported
    ids.pop_back();
    CHECK(ids == contract);
    CHECK(graded_count(lexicon) == contract.size());
    for (std::size_t i = 0; i < lexicon.categories.size(); ++i) {
        CAPTURE(i);
        const CategoryKind kind = i < 6 ? CategoryKind::theme : i < 12 ? CategoryKind::bouwsteen : CategoryKind::domain;
        CHECK(lexicon.categories[i].kind == kind);
    }
}

TEST_CASE("lexicon files that cannot be read are configuration errors") {
    CHECK_THROWS_AS(load_lexicon_files({"/nonexistent/lexicon.toml"}), ConfigError);
    // A path may name anything: only a regular file of at most max_lexicon_bytes is read.
    CHECK_THROWS_WITH_AS(read_lexicon_sources({"/dev/zero"}),
                         "/dev/zero: a lexicon must be a regular file, not a device, FIFO or socket", ConfigError);
    CHECK_THROWS_WITH_AS(read_lexicon_sources({"/"}), "/: a lexicon must be a regular file, not a folder", ConfigError);
    char name[] = "/tmp/galascan-lexicon-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    REQUIRE(::ftruncate(fd, static_cast<off_t>(max_lexicon_bytes) + 1) == 0);   // sparse: no disk used
    ::close(fd);
    CHECK_THROWS_WITH_AS(read_lexicon_sources({name}), (std::string(name) + ": the lexicon file is larger than 4 MiB").c_str(),
                         ConfigError);
    REQUIRE(::truncate(name, static_cast<off_t>(max_lexicon_bytes)) == 0);   // the cap itself is read
    CHECK(read_lexicon_sources({name}).front().content.size() == max_lexicon_bytes);
    ::unlink(name);
}

TEST_CASE("entries: '*' marks compound positions, tables give weight, near words and exclusions") {
    const Lexicon lexicon = load_lexicon({LexiconSource{"t.toml", R"(
[[category]]
id = "a"
kind = "theme"
label = "A"
terms = ["mantelzorg*", "*eenzaamheid", "*buurtteam*", "respijtzorg",
         { term = "regie", weight = 0.5, near = ["welzijn"], exclude = ["regie op de weg"] }]
exclude = ["zorgverzekeraar*"]
examples = ["Mantelzorgers krijgen steun."]
counterexamples = ["De zorgverzekeraar betaalt."]
)"}});
    REQUIRE(lexicon.terms.size() == 5);
    CHECK(lexicon.terms[0].phrase == "mantelzorg");
    CHECK(lexicon.terms[0].position == Position::first);
    CHECK(lexicon.terms[1].position == Position::last);
    CHECK(lexicon.terms[2].position == Position::anywhere);
    CHECK(lexicon.terms[3].position == Position::whole);
    CHECK(lexicon.terms[4].weight == 0.5);
    CHECK(lexicon.terms[4].near == std::vector<std::string>{"welzijn"});
    REQUIRE(lexicon.exclusions.size() == 2);
    CHECK(lexicon.exclusions[0].term == TermIndex{4});
    CHECK(!lexicon.exclusions[1].term.has_value());
    CHECK(lexicon.exclusions[1].position == Position::first);
    CHECK(lexicon.categories[0].examples.size() == 1);
    CHECK(lexicon.categories[0].counterexamples.size() == 1);
}

TEST_CASE("entry mistakes are errors with their place") {
    const std::string head = "[[category]]\nid=\"a\"\nkind=\"theme\"\nlabel=\"A\"\n";
    CHECK(error_of(head + "terms=[\"mantel*zorg\"]\n") == "test.toml:5:8: 'mantel*zorg': '*' may stand only at the start or the end");
    CHECK(error_of(head + "terms=[{term=\"x\", wieght=2}]\n") ==
          "test.toml:5:26: unknown key 'wieght' in an entry (known: term, weight, near, exclude, generic)");
    CHECK(error_of(head + "terms=[{term=\"x\", weight=0}]\n") == "test.toml:5:26: 'weight' must be a number above 0 and at most 10");
    CHECK(error_of(head + "terms=[{weight=2}]\n") == "test.toml:5:8: an entry table needs 'term = \"...\"'");
}

TEST_CASE("'|' marks a separable verb: once, between two letters of the last word, before an infinitive") {
    const std::string head = "[[category]]\nid=\"a\"\nkind=\"theme\"\nlabel=\"A\"\n";
    const Lexicon lexicon =
        load_lexicon({LexiconSource{"t.toml", head + "terms=[\"naar elkaar om|zien\", \"samen|werken\"]\n"}});
    CHECK(lexicon.terms[0].phrase == "naar elkaar om|zien");
    CHECK(lexicon.terms[0].position == Position::whole);
    const std::pair<const char*, const char*> refused[] = {
        {"sa|men|werken", "'|' may stand only once, where a separable verb splits (samen|werken)"},
        {"samen|werken*", "'|' marks a separable verb and cannot be combined with '*'"},
        {"om|zien naar elkaar", "'|' must stand in the last word, the verb (naar elkaar om|zien)"},
        {"|werken", "'|' must stand between the particle and the verb (samen|werken)"},
        {"elkaar |helpen", "'|' must stand between the particle and the verb (samen|werken)"},
        {"samen|", "'|' must stand between the particle and the verb (samen|werken)"},
        {"samen|werking", "the part after '|' must be a verb's infinitive, ending in -n (werken, doen)"},
    };
    for (const auto& [term, message] : refused) {
        CHECK(error_of(head + "terms=[\"" + term + "\"]\n") == fmt::format("test.toml:5:8: '{}': {}", term, message));
    }
    CHECK(error_of(head + "terms=[\"x\"]\nexclude=[\"af|spraak\"]\n") ==
          "test.toml:6:9: 'af|spraak': the part after '|' must be a verb's infinitive, ending in -n (werken, doen)");
}

TEST_CASE("[grading] sets the rule's thresholds and rejects unknown keys and bad values") {
    const std::string category = "[[category]]\nid = \"m\"\nkind = \"theme\"\nlabel = \"M\"\nterms = [\"mantelzorg\"]\n";
    const Lexicon defaults = load_lexicon({LexiconSource{"a.toml", category}});
    CHECK(defaults.grading.section_words == 60);
    CHECK(defaults.grading.domain_density == doctest::Approx(8));
    const Lexicon set = load_lexicon({LexiconSource{"a.toml", category},
                                      LexiconSource{"b.toml", "[grading]\nsection_words = 120\nfocus_paragraphs = 0\n"
                                                              "domain_density = 5.5\npassage_weight = 3\n"}});
    CHECK(set.grading.section_words == 120);
    CHECK(set.grading.focus_paragraphs == 0);
    CHECK(set.grading.domain_density == doctest::Approx(5.5));
    CHECK(set.grading.passage_weight == doctest::Approx(3));
    CHECK(set.grading.section_paragraphs == 2);  // untouched keys keep their defaults
    SUBCASE("galascan 0.1's off-topic keys still load, and do nothing") {
        const Lexicon old = load_lexicon({LexiconSource{"a.toml", category + "[grading]\ntopic_density = 5\n"
                                                                             "topic_category = \"\"\n"}});
        CHECK(old.grading.domain_density == doctest::Approx(8));
    }
    CHECK_THROWS_WITH_AS(load_lexicon({LexiconSource{"a.toml", category + "[grading]\nsection_word = 3\n"}}),
                         doctest::Contains("unknown key 'section_word'"), ConfigError);
    CHECK_THROWS_WITH_AS(load_lexicon({LexiconSource{"a.toml", category + "[grading]\nsection_words = -1\n"}}),
                         doctest::Contains("from 0 to 10000"), ConfigError);
    CHECK_THROWS_WITH_AS(load_lexicon({LexiconSource{"a.toml", category + "[grading]\nsection_words = 2.5\n"}}),
                         doctest::Contains("whole number"), ConfigError);
    CHECK_THROWS_WITH_AS(load_lexicon({LexiconSource{"a.toml", category + "[grading]\ndomain_density = \"x\"\n"}}),
                         doctest::Contains("must be a number"), ConfigError);
}

TEST_CASE("[domain] is the register of the social domain: matched, never graded, always last") {
    const std::string themes = "[[category]]\nid = \"m\"\nkind = \"theme\"\nlabel = \"M\"\nterms = [\"mantelzorg\"]\n";
    const std::string domain = "[domain]\nlabel = \"Sociaal domein\"\nterms = [\"wmo\", {term = \"welzijn\", generic = true}]\n";
    const std::string more = "[[category]]\nid = \"r\"\nkind = \"bouwsteen\"\nlabel = \"R\"\nterms = [\"regie\"]\n";
    const Lexicon lexicon = load_lexicon(
        {LexiconSource{"a.toml", themes}, LexiconSource{"d.toml", domain}, LexiconSource{"b.toml", more}});
    REQUIRE(lexicon.categories.size() == 3);
    CHECK(graded_count(lexicon) == 2);
    CHECK(lexicon.categories[1].id == "r");   // the domain moved behind a later file's category
    CHECK(lexicon.categories[2].kind == CategoryKind::domain);
    for (const Term& term : lexicon.terms) {
        const bool domain_term = term.text == "wmo" || term.text == "welzijn";
        CHECK(domain_term == (term.category == 2));
    }
    const auto welzijn = std::find_if(lexicon.terms.begin(), lexicon.terms.end(),
                                      [](const Term& term) { return term.text == "welzijn"; });
    REQUIRE(welzijn != lexicon.terms.end());
    CHECK(welzijn->generic);
    CHECK_THROWS_WITH_AS(load_lexicon({LexiconSource{"d.toml", domain}}), doctest::Contains("no categories"),
                         ConfigError);
    CHECK(parse_lexicon({LexiconSource{"d.toml", domain}}).categories.size() == 1);  // lexicon check reads it alone
    CHECK_THROWS_WITH_AS(load_lexicon({LexiconSource{"a.toml", themes + domain}, LexiconSource{"d.toml", domain}}),
                         doctest::Contains("[domain] is defined twice"), ConfigError);
    CHECK_THROWS_WITH_AS(load_lexicon({LexiconSource{"a.toml", themes + "[domain]\nlabel = \"D\"\nid = \"x\"\nterms = []\n"}}),
                         doctest::Contains("unknown key 'id'"), ConfigError);
    CHECK_THROWS_WITH_AS(
        load_lexicon({LexiconSource{"a.toml", themes + "[domain]\nlabel = \"D\"\nterms = [{term = \"x\", generic = 1}]\n"}}),
        doctest::Contains("'generic' must be true or false"), ConfigError);
}

TEST_CASE("a short label derived from the id is letters and digits, capitalised") {
    const auto short_of = [](const std::string& id) {
        const Lexicon lexicon = load_lexicon(
            {LexiconSource{"t.toml", "[[category]]\nid=\"" + id + "\"\nkind=\"theme\"\nlabel=\"A\"\nterms=[\"x\"]\n"}});
        return lexicon.categories.front().short_label;
    };
    CHECK(short_of("rol_inwoners") == "RI");
    CHECK(short_of("zorg_2025") == "Z2");   // was "Z\x12": a digit shifted as if a letter
    CHECK(short_of("_zorg__plan") == "ZP");
    CHECK(short_of("2025_plan") == "2P");
    CHECK(short_of("a_b_c_d") == "ABC");
    CHECK(short_of("___") == "_");
}

TEST_CASE("what can never find anything is refused: no terms, no near words, an unknown topic_category") {
    const std::string start = "[[category]]\nid=\"a\"\nkind=\"theme\"\nlabel=\"A\"\n";
    CHECK(error_of(start + "terms=[]\n") == "test.toml:5:7: 'terms' is empty: nothing could ever find this category");
    CHECK(error_of(start + "terms=[{term=\"x\", near=[]}]\n") ==
          "test.toml:5:24: 'near' is empty: name at least one word, or leave 'near' out");
    CHECK(error_of(start + "terms=[\"x\"]\n[grading]\ntopic_category = \"mantelzorg\"\n") ==
          "test.toml:7:18: 'topic_category' names 'mantelzorg', which is no category of the lexicon");
    CHECK(error_of(start + "terms=[\"x\"]\n[grading]\ntopic_category = 3\n") ==
          "test.toml:7:18: 'topic_category' must be a category id in quotes (\"\" for none)");
    CHECK(error_of(start + "terms=[\"x\"]\n[grading]\ntopic_category = \"a\"\n").empty());   // galascan 0.1's key
    // The category it names may stand in a later file.
    CHECK_NOTHROW(load_lexicon({LexiconSource{"a.toml", "[grading]\ntopic_category = \"a\"\n"},
                                LexiconSource{"b.toml", start + "terms=[\"x\"]\n"}}));
}
