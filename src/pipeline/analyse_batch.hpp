#pragma once
// Running many documents: worker processes (isolation, all cores), the extraction cache, and
// the report in a stable order whatever the scheduling. docs/architecture.md, "Batches".

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "extract/document.hpp"
#include "report/report.hpp"

namespace galascan {

struct Pipeline;  // pipeline/pipeline.hpp

struct BatchOptions {
    int jobs = 0;                        // worker processes; 0: one per core
    double timeout_seconds = 300;        // per file, then `timeout`; 0: no limit
    std::size_t memory_limit_mb = 256;   // per worker (batch/memory_limit.hpp), then `memory_limit`; 0: none
    // --split-pages: a document of more pages is read in page ranges by several workers when
    // they would otherwise idle (pipeline/split_document.hpp); 0: never.
    int split_pages = 200;
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

// Every path in order (the report's documents are in the same order, whatever `jobs`). When
// fewer worker processes can be started than asked for (descriptor or process limits), fewer
// read the files; when none can, the files are read in this process, one by one.
Report analyse_batch(const std::vector<std::string>& paths, const Pipeline& pipeline, const BatchOptions& options,
                     const BatchEvents& events = {});

// What a command that reads one PDF (text, explain) made of it: its output, or why there is none.
struct SingleFileOutcome {
    bool ok = false;
    std::string output;  // when ok
    std::string reason;  // otherwise: the ExtractError's reason, or why its worker was stopped
};

// Turns one PDF into a command's output, or says why it cannot be read. Runs in the worker.
using SingleFileRender = std::function<std::variant<std::string, ExtractError>(const std::string& path)>;

// Runs `render` on `path` in one worker process with the limits of a batch's files (timeout,
// memory, the test faults), so that a hostile PDF costs that process, not galascan. An exception
// from `render` is a failed outcome whose reason says so.
SingleFileOutcome render_in_worker(const std::string& path, const SingleFileRender& render,
                                   const BatchOptions& options);

}  // namespace galascan
