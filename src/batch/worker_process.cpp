#include "batch/worker_process.hpp"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <thread>

#include <fmt/core.h>

#include "batch/channel.hpp"
#include "batch/memory_limit.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

using Clock = std::chrono::steady_clock;

// How often a waiting parent looks again whether a worker has exited.
constexpr std::chrono::milliseconds reap_poll_interval{1};

// The child's setup: everything that keeps a worker from harming the parent or the machine.
void prepare_worker_process(pid_t parent, std::size_t memory_limit) {
    // A worker outliving a killed parent would hold its job's memory until the job ended.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) {
        _exit(0);  // the parent died before prctl took effect
    }
    // A crash on a hostile PDF is expected here; a core file per crash would fill the disk.
    const rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    // A hostile PDF's allocations fail here rather than take the machine's memory
    // (batch/memory_limit.hpp); a worker that cannot be limited still runs, sampled or not.
    limit_address_space(memory_limit);
    // Write errors are reported by send(); a signal would end the worker without a word.
    std::signal(SIGPIPE, SIG_IGN);
    // The parent may be writing a report to stdout; nothing a library prints may end up in it.
    const int null_device = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null_device >= 0) {
        dup2(null_device, STDOUT_FILENO);
        close(null_device);
    }
}

[[noreturn]] void serve_jobs(int channel, const JobFunction& function, pid_t parent, std::size_t memory_limit) {
    prepare_worker_process(parent, memory_limit);
    std::string job;
    std::string result;
    while (receive_job(channel, job)) {
        const ResultKind kind = run_job(function, job, result);
        if (!send_result(channel, kind, result)) {
            break;
        }
    }
    // _exit, not exit: the parent's stdio buffers and atexit handlers are the parent's business.
    _exit(0);
}

std::string describe_ending(int wait_status) {
    if (WIFSIGNALED(wait_status)) {
        const int signal_number = WTERMSIG(wait_status);
        return fmt::format("worker killed by signal {} ({})", signal_number, strsignal(signal_number));
    }
    if (WIFEXITED(wait_status)) {
        return fmt::format("worker exited with status {}", WEXITSTATUS(wait_status));
    }
    return "worker ended";
}

// waitpid without WNOHANG, retried on EINTR; returns the wait status (0 if it was already reaped).
int wait_for(pid_t pid) {
    int wait_status = 0;
    while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
    }
    return wait_status;
}

}  // namespace

ResultKind run_job(const JobFunction& function, const std::string& job, std::string& result) {
    result.clear();
    try {
        result = function(job);
        return ResultKind::done;
    } catch (const std::bad_alloc&) {
        // The memory limit, not a bug: the result is left empty, since building a message could
        // fail the same way.
        result.clear();
        return ResultKind::out_of_memory;
    } catch (const std::exception& error) {
        result = join_whitespace(error.what());
    } catch (...) {
        result = "unknown exception";
    }
    return ResultKind::failed;
}

std::optional<WorkerProcess> spawn_worker(const JobFunction& function, const std::vector<int>& other_channels,
                                          std::size_t memory_limit) {
    // A child that calls exit() (a library's last resort) would otherwise write the parent's
    // buffered output a second time.
    std::fflush(nullptr);
    int ends[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
        return std::nullopt;
    }
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        close(ends[0]);
        close(ends[1]);
        return std::nullopt;
    }
    if (pid == 0) {
        close(ends[0]);
        for (const int channel : other_channels) {
            close(channel);
        }
        serve_jobs(ends[1], function, parent, memory_limit);
    }
    close(ends[1]);
    return WorkerProcess{pid, ends[0]};
}

std::size_t resident_bytes(pid_t pid) {
    const int statm = open(fmt::format("/proc/{}/statm", pid).c_str(), O_RDONLY | O_CLOEXEC);
    if (statm < 0) {
        return 0;
    }
    char text[128] = {};
    const ssize_t size = read(statm, text, sizeof text - 1);
    close(statm);
    unsigned long long total_pages = 0;
    unsigned long long resident_pages = 0;
    // statm: total program size, then resident set size, both in pages.
    if (size <= 0 || std::sscanf(text, "%llu %llu", &total_pages, &resident_pages) != 2) {
        return 0;
    }
    return static_cast<std::size_t>(resident_pages) * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

void close_channel(WorkerProcess& worker) {
    if (worker.channel >= 0) {
        close(worker.channel);
        worker.channel = -1;
    }
}

void kill_worker(WorkerProcess& worker) {
    if (worker.pid > 0) {
        kill(worker.pid, SIGKILL);
        wait_for(worker.pid);
        worker.pid = -1;
    }
    close_channel(worker);
}

std::optional<std::string> reap_if_exited(WorkerProcess& worker) {
    if (worker.pid <= 0) {
        return std::nullopt;
    }
    int wait_status = 0;
    pid_t reaped = 0;
    do {
        reaped = waitpid(worker.pid, &wait_status, WNOHANG);
    } while (reaped < 0 && errno == EINTR);
    if (reaped == 0) {
        return std::nullopt;  // still running
    }
    worker.pid = -1;
    return reaped > 0 ? describe_ending(wait_status) : std::string("worker ended");
}

std::string reap_worker(WorkerProcess& worker, std::chrono::milliseconds grace) {
    const Clock::time_point deadline = Clock::now() + grace;
    std::optional<std::string> ending;
    while (worker.pid > 0 && !(ending = reap_if_exited(worker)) && Clock::now() < deadline) {
        std::this_thread::sleep_for(reap_poll_interval);
    }
    if (!ending && worker.pid > 0) {
        // Alive without its channel (it closed it itself): of no more use.
        kill_worker(worker);
        ending = "worker closed its channel without a result";
    }
    close_channel(worker);
    return ending.value_or("worker ended");
}

void stop_workers(const std::vector<WorkerProcess*>& workers, std::chrono::milliseconds grace) {
    for (WorkerProcess* worker : workers) {
        close_channel(*worker);
    }
    const Clock::time_point deadline = Clock::now() + grace;
    for (;;) {
        bool any_running = false;
        for (WorkerProcess* worker : workers) {
            reap_if_exited(*worker);
            any_running = any_running || worker->pid > 0;
        }
        if (!any_running || Clock::now() >= deadline) {
            break;
        }
        std::this_thread::sleep_for(reap_poll_interval);
    }
    for (WorkerProcess* worker : workers) {
        kill_worker(*worker);
    }
}

}  // namespace galascan
