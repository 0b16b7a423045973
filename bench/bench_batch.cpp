// bench_batch [--runs N] [--galascan PATH] PDF-or-folder...: the batch figures of
// bench/README.md in one run, on the same files, each as a ratio to bare extraction:
//   bare poppler-cpp     load + page::text() of every page, single thread, in this process
//   pdftotext            one `pdftotext FILE -` per file, one after another
//   galascan -j 1        the whole analysis, one worker, no cache
//   galascan -j <cores>  the same on every core
//   galascan cold cache  -j 1 with an empty cache (extraction + storing the text)
//   galascan warm cache  -j 1 after a lexicon change (a lexicon file of its own): text from the cache
// and the peak resident memory of galascan -j 1 (its largest process: a worker). Medians of N runs.

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fmt/core.h>

#include "bare_poppler.hpp"
#include "bench_common.hpp"
#include "pipeline/inputs.hpp"

namespace {

struct Run {
    double seconds = 0;
    long max_rss_kb = 0;   // the largest process of the command and its waited-for children
};

// Runs `argv` with stdout and stderr to /dev/null and `environment` added; its wall time and
// peak memory.
Run run_command(const std::vector<std::string>& argv, const std::vector<std::string>& environment = {}) {
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        for (const std::string& variable : environment) {
            putenv(const_cast<char*>(variable.c_str()));
        }
        std::vector<char*> args;
        for (const std::string& arg : argv) {
            args.push_back(const_cast<char*>(arg.c_str()));
        }
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.max_rss_kb = usage.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
        fmt::print(stderr, "bench_batch: {} failed to run\n", argv[0]);
        std::exit(1);
    }
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    std::string galascan = "build/galascan";
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--galascan" && i + 1 < argc) {
            galascan = argv[++i];
        } else {
            rest.push_back(argv[i]);
        }
    }
    const std::optional<bench::Args> args = bench::parse_args(static_cast<int>(rest.size()), rest.data(), "bench_batch");
    if (!args) {
        return 2;
    }
    bench::silence_poppler();
    const std::vector<std::string> files = galascan::collect_inputs(args->paths).files;
    const std::filesystem::path scratch = std::filesystem::temp_directory_path() / fmt::format("bench-batch-{}", getpid());
    std::filesystem::create_directories(scratch);
    const std::string cache_env = "XDG_CACHE_HOME=" + (scratch / "cache").string();
    // A lexicon change: the built-in lexicon as a file of its own (a different lexicon as far
    // as anything could tell), so grading runs again on cached text.
    const std::string lexicon = (scratch / "changed.toml").string();
    std::system(fmt::format("'{}' lexicon dump > '{}'", galascan, lexicon).c_str());
    std::ofstream(lexicon, std::ios::app) << "\n# changed by bench_batch\n";

    std::vector<std::string> common{galascan, "--quiet", "--format", "csv"};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> command = common;
        command.insert(command.end(), extra.begin(), extra.end());
        command.insert(command.end(), files.begin(), files.end());
        return command;
    };
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<double> bare, pdftotext, one, all, cold, warm;
    long rss_kb = 0;
    for (int run = 0; run < args->runs; ++run) {
        bare.push_back(bench::seconds([&] { bench::bare_poppler(files); }));
        pdftotext.push_back(bench::seconds([&] {
            for (const std::string& file : files) {
                run_command({"pdftotext", "-q", file, "-"});
            }
        }));
        const Run single = run_command(with({"-j", "1", "--no-cache"}));
        one.push_back(single.seconds);
        rss_kb = std::max(rss_kb, single.max_rss_kb);
        all.push_back(run_command(with({"-j", std::to_string(cores), "--no-cache"})).seconds);
        std::filesystem::remove_all(scratch / "cache");
        cold.push_back(run_command(with({"-j", "1"}), {cache_env}).seconds);
        warm.push_back(run_command(with({"-j", "1", "--lexicon", lexicon}), {cache_env}).seconds);
    }
    std::filesystem::remove_all(scratch);

    const double floor = bench::median(bare);
    fmt::print("{} files, {} runs, {} cores; medians, ratio to bare extraction\n", files.size(), args->runs, cores);
    auto line = [&](const char* what, const std::vector<double>& times) {
        const double m = bench::median(times);
        fmt::print("  {:<36} {:8.3f} s  {:6.2f}x\n", what, m, m / floor);
    };
    line("bare poppler-cpp (load + text)", bare);
    line("pdftotext, one per file", pdftotext);
    line("galascan -j 1, no cache", one);
    line(fmt::format("galascan -j {}, no cache", cores).c_str(), all);
    line("galascan -j 1, cold cache", cold);
    line("galascan -j 1, warm cache, new lexicon", warm);
    fmt::print("  speed-up -j {} over -j 1: {:.2f}x; warm cache over cold: {:.1f}x\n", cores,
               bench::median(one) / bench::median(all), bench::median(cold) / bench::median(warm));
    fmt::print("  peak RSS of galascan -j 1 (largest process): {:.1f} MB\n", static_cast<double>(rss_kb) / 1024.0);
    return 0;
}
