#pragma once
// What both benchmarks need: their command line, a stopwatch and a median.

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <fmt/core.h>

namespace bench {

struct Args {
    int runs = 5;
    std::vector<std::string> paths;   // PDFs and folders
};

// `NAME [--runs N] PATH...`; prints the usage and returns nothing when no path is given.
inline std::optional<Args> parse_args(int argc, char** argv, const char* name) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) {
            args.runs = std::max(1, std::atoi(argv[++i]));
        } else {
            args.paths.push_back(arg);
        }
    }
    if (args.paths.empty()) {
        fmt::print(stderr, "usage: {} [--runs N] PDF-or-folder...\n", name);
        return std::nullopt;
    }
    return args;
}

// Wall-clock seconds that `work` takes.
template <typename Work>
double seconds(Work work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

inline double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace bench
