#include <doctest/doctest.h>

#include "lexicon/load_lexicon.hpp"
#include "score/evidence.hpp"
#include "score/score_document.hpp"

using namespace galascan;

namespace {

const Lexicon& test_lexicon() {
    static const Lexicon lexicon = load_lexicon({LexiconSource{"test.toml", R"(
[[category]]
id = "mantelzorg"
kind = "theme"
label = "Mantelzorg"
terms = ["mantelzorg", "respijtzorg"]
[[category]]
id = "eenzaamheid"
kind = "theme"
label = "Eenzaamheid"
terms = ["eenzaamheid"]
)"}});
    return lexicon;
}

// Builds a one-page-per-entry document and runs every stage up to scoring.
DocumentScore score_pages(std::initializer_list<std::string> pages) {
    Document document;
    for (const std::string& text : pages) {
        const int index = static_cast<int>(document.pages.size()) + 1;
        document.pages.push_back(Page{index, "p" + std::to_string(index), text});
    }
    const LaidOutDocument laid_out = classify_blocks(document);
    const NormalisedDocument text = normalise(laid_out, {});
    const Matcher matcher(test_lexicon(), {});
    return score_document(document, laid_out, text, matcher.find_all(text.text), test_lexicon(), {});
}

}  // namespace

TEST_CASE("a heading with paragraphs under it is covered") {
    const DocumentScore score = score_pages(
        {"4 Mantelzorg\nMantelzorgers verdienen steun.\n\nWe bieden respijtzorg aan.\n\nOok jonge mantelzorgers."});
    CHECK(score.categories[0].grade == Grade::covered);
    CHECK(score.categories[0].heading_hits == 1);
    CHECK(score.categories[0].paragraphs == 3);
    CHECK(score.categories[1].grade == Grade::absent);
}

TEST_CASE("a theme named only in a list is mentioned") {
    const DocumentScore score =
        score_pages({"Onze thema's zijn:\n• mantelzorg\n• eenzaamheid\n• respijtzorg voor ouderen"});
    CHECK(score.categories[0].grade == Grade::mentioned);
    CHECK(score.categories[1].grade == Grade::mentioned);
    CHECK(score.categories[0].hits == 2);
}

TEST_CASE("a theme discussed in many paragraphs without its own heading is covered") {
    const DocumentScore score = score_pages({"Mantelzorg is zwaar.\n\nRespijtzorg helpt.", "Mantelzorgers zijn moe.\n\nMantelzorg vraagt tijd."});
    CHECK(score.categories[0].grade == Grade::covered);
    CHECK(score.categories[0].pages == 2);
}

TEST_CASE("a theme named once in passing is mentioned") {
    const DocumentScore score = score_pages({"1 Inleiding\nDit plan gaat over sport, en even over eenzaamheid."});
    CHECK(score.categories[1].grade == Grade::mentioned);
    CHECK(score.categories[1].score == 10);
}

TEST_CASE("evidence quotes the page label, the term and the words as printed, in document order") {
    const DocumentScore score = score_pages({"Inleiding zonder thema.", "4 Mantelzorg\nDe ﬁnanciering van Respijtzorg loopt door."});
    const std::vector<Evidence>& evidence = score.categories[0].evidence;
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].block_kind == BlockKind::heading);
    CHECK(evidence[0].page_label == "p2");
    CHECK(evidence[1].term == "respijtzorg");
    CHECK(evidence[1].text == "Respijtzorg");
    CHECK(evidence[1].snippet == "De financiering van Respijtzorg loopt door.");  // ligature spelt out
}

TEST_CASE("words are counted on the folded text") {
    CHECK(score_pages({"Een twee drie.", "Vier."}).words == 4);
}

TEST_CASE("snippets cut at word boundaries, join lines and mark cuts") {
    const std::string source = "Eerste woorden van een lange\nzin over mantelzorg en nog veel meer woorden daarna";
    const std::size_t at = source.find("mantelzorg");
    const std::string snippet = make_snippet(source, {at, at + 10}, {0, source.size()}, 12);
    CHECK(snippet == "…zin over mantelzorg en nog…");
}

TEST_CASE("a hit in a paragraph that runs on over a page break reports the page it is on") {
    const DocumentScore score =
        score_pages({"De gemeente steunt wie voor een naaste zorgt, en de", "respijtzorg gaat door in 2026."});
    const std::vector<Evidence>& evidence = score.categories[0].evidence;
    REQUIRE(evidence.size() == 1);
    CHECK(evidence[0].page_index == 2);
    CHECK(evidence[0].page_label == "p2");
    CHECK(score.categories[0].pages == 1);
}

TEST_CASE("a term hyphenated over a page break is found whole on the page it starts on") {
    const DocumentScore score = score_pages({"Dit jaar versterken we de mantel-", "zorg in alle kernen van de gemeente."});
    REQUIRE(score.categories[0].evidence.size() == 1);
    CHECK(score.categories[0].evidence[0].text == "mantelzorg");
    CHECK(score.categories[0].evidence[0].page_index == 1);
}

TEST_CASE("weights: a weak entry needs a second one in the same block to count") {
    const Lexicon lexicon = load_lexicon({LexiconSource{"weights.toml", R"(
[[category]]
id = "rg"
kind = "bouwsteen"
label = "Rol gemeente"
terms = [{ term = "regie", weight = 0.5 }, { term = "subsidie", weight = 0.5 }]
)"}});
    auto grade_of = [&](std::initializer_list<std::string> pages) {
        Document document;
        for (const std::string& text : pages) {
            const int index = static_cast<int>(document.pages.size()) + 1;
            document.pages.push_back(Page{index, std::to_string(index), text});
        }
        const LaidOutDocument laid_out = classify_blocks(document);
        const NormalisedDocument text = normalise(laid_out, {});
        const Matcher matcher(lexicon, {});
        return score_document(document, laid_out, text, matcher.find_all(text.text), lexicon, {}).categories[0];
    };
    CHECK(grade_of({"De gemeente houdt de regie."}).grade == Grade::absent);
    const CategoryScore both = grade_of({"De gemeente houdt de regie en geeft subsidie."});
    CHECK(both.grade == Grade::mentioned);
    CHECK(both.paragraphs == 1);
    CHECK(grade_of({"De regie ligt bij ons.\n\nWe geven subsidie."}).paragraphs == 0);
}
