#pragma once
// WorkerPool: long-lived worker processes that run jobs for the parent, so that a crash, a hang
// or a memory blow-up inside a library (Poppler, on a hostile PDF) costs one job, not the batch.
// This is Apache Tika's forked-worker design: N workers forked once and fed job after job (not
// a process per file), each watched by the parent, and replaced when it has to be killed.
//
// The parent builds its expensive state (lexicon, matcher) first and creates the pool after:
// fork without exec hands that state to every worker for free. The parent stays single-threaded
// and runs everything else in its own thread: dispatch, limits, and the caller's on_done.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "batch/job.hpp"

namespace galascan {

struct WorkerLimits {
    // Wall time one job may take before its worker is killed (outcome `timeout`); 0 = no limit.
    double timeout_seconds = 0;
    // Memory a worker may use, in bytes (outcome `memory_limit`); 0 = no limit. It counts the
    // whole process, including what it inherited from the parent. Release builds: the worker's
    // address space (RLIMIT_AS), so an allocation past it fails at once; a job that fails on it
    // with std::bad_alloc ends as `memory_limit` and its worker is replaced. Sanitizer builds:
    // resident size sampled from /proc every 25 ms, the worker killed past the limit plus
    // sanitizer_resident_allowance. batch/memory_limit.hpp says why.
    std::size_t memory_bytes = 0;
};

// Called in the parent once per job, as each finishes: `job_index` indexes the `jobs` given to
// run(). Completion order is not dispatch order; the caller reorders for deterministic output.
using JobDone = std::function<void(std::size_t job_index, JobOutcome outcome)>;

struct PoolWorker;  // a worker process and the job it is running, if any
struct JobQueue;    // the jobs of one run

class WorkerPool {
public:
    // Forks up to `worker_count` (>= 1) workers, each running `function` per job: as many as
    // the system lets it start (descriptor and process limits); run() tries again for the rest
    // when it has jobs for them. Throws std::invalid_argument for a worker count below 1 or a
    // limit that is negative or not a number.
    // `start_now` (-1: all) is how many to fork at once; the others are forked when run() has a
    // job for them (a batch of one large file split over every worker, say).
    WorkerPool(int worker_count, JobFunction function, WorkerLimits limits = {}, int start_now = -1);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Runs every job once: hands jobs[dispatch_order[0]], jobs[dispatch_order[1]], ... to idle
    // workers in that order (callers put the biggest files first, so that one large document
    // does not end the batch alone) and calls `on_done` for each. Returns when all are done.
    // A worker that crashed, timed out or went over the memory limit is replaced by a fresh
    // one, and the batch goes on. When no worker is running and not one can be started, the
    // next job runs in this process, without isolation or limits, so that every job still gets
    // its outcome. `dispatch_order` must list each index of `jobs` exactly once
    // (std::invalid_argument otherwise). If `on_done` throws, the jobs still running are
    // abandoned (their workers killed) and the exception propagates; the pool stays usable.
    void run(const std::vector<std::string>& jobs, const std::vector<std::size_t>& dispatch_order,
             const JobDone& on_done);

    // From on_done, while run() is going on: adds a job, handed out before every job still
    // waiting (it is part of work already under way: one document's pages, split over workers),
    // and returns its index, which on_done receives with its outcome. run() returns only when
    // the added jobs are done too. std::logic_error outside run().
    std::size_t add_job(std::string job);

    // While run() is going on: how many jobs are not yet handed to a worker (0 outside run()).
    std::size_t waiting_jobs() const;

    // Closes the workers' channels so that they exit; kills any still alive after a short grace.
    // Called by the destructor; idempotent. run() after shutdown() throws std::logic_error.
    void shutdown();

    int worker_count() const;  // as asked for, whether or not each could be started

private:
    JobFunction m_function;
    WorkerLimits m_limits;
    std::vector<PoolWorker> m_workers;
    JobQueue* m_queue = nullptr;  // the current run's jobs, while run() is going on
    bool m_shut_down = false;
};

}  // namespace galascan
