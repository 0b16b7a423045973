// bench_matcher [--runs N] PATH...: matching cost per MB of folded text as the lexicon grows.
//
// Extracts, lays out and normalises the PDFs once, repeats their folded text to at least
// 8 MB, then times Matcher::find_all over it with lexicons of 150, 1,000 and 10,000
// entries: the first 150 entries of the built-in lexicon, then the whole built-in lexicon
// topped up with generated Dutch-like compounds (a fifth of them with '*', a few with
// near words), spread over the same 12 categories; and the built-in lexicon as it is.
// Prints ms per MB (median of N runs) and the time to compile each lexicon.

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "bench_common.hpp"
#include "extract/extract_pdf.hpp"
#include "layout/classify_blocks.hpp"
#include "lexicon/load_lexicon.hpp"
#include "match/matcher.hpp"
#include "normalise/normalise.hpp"
#include "pipeline/inputs.hpp"

namespace {

// Pseudo-Dutch compounds from real morphemes of the domain, so they share prefixes with
// the text's words the way real entries do.
std::string generated_word(std::mt19937& random) {
    static const std::vector<std::string> parts = {
        "buurt", "wijk",   "zorg",   "team",    "hulp",   "huis",   "steun", "punt",  "vrijwillig", "werk",
        "jeugd", "ouder",  "mantel", "eenzaam", "ontmoet", "plek",  "sport", "school", "gezond",    "preventie",
        "sociaal", "basis", "netwerk", "coach",  "loket",  "kracht", "inwoner", "dorp", "kern",       "agenda"};
    std::uniform_int_distribution<std::size_t> pick(0, parts.size() - 1);
    std::uniform_int_distribution<int> count(2, 3);
    std::string word;
    for (int i = count(random); i > 0; --i) {
        word += parts[pick(random)];
    }
    return word;
}

galascan::Lexicon lexicon_of_size(const galascan::Lexicon& builtin, std::size_t size) {
    galascan::Lexicon lexicon;
    lexicon.categories = builtin.categories;
    for (std::size_t i = 0; i < builtin.terms.size() && lexicon.terms.size() < size; ++i) {
        lexicon.terms.push_back(builtin.terms[i]);
    }
    std::mt19937 random(42);
    std::uniform_int_distribution<galascan::CategoryIndex> category(
        0, static_cast<galascan::CategoryIndex>(builtin.categories.size() - 1));
    for (std::size_t i = 0; lexicon.terms.size() < size; ++i) {
        galascan::Term term;
        term.category = category(random);
        term.phrase = generated_word(random);
        term.position = i % 5 == 0 ? galascan::Position::first : i % 17 == 0 ? galascan::Position::last
                                                                               : galascan::Position::whole;
        if (i % 50 == 0) {
            term.near = {"inwoner", "sociaal"};
        }
        term.text = term.phrase;
        lexicon.terms.push_back(std::move(term));
    }
    return lexicon;
}

}  // namespace

int main(int argc, char** argv) {
    const std::optional<bench::Args> args = bench::parse_args(argc, argv, "bench_matcher");
    if (!args) {
        return 2;
    }
    const int runs = args->runs;
    const std::vector<std::string>& paths = args->paths;
    std::string folded;
    for (const std::string& file : galascan::collect_inputs(paths).files) {
        galascan::ExtractResult result = galascan::extract_pdf(file, {});
        if (const auto* document = std::get_if<galascan::Document>(&result)) {
            folded += galascan::normalise(galascan::classify_blocks(*document), {}).text;
            folded += "\n\n";
        }
    }
    if (folded.empty()) {
        fmt::print(stderr, "bench_matcher: no text in the given PDFs\n");
        return 1;
    }
    const std::string one_copy = folded;
    while (folded.size() < 8'000'000) {
        folded += one_copy;
    }
    const double megabytes = static_cast<double>(folded.size()) / 1e6;
    const galascan::Lexicon builtin = galascan::load_builtin_lexicon();
    fmt::print("text: {:.1f} MB of folded text, runs: {} (medians, one thread)\n", megabytes, runs);
    fmt::print("{:>8}  {:>12}  {:>10}  {:>8}\n", "entries", "compile ms", "ms per MB", "hits");
    auto time_matcher = [&](const std::string& label, const galascan::Lexicon& lexicon) {
        std::optional<galascan::Matcher> matcher;
        const double compile = bench::seconds([&] { matcher.emplace(lexicon, galascan::NormaliseOptions{}); });
        std::vector<double> times;
        std::size_t hits = 0;
        for (int run = 0; run < runs; ++run) {
            times.push_back(bench::seconds([&] { hits = matcher->find_all(folded).size(); }));
        }
        fmt::print("{:>8}  {:>12.1f}  {:>10.2f}  {:>8}\n", label, compile * 1000,
                   bench::median(times) * 1000 / megabytes, hits);
    };
    for (std::size_t size : {std::size_t{150}, std::size_t{1000}, std::size_t{10000}}) {
        const galascan::Lexicon lexicon = lexicon_of_size(builtin, size);
        time_matcher(std::to_string(lexicon.terms.size()), lexicon);
    }
    // What the pipeline runs: the built-in lexicon whole, exclusions and near words included.
    time_matcher("built-in", builtin);
    return 0;
}
