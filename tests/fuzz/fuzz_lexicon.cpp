// Fuzz target: a lexicon file's bytes through the lexicon parser (toml++ and our checks) and,
// when they load, into the compiled matcher. A user's --lexicon file is untrusted input: a
// malformed one must end in a ConfigError (exit 2, file:line:col), never in a crash or another
// exception, which run_cli does not catch.

#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "lexicon/load_lexicon.hpp"
#include "match/matcher.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace galascan;
    const std::vector<LexiconSource> sources{{"fuzz.toml", std::string(fuzz::as_text(data, size))}};
    try {
        (void)parse_lexicon(sources);
    } catch (const ConfigError&) {
        return 0;
    }
    try {
        const Lexicon lexicon = load_lexicon(sources);
        const Matcher matcher(lexicon, NormaliseOptions{});
        // The matcher on the lexicon's own words: every hit inside the text, in order.
        const std::string text = fold_for_matching(
            repair_utf8(fuzz::as_text(data, size)), NormaliseOptions{});
        const std::vector<Hit> hits = matcher.find_all(text);
        for (std::size_t i = 0; i < hits.size(); ++i) {
            FUZZ_CHECK(hits[i].range.begin <= hits[i].range.end && hits[i].range.end <= text.size());
            FUZZ_CHECK(i == 0 || hits[i - 1].range.begin <= hits[i].range.begin);
        }
    } catch (const ConfigError&) {
    }
    return 0;
}
