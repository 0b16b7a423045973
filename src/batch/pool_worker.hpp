#pragma once
// The insides of WorkerPool, shared by its lifecycle (worker_pool.cpp) and the dispatch loop of
// one run (batch_run.cpp). Not for use outside batch/.

#include <chrono>
#include <cstddef>
#include <deque>
#include <string>
#include <vector>

#include "batch/channel.hpp"
#include "batch/worker_pool.hpp"
#include "batch/worker_process.hpp"

namespace galascan {

// How long a worker that is ending (closed channel, shutdown) gets to exit before SIGKILL.
inline constexpr std::chrono::milliseconds worker_exit_grace{200};

// One slot of the pool: its process (absent after a kill, until the next job needs one) and the
// job it is running.
struct PoolWorker {
    WorkerProcess process;
    bool busy = false;
    std::size_t job_index = 0;  // the job it is running, when busy
    std::chrono::steady_clock::time_point started;
    OutgoingJob outgoing;
    IncomingResult incoming;
};

// Forks a fresh worker into `worker`'s slot, limited as `limits` say; the child closes the other
// slots' channels. False, and the slot left empty, when the system refuses (socketpair or fork
// fails: descriptor or process limits).
bool try_start_worker(std::vector<PoolWorker>& workers, PoolWorker& worker, const JobFunction& function,
                      const WorkerLimits& limits);

// The jobs of one run: every job so far by index (a deque, so that adding one from on_done
// moves none), and the indices not yet handed out, next first.
struct JobQueue {
    std::deque<std::string> jobs;
    std::deque<std::size_t> waiting;
};

// WorkerPool::run after its checks: dispatches, waits, enforces `limits`, calls `on_done` (which
// may add to `queue`); returns when every job in `queue` is done.
void run_batch(std::vector<PoolWorker>& workers, const JobFunction& function, const WorkerLimits& limits,
               JobQueue& queue, const JobDone& on_done);

}  // namespace galascan
