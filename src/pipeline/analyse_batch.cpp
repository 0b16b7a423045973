// A batch runs in worker processes (batch/worker_pool): each worker reads a file through every
// stage and sends its DocumentReport back encoded (store/codec). The parent only checks that
// each path is a readable file, schedules, reorders and watches: a worker that crashes, hangs
// or eats memory costs that file's row, never the batch, and every result lands in the report
// at its input position.

#include "pipeline/analyse_batch.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>
#include <thread>
#include <variant>

#include <fmt/core.h>

#include "batch/test_faults.hpp"
#include "batch/worker_pool.hpp"
#include "extract/input_file.hpp"
#include "pipeline/analyse.hpp"
#include "pipeline/cached_report.hpp"
#include "pipeline/cached_text.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/split_document.hpp"
#include "store/cache.hpp"
#include "store/codec.hpp"
#include "store/document_codec.hpp"
#include "version.hpp"

namespace galascan {

namespace {

using Clock = std::chrono::steady_clock;

int worker_count(const BatchOptions& options, std::size_t files) {
    int jobs = options.jobs;
    if (jobs <= 0) {
        jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    }
    return static_cast<int>(std::clamp<std::size_t>(files, 1, static_cast<std::size_t>(jobs)));
}

// Biggest files first: a 300-page plan started last would leave one core working alone at
// the end. Ties keep input order, so scheduling is repeatable. `indices` (into `paths`,
// ascending) in that order.
std::vector<std::size_t> biggest_first(const std::vector<std::string>& paths, const std::vector<std::size_t>& indices) {
    std::vector<std::uintmax_t> sizes(paths.size(), 0);
    for (const std::size_t i : indices) {
        std::error_code error;
        const std::uintmax_t size = std::filesystem::file_size(paths[i], error);
        sizes[i] = error ? 0 : size;
    }
    std::vector<std::size_t> order = indices;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    return order;
}

// The worker's side of a job (pipeline/split_document.hpp, BatchJob): a range's pages, or a
// cache flag byte and the encoded report, or for a `document` job over `split_pages` pages 's'
// and its page count: an offer to read it in parts, which the parent takes or not.
std::string run_in_worker(const std::string& job_bytes, const Pipeline& pipeline,
                          const std::optional<ExtractionCache>& cache, const std::string& results, int split_pages) {
    std::optional<BatchJob> job = decode_job(job_bytes);
    if (!job) {
        throw std::runtime_error("the worker was sent a malformed job");
    }
    if (job->kind == JobKind::range) {
        return read_page_range(job->path, job->range, pipeline.options.extract);
    }
    // The result cache first: a hit skips extraction, matching and scoring. A `whole` or `join`
    // job is a document some earlier job did not find there.
    std::optional<CacheKey> report_key;
    if (cache && !results.empty()) {
        report_key = result_key(job->path, pipeline.options, results);
    }
    if (report_key && job->kind == JobKind::document) {
        if (std::optional<DocumentReport> cached = lookup_cached_report(*cache, *report_key, pipeline.options)) {
            std::string result(1, 'c');
            result += encode_document_report(*cached);
            return result;
        }
    }
    TextSource reader;  // what reads the text on a cache miss; empty: read_text
    int offered_pages = 0;
    if (job->kind == JobKind::document && split_pages > 0) {
        reader = [&](const std::string& file) {
            return read_text_or_offer_split(file, pipeline.options, split_pages, offered_pages);
        };
    } else if (job->kind == JobKind::join) {
        reader = [&](const std::string&) {
            std::vector<Document> ranges;
            for (const std::string_view part : job->parts) {
                std::optional<Document> range = decode_document(part);
                if (!range) {
                    throw std::runtime_error("a page range of a split document was unreadable");
                }
                ranges.push_back(std::move(*range));
            }
            return text_of_extracted(join_page_ranges(std::move(ranges), job->page_count), pipeline.options);
        };
    }
    bool cache_hit = false;
    TextSource source = reader;
    if (cache) {
        source = [&](const std::string& file) {
            return read_text_cached(file, pipeline.options, *cache, cache_hit, reader);
        };
    }
    const DocumentReport report = analyse_document(job->path, pipeline, source);
    if (offered_pages > 0) {
        return fmt::format("s{}", offered_pages);
    }
    if (report_key && report.status == DocumentStatus::ok) {  // failures are cheap to find again
        cache->store_report(*report_key, report);  // trouble costs the next run, not this one
    }
    // Appended to a one-character string, not `"c" + encoded`: GCC 12 -O3 warns about
    // operator+(const char*, std::string&&) with a false -Wrestrict (GCC bug 105329).
    std::string result(1, cache_hit ? 'c' : '-');
    result += encode_document_report(report);
    return result;
}

WorkerLimits worker_limits(const BatchOptions& options) {
    WorkerLimits limits;
    limits.timeout_seconds = options.timeout_seconds;
    limits.memory_bytes = options.memory_limit_mb * 1024 * 1024;
    return limits;
}

DocumentReport stopped_report(const std::string& path, DocumentStatus status, std::string reason) {
    DocumentReport report;
    report.path = path;
    report.status = status;
    report.reason = std::move(reason);
    return report;
}

// Why the pool stopped a job, for the document's row: the limits name their options.
std::string stop_reason(const JobOutcome& outcome, const BatchOptions& options) {
    switch (outcome.status) {
        case DocumentStatus::crashed:
            return fmt::format("crashed while reading it ({}); the other files are not affected", outcome.detail);
        case DocumentStatus::timeout:
            return fmt::format(
                "stopped after {:g} s (--timeout): a PDF that takes this long is pathological or very large",
                options.timeout_seconds);
        case DocumentStatus::memory_limit:
            // The configured limit, never a sampled figure: the row is the same for any -j.
            return fmt::format("stopped: reading it needed more than the {} MB memory limit (--max-memory)",
                               options.memory_limit_mb);
        default:  // error: the job threw
            return fmt::format("internal error: {}", outcome.detail);
    }
}

// A worker's outcome as the document's row.
DocumentReport report_of(const std::string& path, const JobOutcome& outcome, const BatchOptions& options,
                         bool& cache_hit) {
    cache_hit = false;
    if (outcome.status != DocumentStatus::ok) {
        return stopped_report(path, outcome.status, stop_reason(outcome, options));
    }
    std::optional<DocumentReport> report;
    if (!outcome.payload.empty()) {
        report = decode_document_report(std::string_view(outcome.payload).substr(1));
    }
    if (!report) {
        return stopped_report(path, DocumentStatus::error, "internal error: the worker's report was unreadable");
    }
    cache_hit = outcome.payload.front() == 'c';
    return *report;
}

// A document's row is final: its index in the batch, the row, whether it came from the cache.
using DocumentDone = std::function<void(std::size_t index, DocumentReport document, bool cache_hit)>;

// What each job of the pool is for: the document (its index in `paths`), and for a range job
// which range.
struct JobRole {
    std::size_t document = 0;
    std::optional<std::size_t> range;
};

// Reads paths[order[0]], paths[order[1]], ... in `workers` worker processes (`started` of them
// forked at once, the others when a split document has work for them); `done` gets each row.
//
// Splitting (pipeline/split_document.hpp): a `document` job for a file over --split-pages
// pages answers with its page count instead of a report when it is not in the cache. The
// parent then decides with what it knows at that moment: when no other job waits for a worker,
// the other workers would idle while this one reads it, so the document is read in one range
// per worker (range jobs, handed out before anything else), and a `join` job, sent the ranges,
// lays it out, scores it and stores it in the cache as one document. When jobs are waiting,
// the workers have work, and the document is read whole (a `whole` job, next in line). A range
// the pool stopped (crashed, timeout, memory) fails the document, its reason naming the pages;
// a range that cannot stand for its part (Poppler's messages) has the document read whole.
int run_in_pool(const std::vector<std::string>& paths, const std::vector<std::size_t>& order, int workers,
                int started, const Pipeline& pipeline, const BatchOptions& options,
                const std::optional<ExtractionCache>& cache, const std::string& results, const DocumentDone& done) {
    const int split_pages = workers > 1 ? options.split_pages : 0;
    // The workers are forked here and inherit the built pipeline and the cache handle.
    const JobFunction analyse = [&](const std::string& job) {
        return run_in_worker(job, pipeline, cache, results, split_pages);
    };
    WorkerPool pool(workers, with_test_faults(analyse, options.test_faults), worker_limits(options), started);
    std::vector<std::string> jobs;  // in dispatch order: job j is paths[order[j]]
    std::vector<JobRole> roles;     // by job index, added jobs too
    for (const std::size_t index : order) {
        jobs.push_back(encode_job(BatchJob{JobKind::document, paths[index], {}, 0, {}}));
        roles.push_back(JobRole{index, std::nullopt});
    }
    std::map<std::size_t, SplitReading> splits;  // by document index
    int most_parts = 1;
    const auto add_job = [&](const BatchJob& job, JobRole role) {
        const std::size_t index = pool.add_job(encode_job(job));
        roles.resize(std::max(roles.size(), index + 1));
        roles[index] = role;
    };
    const auto on_range_done = [&](std::size_t document, std::size_t range, JobOutcome outcome) {
        SplitReading& split = splits.at(document);
        if (outcome.status == DocumentStatus::ok) {
            split.answered(range, std::move(outcome.payload));
        } else {
            split.stopped(range, outcome.status, stop_reason(outcome, options));
        }
        if (!split.complete()) {
            return;
        }
        if (split.failure()) {
            done(document, stopped_report(paths[document], split.failure()->status, split.failure()->reason), false);
        } else if (split.read_whole()) {
            add_job(BatchJob{JobKind::whole, paths[document], {}, 0, {}}, JobRole{document, std::nullopt});
        } else {
            add_job(BatchJob{JobKind::join, paths[document], {}, split.page_count(), split.parts()},
                    JobRole{document, std::nullopt});
        }
        splits.erase(document);
    };
    const auto on_offer = [&](std::size_t document, int page_count) {
        const int parts = split_parts(page_count, split_pages, workers, pool.waiting_jobs());
        if (parts <= 1) {
            add_job(BatchJob{JobKind::whole, paths[document], {}, 0, {}}, JobRole{document, std::nullopt});
            return;
        }
        most_parts = std::max(most_parts, parts);
        const SplitReading& split = splits.emplace(document, plan_page_ranges(page_count, parts)).first->second;
        // add_job puts each in front of the waiting jobs: the last range first, so that the
        // first is handed out first.
        for (std::size_t range = split.ranges().size(); range-- > 0;) {
            add_job(BatchJob{JobKind::range, paths[document], split.ranges()[range], 0, {}}, JobRole{document, range});
        }
    };
    pool.run(jobs, [&] {
        std::vector<std::size_t> dispatch(jobs.size());
        std::iota(dispatch.begin(), dispatch.end(), std::size_t{0});
        return dispatch;
    }(), [&](std::size_t job, JobOutcome outcome) {
        const JobRole role = roles.at(job);
        if (role.range) {
            on_range_done(role.document, *role.range, std::move(outcome));
            return;
        }
        if (outcome.status == DocumentStatus::ok && !outcome.payload.empty() && outcome.payload.front() == 's') {
            on_offer(role.document, std::stoi(outcome.payload.substr(1)));
            return;
        }
        bool cache_hit = false;
        DocumentReport document = report_of(paths[role.document], outcome, options, cache_hit);
        done(role.document, std::move(document), cache_hit);
    });
    pool.shutdown();
    return most_parts > 1 ? workers : started;
}

}  // namespace

Report analyse_batch(const std::vector<std::string>& paths, const Pipeline& pipeline, const BatchOptions& options,
                     const BatchEvents& events) {
    const Clock::time_point start = Clock::now();
    Report report;
    report.galascan_version = version;
    report.lexicon_files = pipeline.lexicon.files;
    report.categories = category_infos(pipeline.lexicon);
    report.documents.resize(paths.size());
    if (paths.empty()) {
        return report;
    }
    std::optional<ExtractionCache> cache;
    std::string results;  // the result cache's version of every key; empty: not used
    if (options.use_cache && options.cache_directory) {
        cache.emplace(*options.cache_directory);
        if (const std::optional<std::string> lexicon = lexicon_identity_of(pipeline.options)) {
            results = result_version(pipeline.options, *lexicon);
        }
    }

    // A path that is no readable regular file (missing, forbidden, a FIFO, a device, a folder
    // that could not be listed) gets its row here, before it is hashed or sent to a worker:
    // a FIFO would block the worker, /dev/zero keep it busy for the whole --timeout.
    std::vector<std::optional<ExtractError>> unreadable(paths.size());
    std::vector<std::size_t> order;  // dispatch order: the unreadable first, done at once
    std::vector<std::size_t> readable;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        unreadable[i] = check_input_file(paths[i]);
        (unreadable[i] ? order : readable).push_back(i);
    }
    const std::size_t unreadable_count = order.size();
    const std::vector<std::size_t> readable_order = biggest_first(paths, readable);
    order.insert(order.end(), readable_order.begin(), readable_order.end());

    // One worker per file up to --jobs; with splitting on, a pool of --jobs, the ones no file
    // needs forked only when a split document has work for them.
    const int started_workers = worker_count(options, readable.size());
    const int workers = options.split_pages > 0 ? worker_count(options, std::numeric_limits<std::size_t>::max())
                                                : started_workers;
    bool pool_running = false;
    std::vector<bool> finished(paths.size(), false);
    std::size_t next_in_order = 0;
    BatchProgress progress;
    progress.total = paths.size();
    const DocumentDone done = [&](std::size_t index, DocumentReport document, bool cache_hit) {
        report.documents[index] = std::move(document);
        report.documents[index].path = paths[index];
        report.stats.cache_hits += cache_hit ? 1 : 0;
        finished[index] = true;
        while (next_in_order < paths.size() && finished[next_in_order]) {
            if (events.final_in_order) {
                events.final_in_order(next_in_order, report.documents[next_in_order]);
            }
            ++next_in_order;
        }
        if (events.progress) {
            ++progress.done;
            progress.pages += report.documents[index].pages;
            progress.seconds = std::chrono::duration<double>(Clock::now() - start).count();
            // The pool hands out jobs strictly in dispatch order, one per idle worker: the
            // files being read are the started ones that are not finished.
            const std::size_t running = pool_running ? static_cast<std::size_t>(started_workers) : 0;
            const std::size_t started = std::min(paths.size(), progress.done + running);
            progress.reading.clear();
            for (std::size_t i = 0; i < started; ++i) {
                if (!finished[order[i]]) {
                    progress.reading.push_back(paths[order[i]]);
                }
            }
            events.progress(progress);
        }
    };
    for (std::size_t k = 0; k < unreadable_count; ++k) {
        const std::size_t index = order[k];
        // The row analyse_document gives any file extraction cannot read.
        const TextSource check = [&](const std::string&) -> TextResult { return *unreadable[index]; };
        done(index, analyse_document(paths[index], pipeline, check), false);
    }
    report.stats.jobs = 0;  // no worker is started when no file is readable
    if (!readable.empty()) {
        pool_running = true;
        report.stats.jobs =
            run_in_pool(paths, readable_order, workers, started_workers, pipeline, options, cache, results, done);
    }
    if (cache) {
        cache->trim(options.cache_max_bytes);
    }
    report.stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return report;
}

SingleFileOutcome render_in_worker(const std::string& path, const SingleFileRender& render,
                                   const BatchOptions& options) {
    // The worker's answer is tagged: 'o' and the output, or 'e' and why the file could not be read.
    const JobFunction job = [&render](const std::string& file) {
        std::variant<std::string, ExtractError> rendered = render(file);
        if (auto* output = std::get_if<std::string>(&rendered)) {
            output->insert(output->begin(), 'o');
            return std::move(*output);
        }
        std::string failure(1, 'e');
        failure += std::get<ExtractError>(rendered).reason;
        return failure;
    };
    WorkerPool pool(1, with_test_faults(job, options.test_faults), worker_limits(options));
    SingleFileOutcome outcome;
    pool.run({path}, {0}, [&](std::size_t, JobOutcome done) {
        if (done.status != DocumentStatus::ok) {
            outcome.reason = stop_reason(done, options);
        } else if (!done.payload.empty() && done.payload.front() == 'o') {
            outcome.ok = true;
            outcome.output = std::move(done.payload);
            outcome.output.erase(0, 1);
        } else {
            outcome.reason = done.payload.empty() ? std::string() : done.payload.substr(1);
        }
    });
    return outcome;
}

}  // namespace galascan
