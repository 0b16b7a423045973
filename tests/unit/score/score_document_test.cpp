#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lexicon/load_lexicon.hpp"
#include "match/matcher.hpp"
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
terms = ["mantelzorg", "respijtzorg", "logeeropvang"]
[[category]]
id = "eenzaamheid"
kind = "theme"
label = "Eenzaamheid"
terms = ["eenzaamheid"]
)"}});
    return lexicon;
}

// Builds a one-page-per-entry document and runs every stage up to scoring.
DocumentScore score_pages(const Lexicon& lexicon, const std::vector<std::string>& pages) {
    Document document;
    std::vector<std::string> labels;
    for (const std::string& text : pages) {
        const int index = static_cast<int>(document.pages.size()) + 1;
        // Appended, not "p" + std::to_string(index): GCC 12 -O3 warns about that with a false
        // -Wrestrict (GCC bug 105329), which fails a Release build with warnings as errors.
        std::string label(1, 'p');
        label += std::to_string(index);
        labels.push_back(label);
        document.pages.push_back(Page{index, labels.back(), text});
    }
    const LaidOutDocument laid_out = classify_blocks(document);
    const NormalisedDocument text = normalise(laid_out, {});
    const Matcher matcher(lexicon, {});
    return score_document(labels, laid_out, text, matcher.find_all(text.text), lexicon, {});
}

DocumentScore score_pages(const std::vector<std::string>& pages) { return score_pages(test_lexicon(), pages); }

}  // namespace

TEST_CASE("a heading with paragraphs under it is covered") {
    const DocumentScore score = score_pages(
        {"4 Mantelzorg\nMantelzorgers verdienen steun.\n\nWe bieden respijtzorg aan.\n\nOok jonge mantelzorgers."});
    CHECK(score.categories[0].grade == Grade::covered);
    CHECK(score.categories[0].signals.headings == 1);
    CHECK(score.categories[0].signals.paragraphs == 3);
    CHECK(score.categories[1].grade == Grade::absent);
}

TEST_CASE("a heading with an action table or list under it is covered, with one short sentence it is mentioned") {
    const DocumentScore actions = score_pages(
        {"3.2 Mantelzorg\n"
         "• Een spreekuur van het steunpunt in drie huisartsenposten, vanaf het tweede kwartaal\n"
         "• Een campagne voor werkende mantelzorgers samen met de ondernemersvereniging in het najaar\n"
         "• Een logeerhuis in de regio, zodat ouders met een zorgintensief kind kunnen bijkomen\n"
         "• Een vast aanspreekpunt in het wijkteam voor vragen over vervoer, geld en dagbesteding\n"
         "• Een jaarlijkse dag van de mantelzorg met een attentie en een avond met informatie"});
    CHECK(actions.categories[0].grade == Grade::covered);
    CHECK(actions.categories[0].signals.section_paragraphs == 0);
    CHECK(actions.categories[0].signals.section_words >= 60);
    const DocumentScore short_section = score_pages({"3.2 Mantelzorg\nDaar komen we later op terug.\n\n4 Sport\nWe sporten."});
    CHECK(short_section.categories[0].grade == Grade::mentioned);
    INFO(short_section.categories[0].rule);
    CHECK(short_section.categories[0].rule.find("only 6 words under it") != std::string::npos);
}

TEST_CASE("a theme worked out in one section under a heading without its name is covered") {
    // The section is one part of the document: a heading over most of the text is the whole.
    const std::string sport =
        "\n\n3 Sport\nWe sporten in de hal aan de Dorpsstraat, op het veld bij de school en in het zwembad. "
        "De verenigingen krijgen een vaste bijdrage voor hun jeugdleden, hun trainers en hun kantine.";
    const DocumentScore one_section = score_pages(
        {"2 Wie zorgt voor wie\nVeel inwoners zorgen voor een zieke partner; die mantelzorg is zwaar.\n\n"
         "Daarom bieden we respijtzorg en logeeropvang aan, zodat zij op adem kunnen komen." + sport});
    CHECK(one_section.categories[0].grade == Grade::covered);
    CHECK(one_section.categories[0].signals.focus_paragraphs == 2);
    // A chapter holds its subsections' paragraphs.
    const DocumentScore chapter = score_pages(
        {"2 Wie zorgt voor wie\n2.1 Wat we hoorden\nVeel inwoners zorgen voor een zieke partner; die mantelzorg is "
         "zwaar.\n\n2.2 Op adem komen\nDaarom bieden we respijtzorg en logeeropvang aan." + sport});
    CHECK(chapter.categories[0].grade == Grade::covered);
    CHECK(chapter.categories[0].signals.focus_paragraphs == 2);
    // The same two paragraphs in two different chapters are two passing mentions.
    const DocumentScore two_sections = score_pages(
        {"2 Wie zorgt voor wie\nVeel inwoners zorgen voor een zieke partner; die mantelzorg is zwaar.\n\n"
         "3 Ontspanning\nDaarom bieden we respijtzorg en logeeropvang aan, zodat zij op adem kunnen komen."});
    CHECK(two_sections.categories[0].grade == Grade::mentioned);
    // Two entries are not yet worked out.
    const DocumentScore one_entry = score_pages(
        {"2 Wie zorgt voor wie\nDie mantelzorg is zwaar.\n\nRespijtzorg kost tijd.\n\n3 Sport\nWe sporten."});
    CHECK(one_entry.categories[0].grade == Grade::mentioned);
}

TEST_CASE("words count only where the text is about the social domain") {
    const Lexicon lexicon = load_lexicon({LexiconSource{"topic.toml", R"(
[[category]]
id = "gebiedsgericht"
kind = "theme"
label = "Gebiedsgericht"
terms = ["gebiedsgericht*"]
[[category]]
id = "data"
kind = "bouwsteen"
label = "Data"
terms = ["data", "monitor", "cijfers"]
[domain]
label = "Sociaal domein"
terms = ["welzijn*", "wmo", "jeugdhulp"]
)"}});
    auto score_of = [&](const std::string& text) { return score_pages(lexicon, {text}); };
    // A parking plan of about 280 words: one theme word, data in every paragraph.
    std::string parking_body;
    for (int paragraph = 0; paragraph < 8; ++paragraph) {
        parking_body += "\n\nDe data en cijfers van de monitor laten zien dat de garages in het weekend vol staan en "
                   "dat bezoekers daarom in de woonstraten rond het centrum parkeren, wat bewoners hindert.";
    }
    const DocumentScore off_topic =
        score_of("1 Parkeren\nWe werken gebiedsgericht aan de parkeerdruk in de binnenstad." + parking_body);
    CHECK_FALSE(off_topic.relevance.about_social_domain);
    CHECK(off_topic.categories[0].grade == Grade::absent);
    CHECK(off_topic.categories[1].grade == Grade::absent);   // would be covered: 8 paragraphs
    CHECK(off_topic.categories[1].signals.set_aside_hits == 24);
    CHECK(off_topic.categories[1].rule.find("only in text about something else") != std::string::npos);
    // The same parking chapter in a welfare plan is set aside as a section of its own; the
    // welfare chapter's data count.
    std::string welfare = "2 Welzijn\n";
    for (int paragraph = 0; paragraph < 6; ++paragraph) {
        welfare += "Het welzijnswerk en de Wmo-consulenten zien in de monitor welke jeugdhulp en welke "
                   "welzijnsactiviteiten inwoners gebruiken, zodat het welzijnsaanbod past bij hun vragen en "
                   "de data per wijk het gesprek met partners voeden.\n\n";
    }
    const DocumentScore mixed = score_of("1 Parkeren\nWe pakken de parkeerdruk aan." + parking_body + "\n\n" + welfare);
    CHECK(mixed.relevance.about_social_domain);
    CHECK(mixed.relevance.sections_set_aside == 1);
    CHECK(mixed.categories[1].signals.set_aside_hits == 24);
    CHECK(mixed.categories[1].signals.counted_hits == 12);
    CHECK(mixed.categories[1].grade == Grade::covered);
}

TEST_CASE("generic entries name a category but never work it out") {
    const Lexicon lexicon = load_lexicon({LexiconSource{"generic.toml", R"(
[[category]]
id = "rol_gemeente"
kind = "bouwsteen"
label = "Rol gemeente"
terms = ["regierol", { term = "kaders", generic = true }, { term = "financiering", generic = true }]
)"}});
    std::string generic_only = "1 Kaders\n";
    std::string specific = "1 Regierol\n";
    for (int paragraph = 0; paragraph < 5; ++paragraph) {
        generic_only += "De kaders en de financiering van het werk liggen vast in een afspraak met de partners.\n\n";
        specific += "De gemeente neemt een regierol en laat de uitvoering aan partners.\n\n";
    }
    const CategoryScore named = score_pages(lexicon, {generic_only}).categories[0];
    CHECK(named.grade == Grade::mentioned);
    CHECK(named.signals.specific_weight == doctest::Approx(0));
    CHECK(named.rule.find("in general words only") != std::string::npos);
    CHECK(score_pages(lexicon, {specific}).categories[0].grade == Grade::covered);
}

TEST_CASE("a theme named only in a list is mentioned") {
    const DocumentScore score =
        score_pages({"Onze thema's zijn:\n• mantelzorg\n• eenzaamheid\n• respijtzorg voor ouderen"});
    CHECK(score.categories[0].grade == Grade::mentioned);
    CHECK(score.categories[1].grade == Grade::mentioned);
    CHECK(score.categories[0].signals.hits == 2);
}

TEST_CASE("a theme named in short paragraphs throughout, without a heading or a passage, is mentioned") {
    const DocumentScore score = score_pages(
        {"Notitie voor de raad\n\nMantelzorg is zwaar.\n\nRespijtzorg helpt.", "Mantelzorgers zijn moe.\n\nLogeeropvang geeft tijd."});
    INFO(score.categories[0].rule);
    CHECK(score.categories[0].grade == Grade::mentioned);
    CHECK(score.categories[0].signals.specific_blocks == 4);
    CHECK(score.categories[0].signals.pages == 2);
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
    CHECK(score.categories[0].signals.pages == 1);
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
    auto grade_of = [&](const std::vector<std::string>& pages) { return score_pages(lexicon, pages).categories[0]; };
    CHECK(grade_of({"De gemeente houdt de regie."}).grade == Grade::absent);
    const CategoryScore both = grade_of({"De gemeente houdt de regie en geeft subsidie."});
    CHECK(both.grade == Grade::mentioned);
    CHECK(both.signals.paragraphs == 1);
    CHECK(grade_of({"De regie ligt bij ons.\n\nWe geven subsidie."}).signals.paragraphs == 0);
}
