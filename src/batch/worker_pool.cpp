// WorkerPool's lifecycle: workers forked at construction, checks before a run, clean-up after a
// run that threw, shutdown. The dispatch loop itself is in batch_run.cpp.

#include "batch/worker_pool.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "batch/pool_worker.hpp"

namespace galascan {

namespace {

void check_dispatch_order(std::size_t job_count, const std::vector<std::size_t>& dispatch_order) {
    std::vector<bool> listed(job_count, false);
    bool valid = dispatch_order.size() == job_count;
    for (std::size_t i = 0; valid && i < dispatch_order.size(); ++i) {
        valid = dispatch_order[i] < job_count && !listed[dispatch_order[i]];
        if (valid) {
            listed[dispatch_order[i]] = true;
        }
    }
    if (!valid) {
        throw std::invalid_argument("WorkerPool::run: the dispatch order must list every job exactly once");
    }
}

}  // namespace

WorkerPool::WorkerPool(int worker_count, JobFunction function, WorkerLimits limits, int start_now)
    : m_function(std::move(function)), m_limits(limits) {
    if (worker_count < 1 || !(limits.timeout_seconds >= 0)) {
        throw std::invalid_argument("WorkerPool: needs at least one worker and limits of zero or more");
    }
    m_workers.resize(static_cast<std::size_t>(worker_count));
    const std::size_t starting = start_now < 0 ? m_workers.size() : static_cast<std::size_t>(start_now);
    for (std::size_t i = 0; i < std::min(starting, m_workers.size()); ++i) {
        // Out of descriptors or processes: fewer workers now; run() tries again when it can use one.
        if (!try_start_worker(m_workers, m_workers[i], m_function, m_limits)) {
            break;
        }
    }
}

WorkerPool::~WorkerPool() {
    shutdown();
}

int WorkerPool::worker_count() const {
    return static_cast<int>(m_workers.size());
}

void WorkerPool::run(const std::vector<std::string>& jobs, const std::vector<std::size_t>& dispatch_order,
                     const JobDone& on_done) {
    if (m_shut_down) {
        throw std::logic_error("WorkerPool::run after shutdown");
    }
    check_dispatch_order(jobs.size(), dispatch_order);
    JobQueue queue;
    queue.jobs.assign(jobs.begin(), jobs.end());
    queue.waiting.assign(dispatch_order.begin(), dispatch_order.end());
    m_queue = &queue;
    try {
        run_batch(m_workers, m_function, m_limits, queue, on_done);
        m_queue = nullptr;
    } catch (...) {
        m_queue = nullptr;
        // A job still running would answer into the next run: end it with its worker.
        for (PoolWorker& worker : m_workers) {
            if (worker.busy) {
                kill_worker(worker.process);
                worker.busy = false;
            }
        }
        throw;
    }
}

std::size_t WorkerPool::add_job(std::string job) {
    if (m_queue == nullptr) {
        throw std::logic_error("WorkerPool::add_job outside run");
    }
    m_queue->jobs.push_back(std::move(job));
    m_queue->waiting.push_front(m_queue->jobs.size() - 1);
    return m_queue->jobs.size() - 1;
}

std::size_t WorkerPool::waiting_jobs() const {
    return m_queue == nullptr ? 0 : m_queue->waiting.size();
}

void WorkerPool::shutdown() {
    std::vector<WorkerProcess*> processes;
    for (PoolWorker& worker : m_workers) {
        processes.push_back(&worker.process);
    }
    stop_workers(processes, worker_exit_grace);
    m_shut_down = true;
}

}  // namespace galascan
