#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "match/find_stems.hpp"
#include "match/stem_automaton.hpp"

using namespace galascan;

namespace {

// Every stem the automaton reports, as "last byte offset:length:entry", feeding each byte.
std::vector<std::string> outputs_of(const StemAutomaton& automaton, const std::string& text) {
    std::vector<std::string> reported;
    StemAutomaton::State state = StemAutomaton::start;
    for (std::size_t at = 0; at < text.size(); ++at) {
        state = automaton.next(state, static_cast<unsigned char>(text[at]));
        if (!automaton.has_outputs(state)) {
            continue;
        }
        for (const StemAutomaton::Output& output : automaton.outputs(state)) {
            for (const StemAutomaton::Ending& ending : automaton.endings(output)) {
                reported.push_back(std::to_string(at) + ":" + std::to_string(output.length) + ":" +
                                   std::to_string(ending.entry));
            }
        }
    }
    std::sort(reported.begin(), reported.end());
    return reported;
}

StemAutomaton::StemEnding stem(const std::string& text, std::uint32_t entry, Tail tail = Tail::open,
                               StemStart start = StemStart::word) {
    return StemAutomaton::StemEnding{text, StemAutomaton::Ending{entry, tail, start}};
}

// find_stems' places as "text[begin, end):entry", in its order.
std::vector<std::string> found_in(const std::vector<StemAutomaton::StemEnding>& stems, const std::string& text) {
    const StemAutomaton automaton(stems);
    std::vector<FoundStem> found;
    find_stems(automaton, text, found);
    std::vector<std::string> places;
    for (const FoundStem& f : found) {
        places.push_back(text.substr(f.range.begin, f.range.size()) + ":" + std::to_string(f.entry));
    }
    return places;
}

}  // namespace

TEST_CASE("the automaton reports every stem where it ends, overlapping ones included") {
    // The classic case for failure links: "she" contains "he", "hers" runs on from "he".
    const StemAutomaton automaton({stem("he", 0), stem("she", 1), stem("his", 2), stem("hers", 3)});
    CHECK(outputs_of(automaton, "ushers") == std::vector<std::string>{"3:2:0", "3:3:1", "5:4:3"});
    CHECK(outputs_of(automaton, "hishe").size() == 3);  // his, she, he
}

TEST_CASE("an empty automaton finds nothing and stays at the start") {
    const StemAutomaton automaton;
    CHECK(automaton.next(StemAutomaton::start, 'a') == StemAutomaton::start);
    CHECK(outputs_of(automaton, "anything at all").empty());
    CHECK(automaton.longest_stem() == 0);
}

TEST_CASE("stems with bytes above 0x80 and at the first byte, other bytes lead back to the start") {
    // "één" and Greek: the first byte of the stem is a UTF-8 lead byte.
    const StemAutomaton automaton({stem("\xc3\xa9\xc3\xa9n", 0), stem("\xce\xb1\xce\xb2", 1)});
    CHECK(outputs_of(automaton, "x\xc3\xa9\xc3\xa9n \xce\xb1\xce\xb2") == std::vector<std::string>{"10:4:1", "5:5:0"});
    CHECK(outputs_of(automaton, "\xc3\xa9x\xc3\xa9n").empty());
}

TEST_CASE("one stem may carry several endings, in the order given") {
    const StemAutomaton automaton({stem("zorg", 4), stem("wijk", 5), stem("zorg", 2, Tail::inflection)});
    StemAutomaton::State state = StemAutomaton::start;
    for (char c : std::string("zorg")) {
        state = automaton.next(state, static_cast<unsigned char>(c));
    }
    REQUIRE(automaton.has_outputs(state));
    REQUIRE(automaton.outputs(state).size() == 1);
    const auto endings = automaton.endings(automaton.outputs(state)[0]);
    REQUIRE(endings.size() == 2);
    CHECK(endings[0].entry == 4);
    CHECK(endings[1].entry == 2);
    CHECK(endings[1].tail == Tail::inflection);
}

TEST_CASE("every whitespace byte reads as a space") {
    const StemAutomaton automaton({stem("sociaal isolement", 0)});
    for (char space : std::string(" \n\t\r\f")) {
        CHECK(outputs_of(automaton, "sociaal" + std::string(1, space) + "isolement").size() == 1);
    }
}

TEST_CASE("find_stems: word-start stems only at word starts, inside stems at any letter") {
    const std::vector<StemAutomaton::StemEnding> stems = {stem("zorg", 0),
                                                          stem("team", 1, Tail::open, StemStart::inside)};
    CHECK(found_in(stems, "zorgteam mantelzorg buurtteam") ==
          std::vector<std::string>{"zorgteam:0", "zorgteam:1", "buurtteam:1"});
}

TEST_CASE("find_stems: stems at the very start and end of the text") {
    const std::vector<StemAutomaton::StemEnding> stems = {stem("wijk", 0, Tail::inflection),
                                                          stem("heid", 1, Tail::inflection, StemStart::inside)};
    CHECK(found_in(stems, "wijk") == std::vector<std::string>{"wijk:0"});
    CHECK(found_in(stems, "heid") == std::vector<std::string>{"heid:1"});
    CHECK(found_in(stems, "eenzaamheid") == std::vector<std::string>{"eenzaamheid:1"});
    CHECK(found_in(stems, "wijken eenzaamheid.") == std::vector<std::string>{"wijken:0", "eenzaamheid:1"});
    CHECK(found_in(stems, "wijkt").empty());  // an ending the tail does not allow
    CHECK(found_in(stems, "heidens").empty());
    CHECK(found_in(stems, "").empty());
}

TEST_CASE("find_stems: words that begin with a letter above 0x80") {
    const std::vector<StemAutomaton::StemEnding> stems = {stem("\xc3\xa9\xc3\xa9n", 0, Tail::inflection),
                                                          stem("\xce\xb2\xce\xb3", 1, Tail::open, StemStart::inside)};
    CHECK(found_in(stems, "\xc3\xa9\xc3\xa9n x\xc3\xa9\xc3\xa9n") == std::vector<std::string>{"\xc3\xa9\xc3\xa9n:0"});
    CHECK(found_in(stems, "\xce\xb1\xce\xb2\xce\xb3") == std::vector<std::string>{"\xce\xb1\xce\xb2\xce\xb3:1"});
}

TEST_CASE("find_stems: a stem that begins mid-letter does not count") {
    // "\xa9n" is the tail of "é" followed by n: found by the automaton, not a place to begin.
    const std::vector<StemAutomaton::StemEnding> stems = {stem("\xa9n", 0, Tail::open, StemStart::inside)};
    CHECK(found_in(stems, "\xc3\xa9n").empty());
}

TEST_CASE("find_stems: a run of whitespace counts as one byte of a phrase, however long") {
    const std::vector<StemAutomaton::StemEnding> stems = {stem("jonge mantelzorger", 0, Tail::inflection)};
    const std::string long_run(300, ' ');
    CHECK(found_in(stems, "de jonge" + long_run + "mantelzorgers") ==
          std::vector<std::string>{"jonge" + long_run + "mantelzorgers:0"});
    CHECK(found_in(stems, "jonge\n\t \n mantelzorger") == std::vector<std::string>{"jonge\n\t \n mantelzorger:0"});
}

TEST_CASE("find_stems: a blank line ends a block, and no phrase runs on past it") {
    const std::vector<StemAutomaton::StemEnding> stems = {stem("jonge mantelzorger", 0, Tail::inflection),
                                                          stem("mantelzorger", 1, Tail::inflection)};
    CHECK(found_in(stems, "jonge\n\n\t mantelzorger") == std::vector<std::string>{"mantelzorger:1"});
    CHECK(found_in(stems, "jonge \n\nmantelzorger") == std::vector<std::string>{"mantelzorger:1"});
}
