// bench_writers: what writing the report costs beside analysing the same batch. Analyses the
// files once as `galascan -j 1 --no-cache` would (worker process, no cache), then writes the
// report in every format, each a median of --runs, and prints each writer's time as a share
// of the analysis (the target: under 2 %). Never a test: timings are not pass/fail.

#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "bench_common.hpp"
#include "pipeline/analyse_batch.hpp"
#include "pipeline/inputs.hpp"
#include "pipeline/pipeline.hpp"
#include "report/writers.hpp"

int main(int argc, char** argv) {
    const std::optional<bench::Args> args = bench::parse_args(argc, argv, "bench_writers");
    if (!args) {
        return 2;
    }
    const galascan::Pipeline pipeline = galascan::build_pipeline({});
    const std::vector<std::string> files = galascan::collect_inputs(args->paths).files;
    galascan::BatchOptions batch;
    batch.jobs = 1;
    batch.use_cache = false;
    std::vector<double> analysis_times;
    galascan::Report report;
    for (int run = 0; run < args->runs; ++run) {
        analysis_times.push_back(bench::seconds([&] { report = galascan::analyse_batch(files, pipeline, batch, {}); }));
    }
    const double analysis = bench::median(analysis_times);
    fmt::print("{} files, analysis (-j 1, no cache): {:.4f} s\n", report.documents.size(), analysis);

    struct Writer {
        const char* name;
        void (*write)(const galascan::Report&, std::ostream&);
    };
    const Writer writers[] = {
        {"table", [](const galascan::Report& r, std::ostream& out) { galascan::write_table(r, out, {}); }},
        {"csv", [](const galascan::Report& r, std::ostream& out) { galascan::write_csv(r, out); }},
        {"csv excel-nl",
         [](const galascan::Report& r, std::ostream& out) { galascan::write_csv(r, out, galascan::excel_nl_dialect); }},
        {"csv-long", [](const galascan::Report& r, std::ostream& out) { galascan::write_csv_long(r, out); }},
        {"xlsx", [](const galascan::Report& r, std::ostream& out) { galascan::write_xlsx(r, out); }},
        {"json", [](const galascan::Report& r, std::ostream& out) { galascan::write_json(r, out); }},
    };
    for (const Writer& writer : writers) {
        std::vector<double> times;
        std::size_t bytes = 0;
        for (int run = 0; run < args->runs; ++run) {
            std::ostringstream out;
            times.push_back(bench::seconds([&] { writer.write(report, out); }));
            bytes = out.str().size();
        }
        const double time = bench::median(times);
        fmt::print("  {:<13} {:8.5f} s  {:6.2f} % of the analysis  ({} bytes)\n", writer.name, time,
                   100 * time / analysis, bytes);
    }
    return 0;
}
