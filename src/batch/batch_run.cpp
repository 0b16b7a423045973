// The parent's side of one WorkerPool::run: one poll() loop over the workers' channels. It hands
// jobs to idle workers in the caller's order, reads results as they arrive (without blocking, so
// a several-megabyte result never stalls the others), and between wake-ups enforces the limits:
// a job past its time is killed, a worker that ran out of memory is replaced (in sanitizer
// builds: killed past its resident limit, sampled from /proc, so the poll timeout doubles as the
// sampling clock), and a worker that died is reaped, its job reported as crashed. A killed
// worker's slot is refilled by a fresh fork when the next job needs it; when not one worker can
// be started (descriptor or process limits), jobs run in the parent, one at a time. Every way a
// worker can end leads to a waitpid, so no zombie stays behind, and every wait is bounded, so no
// worker can hang the parent.

#include "batch/pool_worker.hpp"

#include <poll.h>

#include <algorithm>
#include <chrono>
#include <new>
#include <optional>

#include <fmt/core.h>

#include "batch/memory_limit.hpp"

namespace galascan {

namespace {

using Clock = std::chrono::steady_clock;

// How often a busy worker's resident size is sampled when the memory limit is enforced that way
// (sanitizer builds): often enough to stop a runaway allocation within a few hundred megabytes,
// rare enough to cost nothing.
constexpr std::chrono::milliseconds memory_check_interval{25};
// How often workers are checked for having exited without their channel saying so (a grandchild
// could hold the worker's end open).
constexpr std::chrono::milliseconds liveness_check_interval{200};

double seconds_between(Clock::time_point start, Clock::time_point end) {
    return std::chrono::duration<double>(end - start).count();
}

// What a memory_limit outcome says, however the limit was enforced: no sampled figure, so that
// the report is the same whichever worker, and whenever, met it.
constexpr const char* memory_limit_detail = "needed more memory than the limit; worker replaced";

bool sampling_memory(const WorkerLimits& limits) {
    return limits.memory_bytes > 0 && memory_limit_method == MemoryLimitMethod::sampled_resident;
}

JobOutcome outcome_of(ResultKind kind, std::string result) {
    JobOutcome outcome;
    switch (kind) {
        case ResultKind::done:
            outcome.payload = std::move(result);
            break;
        case ResultKind::failed:
            outcome.status = DocumentStatus::error;
            outcome.detail = std::move(result);
            break;
        case ResultKind::out_of_memory:
            outcome.status = DocumentStatus::memory_limit;
            outcome.detail = memory_limit_detail;
            break;
    }
    return outcome;
}

// The parent's ends of every worker's channel but `except`'s: the ones a new worker must close.
std::vector<int> channels_other_than(const std::vector<PoolWorker>& workers, const PoolWorker* except) {
    std::vector<int> channels;
    for (const PoolWorker& worker : workers) {
        if (&worker != except && worker.process.channel >= 0) {
            channels.push_back(worker.process.channel);
        }
    }
    return channels;
}

// One call of WorkerPool::run: the jobs, where dispatch has got to, and the poll loop.
class BatchRun {
public:
    BatchRun(std::vector<PoolWorker>& workers, const JobFunction& function, const WorkerLimits& limits,
             JobQueue& queue, const JobDone& on_done)
        : m_workers(workers),
          m_function(function),
          m_limits(limits),
          m_queue(queue),
          m_on_done(on_done),
          // Capped at 30 years, so that a huge limit cannot overflow the clock's nanoseconds.
          m_timeout(std::chrono::duration_cast<Clock::duration>(
              std::chrono::duration<double>(std::min(limits.timeout_seconds, 1e9)))),
          m_check_interval(sampling_memory(limits) ? memory_check_interval : liveness_check_interval),
          m_next_check(Clock::now() + m_check_interval) {}

    void run() {
        // m_queue grows when on_done adds jobs, so its size is read anew on every pass.
        while (m_finished < m_queue.jobs.size()) {
            for (PoolWorker& worker : m_workers) {
                if (!worker.busy && !m_queue.waiting.empty() && has_process(worker)) {
                    dispatch(worker, next_waiting());
                }
            }
            if (!m_queue.waiting.empty() && !any_busy()) {
                // Not one worker could be started: the job is done here rather than never.
                run_here(next_waiting());
                continue;
            }
            wait_for_activity();
            enforce_limits();
        }
    }

private:
    std::size_t next_waiting() {
        const std::size_t job_index = m_queue.waiting.front();
        m_queue.waiting.pop_front();
        return job_index;
    }

    bool has_process(PoolWorker& worker) {
        return worker.process.pid > 0 || try_start_worker(m_workers, worker, m_function, m_limits);
    }

    bool any_busy() const {
        return std::any_of(m_workers.begin(), m_workers.end(), [](const PoolWorker& worker) { return worker.busy; });
    }

    // The last resort when the system refuses worker processes: the job in this process, with
    // neither isolation nor limits (a crash here would end the batch; without processes to
    // spare, there is nothing better).
    void run_here(std::size_t job_index) {
        const Clock::time_point started = Clock::now();
        std::string result;
        const ResultKind kind = run_job(m_function, m_queue.jobs[job_index], result);
        JobOutcome outcome = outcome_of(kind, std::move(result));
        outcome.seconds = seconds_between(started, Clock::now());
        ++m_finished;
        m_on_done(job_index, std::move(outcome));
    }

    void dispatch(PoolWorker& worker, std::size_t job_index) {
        worker.busy = true;
        worker.job_index = job_index;
        worker.started = Clock::now();
        worker.outgoing = OutgoingJob(m_queue.jobs[job_index]);
        if (worker.outgoing.continue_sending(worker.process.channel) != OutgoingJob::Progress::broken) {
            return;
        }
        // The worker died while idle and unnoticed: not the job's fault, so it gets a fresh worker.
        reap_worker(worker.process, worker_exit_grace);
        if (!try_start_worker(m_workers, worker, m_function, m_limits)) {
            worker.busy = false;
            run_here(job_index);
            return;
        }
        worker.outgoing.rewind();
        if (worker.outgoing.continue_sending(worker.process.channel) == OutgoingJob::Progress::broken) {
            finish(worker, DocumentStatus::crashed, reap_worker(worker.process, worker_exit_grace));
        }
    }

    // Sleeps in poll() until a channel has news or the next deadline or check is due.
    void wait_for_activity() {
        std::vector<pollfd> channels;
        std::vector<PoolWorker*> owners;
        for (PoolWorker& worker : m_workers) {
            if (worker.process.channel >= 0) {
                const bool sending = worker.busy && worker.outgoing.pending();
                channels.push_back(
                    pollfd{worker.process.channel, static_cast<short>(POLLIN | (sending ? POLLOUT : 0)), 0});
                owners.push_back(&worker);
            }
        }
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(next_wake_up() - Clock::now());
        const int ready = poll(channels.data(), channels.size(), static_cast<int>(std::max<long>(wait.count(), 0)));
        if (ready <= 0) {
            return;  // timed out, or EINTR: either way the limits are checked next
        }
        for (std::size_t i = 0; i < channels.size(); ++i) {
            if (channels[i].revents != 0) {
                on_channel_activity(*owners[i], channels[i].revents);
            }
        }
    }

    Clock::time_point next_wake_up() const {
        Clock::time_point wake_up = m_next_check;
        for (const PoolWorker& worker : m_workers) {
            if (worker.busy && m_limits.timeout_seconds > 0) {
                wake_up = std::min(wake_up, worker.started + m_timeout);
            }
        }
        return wake_up;
    }

    void on_channel_activity(PoolWorker& worker, short events) {
        if (!worker.busy) {
            // An idle worker has nothing to say: it died (or broke the protocol). No job to blame.
            reap_worker(worker.process, worker_exit_grace);
            return;
        }
        if ((events & POLLOUT) != 0 &&
            worker.outgoing.continue_sending(worker.process.channel) == OutgoingJob::Progress::broken) {
            finish(worker, DocumentStatus::crashed, reap_worker(worker.process, worker_exit_grace));
            return;
        }
        if ((events & (POLLIN | POLLHUP | POLLERR)) != 0) {
            receive(worker);
        }
    }

    void receive(PoolWorker& worker) {
        switch (worker.incoming.continue_receiving(worker.process.channel)) {
            case IncomingResult::Progress::pending:
                return;
            case IncomingResult::Progress::complete:
                finish_with_result(worker);
                return;
            case IncomingResult::Progress::closed:
                finish(worker, DocumentStatus::crashed, reap_worker(worker.process, worker_exit_grace));
                return;
            case IncomingResult::Progress::malformed:
                kill_worker(worker.process);
                finish(worker, DocumentStatus::crashed, "worker sent a malformed result");
                return;
        }
    }

    // Time limits on every pass; exits and memory on the sampling clock.
    void enforce_limits() {
        const Clock::time_point now = Clock::now();
        for (PoolWorker& worker : m_workers) {
            if (worker.busy && m_limits.timeout_seconds > 0 && now >= worker.started + m_timeout) {
                kill_worker(worker.process);
                finish(worker, DocumentStatus::timeout,
                       fmt::format("no result within the {:g} s time limit; worker killed", m_limits.timeout_seconds));
            }
        }
        if (now < m_next_check) {
            return;
        }
        m_next_check = now + m_check_interval;
        for (PoolWorker& worker : m_workers) {
            check_exited(worker);
            if (worker.busy && sampling_memory(m_limits)) {
                check_memory(worker);
            }
        }
    }

    void check_exited(PoolWorker& worker) {
        const std::optional<std::string> ending = reap_if_exited(worker.process);
        if (!ending) {
            return;
        }
        // A result sent just before the end is still a result.
        if (worker.busy &&
            worker.incoming.continue_receiving(worker.process.channel) == IncomingResult::Progress::complete) {
            finish_with_result(worker);
        } else if (worker.busy) {
            finish(worker, DocumentStatus::crashed, *ending);
        }
        close_channel(worker.process);
    }

    void check_memory(PoolWorker& worker) {
        if (resident_bytes(worker.process.pid) > m_limits.memory_bytes + sanitizer_resident_allowance) {
            kill_worker(worker.process);
            finish(worker, DocumentStatus::memory_limit, memory_limit_detail);
        }
    }

    void finish_with_result(PoolWorker& worker) {
        const ResultKind kind = worker.incoming.kind();
        if (kind == ResultKind::out_of_memory) {
            // What the failed allocation left behind (leaks, a fragmented heap) must not shrink
            // the next file's room: a fresh worker takes it.
            kill_worker(worker.process);
        }
        finish(worker, outcome_of(kind, worker.incoming.take_payload()));
    }

    void finish(PoolWorker& worker, DocumentStatus status, std::string detail) {
        JobOutcome outcome;
        outcome.status = status;
        outcome.detail = std::move(detail);
        finish(worker, std::move(outcome));
    }

    // The worker is idle again (or empty, to be refilled) before on_done runs, so that an
    // exception from on_done leaves the pool consistent.
    void finish(PoolWorker& worker, JobOutcome outcome) {
        outcome.seconds = seconds_between(worker.started, Clock::now());
        worker.busy = false;
        ++m_finished;
        m_on_done(worker.job_index, std::move(outcome));
    }

    std::vector<PoolWorker>& m_workers;
    const JobFunction& m_function;
    const WorkerLimits& m_limits;
    JobQueue& m_queue;
    const JobDone& m_on_done;
    const Clock::duration m_timeout;
    const std::chrono::milliseconds m_check_interval;
    Clock::time_point m_next_check;
    std::size_t m_finished = 0;
};

}  // namespace

bool try_start_worker(std::vector<PoolWorker>& workers, PoolWorker& worker, const JobFunction& function,
                      const WorkerLimits& limits) {
    std::optional<WorkerProcess> started =
        spawn_worker(function, channels_other_than(workers, &worker), limits.memory_bytes);
    if (!started) {
        worker.process = WorkerProcess{};
        return false;
    }
    worker.process = std::move(*started);
    worker.incoming = IncomingResult{};
    return true;
}

void run_batch(std::vector<PoolWorker>& workers, const JobFunction& function, const WorkerLimits& limits,
               JobQueue& queue, const JobDone& on_done) {
    BatchRun(workers, function, limits, queue, on_done).run();
}

}  // namespace galascan
