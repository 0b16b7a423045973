// bench_pipeline [--runs N] PATH...: times, on the same PDFs in one process,
//   1. bare poppler-cpp extraction: load + page::text() of every page (the floor), and
//   2. galascan's analyse_document on each file (extraction + every later stage),
// single-threaded, alternating the two N times, and prints the median of each and their
// ratio. The ratio is what to quote: absolute times drift on shared machines.
// Then, on the documents extracted once and held in memory, the later stages alone:
// structure (layout) + normalisation, and matching + scoring, each as a ratio to 1.

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "bare_poppler.hpp"
#include "bench_common.hpp"
#include "extract/extract_pdf.hpp"
#include "layout/classify_blocks.hpp"
#include "normalise/normalise.hpp"
#include "pipeline/analyse.hpp"
#include "pipeline/inputs.hpp"
#include "pipeline/pipeline.hpp"
#include "score/score_document.hpp"

namespace {

std::size_t galascan_analysis(const std::vector<std::string>& files, const galascan::Pipeline& pipeline) {
    std::size_t pages = 0;
    for (const std::string& file : files) {
        pages += static_cast<std::size_t>(galascan::analyse_document(file, pipeline).pages);
    }
    return pages;
}

struct Prepared {
    galascan::Document document;
    galascan::LaidOutDocument laid_out;
    galascan::NormalisedDocument text;
};

std::vector<Prepared> extract_all(const std::vector<std::string>& files, const galascan::Pipeline& pipeline) {
    std::vector<Prepared> prepared;
    for (const std::string& file : files) {
        galascan::ExtractResult result = galascan::extract_pdf(file, pipeline.options.extract);
        if (auto* document = std::get_if<galascan::Document>(&result)) {
            prepared.push_back(Prepared{std::move(*document), {}, {}});
        }
    }
    return prepared;
}

// The structure and normalisation stages on documents already extracted.
std::size_t structure_and_normalise(std::vector<Prepared>& prepared, const galascan::Pipeline& pipeline) {
    std::size_t bytes = 0;
    for (Prepared& p : prepared) {
        p.laid_out = galascan::classify_blocks(p.document);
        p.text = galascan::normalise(p.laid_out, pipeline.options.normalise);
        bytes += p.text.text.size();
    }
    return bytes;
}

// Matching and scoring on documents already normalised.
std::size_t match_and_score(const std::vector<Prepared>& prepared, const galascan::Pipeline& pipeline) {
    std::size_t hits = 0;
    for (const Prepared& p : prepared) {
        const std::vector<galascan::Hit> found = pipeline.matcher.find_all(p.text.text);
        hits += found.size();
        std::vector<std::string> labels;
        for (const galascan::Page& page : p.document.pages) {
            labels.push_back(page.label);
        }
        galascan::score_document(labels, p.laid_out, p.text, found, pipeline.lexicon, pipeline.options.score);
    }
    return hits;
}

}  // namespace

int main(int argc, char** argv) {
    const std::optional<bench::Args> args = bench::parse_args(argc, argv, "bench_pipeline");
    if (!args) {
        return 2;
    }
    const int runs = args->runs;
    const std::vector<std::string>& paths = args->paths;
    bench::silence_poppler();
    const std::vector<std::string> files = galascan::collect_inputs(paths).files;
    const galascan::Pipeline pipeline = galascan::build_pipeline({});
    std::size_t pages = 0;
    std::size_t text_bytes = 0;
    std::vector<double> bare, full;
    // One warm-up of each, so both see the same page cache; then alternate.
    bench::bare_poppler(files);
    galascan_analysis(files, pipeline);
    for (int run = 0; run < runs; ++run) {
        bare.push_back(bench::seconds([&] { text_bytes = bench::bare_poppler(files); }));
        full.push_back(bench::seconds([&] { pages = galascan_analysis(files, pipeline); }));
    }
    const double bare_median = bench::median(bare);
    const double full_median = bench::median(full);
    fmt::print("files: {}, pages: {}, text: {:.1f} MB, runs: {} (medians, one thread)\n", files.size(), pages,
               static_cast<double>(text_bytes) / 1e6, runs);
    fmt::print("bare poppler-cpp (load + page::text())  {:8.3f} s  1.00\n", bare_median);
    fmt::print("galascan analyse_document               {:8.3f} s  {:.2f}\n", full_median, full_median / bare_median);

    std::vector<Prepared> prepared = extract_all(files, pipeline);
    std::vector<double> structure, matching;
    std::size_t folded_bytes = 0;
    for (int run = 0; run < runs; ++run) {
        structure.push_back(bench::seconds([&] { folded_bytes = structure_and_normalise(prepared, pipeline); }));
        matching.push_back(bench::seconds([&] { match_and_score(prepared, pipeline); }));
    }
    fmt::print("of which, on text already extracted ({:.1f} MB folded):\n", static_cast<double>(folded_bytes) / 1e6);
    fmt::print("  structure + normalisation             {:8.3f} s  {:.3f}\n", bench::median(structure),
               bench::median(structure) / bare_median);
    fmt::print("  matching + scoring                    {:8.3f} s  {:.3f}\n", bench::median(matching),
               bench::median(matching) / bare_median);
    return 0;
}
