#pragma once
// One worker process: forked (without exec) from the parent, so it inherits whatever the parent
// built before (the lexicon, the compiled matcher) for the price of copying page tables. It serves
// jobs from its channel until the channel closes. Linux only: /proc and PR_SET_PDEATHSIG. The
// parent must not set SIGCHLD to SIG_IGN: waitpid could then not say how a worker ended.

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "batch/channel.hpp"
#include "batch/job.hpp"

namespace galascan {

struct WorkerProcess {
    pid_t pid = -1;    // -1: no process (never started, or ended and reaped)
    int channel = -1;  // the parent's end of the socket pair, close-on-exec; -1 when closed
};

// Forks a worker that runs `function` for each job until its channel closes. In the child:
// stdout goes to /dev/null, core dumps are off, SIGPIPE is ignored, the child dies with the
// parent, its address space is limited to `memory_limit` bytes (0: not; release builds only,
// batch/memory_limit.hpp), and `other_channels` (the parent's ends of the other workers) are
// closed, so that each worker's end of file is seen as soon as it alone lets go. Nullopt when
// socketpair or fork fails (descriptor or process limits): a refusal the pool plans for, not
// an exception (and UBSan in GCC 12 reports a false vptr error in std::system_error's
// constructor). The caller must be single-threaded (fork copies only this thread).
std::optional<WorkerProcess> spawn_worker(const JobFunction& function, const std::vector<int>& other_channels,
                                          std::size_t memory_limit = 0);

// Runs one job in this process: `done` with its result; `out_of_memory` (empty result) when it
// threw std::bad_alloc; `failed` with the exception's message on one line for anything else.
ResultKind run_job(const JobFunction& function, const std::string& job, std::string& result);

// Resident set size of a process in bytes, from /proc/<pid>/statm; 0 when it cannot be read.
// Pages inherited from the parent count too: they are resident in both.
std::size_t resident_bytes(pid_t pid);

// SIGKILLs the worker, reaps it and closes its channel; `worker` ends up empty.
void kill_worker(WorkerProcess& worker);

// Reaps a worker whose channel said end of file: waits up to `grace` for it to exit, then kills
// it. Closes its channel, empties `worker`, and returns how it ended ("worker killed by signal 11
// (Segmentation fault)", "worker exited with status 1").
std::string reap_worker(WorkerProcess& worker, std::chrono::milliseconds grace);

// If the worker has exited, reaps it (pid becomes -1) and returns how it ended. The channel stays
// open so that a result sent just before can still be read; close it with close_channel.
std::optional<std::string> reap_if_exited(WorkerProcess& worker);

void close_channel(WorkerProcess& worker);

// Ends workers: closes all their channels first (each worker exits at end of file), waits up to
// `grace` in all, then kills the rest. Leaves no zombie; every `worker` ends up empty.
void stop_workers(const std::vector<WorkerProcess*>& workers, std::chrono::milliseconds grace);

}  // namespace galascan
