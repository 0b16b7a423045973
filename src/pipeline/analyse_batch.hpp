#pragma once
// Running many documents: worker processes (isolation, all cores), the extraction cache, and
// the report in a stable order whatever the scheduling. docs/architecture.md, "Batches".

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "report/report.hpp"

namespace galascan {

struct Pipeline;  // pipeline/pipeline.hpp

struct BatchOptions {
    int jobs = 0;                        // worker processes; 0: one per core
    double timeout_seconds = 300;        // per file, then `timeout`; 0: no limit
    std::size_t memory_limit_mb = 2048;  // per worker while reading a file, then `memory_limit`; 0: none
    bool use_cache = true;               // --no-cache: neither read nor write the cache
    std::optional<std::filesystem::path> cache_directory;   // none: no cache (no HOME)
    std::uintmax_t cache_max_bytes = std::uintmax_t{1} << 30;   // trimmed to this after a run
    // Test-only (GALASCAN_TEST_FAULTS=1): workers act out the faults of batch/test_faults.hpp.
    bool test_faults = false;
};

// Where a batch is, for a progress line.
struct BatchProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    long pages = 0;                      // pages of the documents done
    double seconds = 0;                  // since the batch started
    std::vector<std::string> reading;    // paths being read now
};

struct BatchEvents {
    // A document's row is final, called in input order (index 0, 1, 2, ...) as soon as every
    // earlier one is too: --format jsonl streams from here.
    std::function<void(std::size_t index, const DocumentReport& document)> final_in_order;
    // After each document, in completion order.
    std::function<void(const BatchProgress& progress)> progress;
};

// Every path in order (the report's documents are in the same order, whatever `jobs`).
// Throws std::system_error when no worker process can be started at all.
Report analyse_batch(const std::vector<std::string>& paths, const Pipeline& pipeline, const BatchOptions& options,
                     const BatchEvents& events = {});

}  // namespace galascan
