#include <doctest/doctest.h>

#include "score/grade_rule.hpp"

using namespace galascan;

namespace {

GradingSignals named(double weight, double specific) {
    GradingSignals signals;
    signals.hits = signals.counted_hits = 2;
    signals.weight = weight;
    signals.specific_weight = specific;
    signals.paragraphs = 1;
    signals.specific_blocks = specific >= 1 ? 1 : 0;
    signals.distinct_terms = 1;
    return signals;
}

}  // namespace

TEST_CASE("absent: nothing counted, weak signals, or only text about something else") {
    const GradingRules rules;
    CHECK(decide_grade(GradingSignals{}, 1000, rules).grade == Grade::absent);
    CHECK(decide_grade(named(0.5, 0.5), 1000, rules).grade == Grade::absent);
    GradingSignals elsewhere;
    elsewhere.hits = elsewhere.set_aside_hits = 7;
    const GradeDecision decision = decide_grade(elsewhere, 1000, rules);
    CHECK(decision.grade == Grade::absent);
    CHECK(decision.rule == "7 hits only in text about something else than the social domain");
}

TEST_CASE("mentioned: named, in general words or without working it out") {
    const GradingRules rules;
    const GradeDecision generic = decide_grade(named(3, 0), 1000, rules);
    CHECK(generic.grade == Grade::mentioned);
    CHECK(generic.rule == "named, not worked out: 1 paragraph, in general words only");
    CHECK(decide_grade(named(1, 1), 1000, rules).grade == Grade::mentioned);
    GradingSignals contents;
    contents.hits = contents.toc_hits = 1;
    CHECK(decide_grade(contents, 1000, rules).rule == "named, not worked out: only in the table of contents");
}

TEST_CASE("covered: a heading of its own, the title, or passages for the length") {
    const GradingRules rules;
    GradingSignals heading = named(2, 2);
    heading.headings = 1;
    heading.section_words = 60;
    CHECK(decide_grade(heading, 5000, rules).grade == Grade::covered);
    heading.section_words = 59;
    CHECK(decide_grade(heading, 5000, rules).grade == Grade::mentioned);
    heading.section_paragraphs = 2;
    CHECK(decide_grade(heading, 5000, rules).grade == Grade::covered);
    heading.section_words = 16;   // two one-line paragraphs of filler
    CHECK(decide_grade(heading, 5000, rules).grade == Grade::mentioned);

    GradingSignals title = named(3, 3);
    title.title = true;
    title.specific_blocks = 2;
    CHECK(decide_grade(title, 800, rules).rule == "the title names it and the text returns to it in 2 blocks");

    GradingSignals passage = named(2, 2);
    passage.passages = 1;
    CHECK(decide_grade(passage, 900, rules).grade == Grade::mentioned);  // one paragraph, never again
    passage.specific_blocks = 2;
    CHECK(decide_grade(passage, 900, rules).grade == Grade::covered);    // a short note that returns to it
    CHECK(decide_grade(passage, 2400, rules).grade == Grade::mentioned); // a six-page proposal needs two
    passage.passages = 2;
    CHECK(decide_grade(passage, 2400, rules).grade == Grade::covered);
}

TEST_CASE("naming a category in many scattered blocks is not working it out, unless a lexicon asks so") {
    GradingRules rules;
    GradingSignals scattered = named(6, 6);
    scattered.paragraphs = scattered.specific_blocks = 6;
    scattered.distinct_terms = 4;
    CHECK(decide_grade(scattered, 3000, rules).grade == Grade::mentioned);
    rules.discussed_paragraphs = 4;
    CHECK(decide_grade(scattered, 3000, rules).rule == "discussed in 6 blocks with 4 different entries");
}

TEST_CASE("the passages a text needs grow with its length") {
    const GradingRules rules;
    CHECK(passages_needed(300, rules) == 1);
    CHECK(passages_needed(rules.short_document_words, rules) == 1);
    CHECK(passages_needed(rules.short_document_words + 1, rules) == 2);
    CHECK(passages_needed(rules.short_document_words + rules.words_per_passage, rules) == 2);
    CHECK(passages_needed(rules.short_document_words + rules.words_per_passage + 1, rules) == 3);
    GradingRules off = rules;
    off.words_per_passage = 0;
    CHECK(passages_needed(100000, off) == 1);
}
