#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "batch/memory_limit.hpp"
#include "batch/worker_pool.hpp"
#include "batch/worker_process.hpp"

using namespace galascan;

namespace {

using Clock = std::chrono::steady_clock;

// These tests wait for events (a process that has died, two workers that have met), not for
// time to pass: on a loaded two-core machine any sleep can be too short. Where a test bounds a
// duration, the bound only tells "soon" from "never" and leaves seconds of room.
constexpr std::chrono::seconds event_wait_limit{20};

// True when process `pid` (not necessarily a child) has ended: a zombie or gone.
bool has_ended(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string field;
    // "pid (comm) state ...": comm is a worker's, unit_tests, with no space in it.
    return !(stat >> field >> field >> field) || field == "Z" || field == "X";
}

// Waits until `pid` has ended; false when it has not within event_wait_limit.
bool wait_until_ended(pid_t pid) {
    const Clock::time_point give_up = Clock::now() + event_wait_limit;
    while (!has_ended(pid)) {
        if (Clock::now() > give_up) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

// Job "meet:FOLDER,N": leaves a file named after this worker in FOLDER and waits until N
// workers have, so it can only return "met" when N jobs run at the same time.
std::string meet(const std::string& argument) {
    const std::filesystem::path folder = argument.substr(0, argument.find(','));
    const auto expected = static_cast<std::ptrdiff_t>(std::stoi(argument.substr(argument.find(',') + 1)));
    std::ofstream(folder / std::to_string(getpid())).put('x');
    const Clock::time_point give_up = Clock::now() + event_wait_limit;
    while (std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()) <
           expected) {
        if (Clock::now() > give_up) {
            return "alone";
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return "met";
}

// The jobs the tests send: "verb" or "verb:argument".
std::string test_job(const std::string& job) {
    const std::size_t colon = job.find(':');
    const std::string verb = job.substr(0, colon);
    const std::string argument = colon == std::string::npos ? "" : job.substr(colon + 1);
    if (verb == "echo") {
        return argument;
    }
    if (verb == "pid") {
        return std::to_string(getpid());
    }
    if (verb == "sleep") {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(argument)));
        return std::to_string(getpid());
    }
    if (verb == "abort") {
        std::abort();
    }
    if (verb == "kill9") {
        kill(getpid(), SIGKILL);
    }
    if (verb == "exit") {
        _exit(std::stoi(argument));
    }
    if (verb == "hang") {
        for (;;) {
            std::this_thread::sleep_for(std::chrono::hours(1));
        }
    }
    if (verb == "throw") {
        throw std::runtime_error(argument);
    }
    if (verb == "throw-int") {
        throw 42;
    }
    if (verb == "big") {
        std::string result(std::stoul(argument), '\0');
        for (std::size_t i = 0; i < result.size(); ++i) {
            result[i] = static_cast<char>('a' + (i * 7 + i / 4096) % 26);
        }
        return result;
    }
    if (verb == "allocate" || verb == "allocate-and-hang") {
        // argument: MiB, taken 16 MiB at a time with operator new (std::bad_alloc past an
        // address-space limit). Touches every page, so the memory is resident; then holds it for
        // ever (allocate-and-hang: only the memory limit or the time limit ends the job) or frees it.
        std::vector<std::unique_ptr<char[]>> blocks;
        constexpr std::size_t block_size = std::size_t{16} << 20;
        for (std::size_t taken = 0; taken < (std::stoul(argument) << 20); taken += block_size) {
            blocks.emplace_back(new char[block_size]);
            for (std::size_t i = 0; i < block_size; i += 4096) {
                static_cast<volatile char*>(blocks.back().get())[i] = 1;
            }
        }
        while (verb == "allocate-and-hang") {
            pause();
        }
        return "survived";
    }
    if (verb == "reserve") {
        // argument: MiB, asked for at once and never touched: with overcommit, only a limit on
        // the address space refuses it.
        void* memory = std::malloc(std::stoul(argument) << 20);
        std::free(memory);
        return memory == nullptr ? "refused" : "granted";
    }
    if (verb == "throw-bad-alloc") {
        throw std::bad_alloc();
    }
    if (verb == "meet") {
        return meet(argument);
    }
    if (verb == "print") {
        std::printf("from the worker\n");
        std::cout << "from the worker, again" << std::endl;
        std::fflush(stdout);
        return "printed";
    }
    if (verb == "kill-other") {
        // argument: "pid1,pid2", the two workers of the pool; kills the one that is not this one
        // and answers only once it has died, so the parent sees its channel close first.
        const pid_t first = std::stoi(argument.substr(0, argument.find(',')));
        const pid_t second = std::stoi(argument.substr(argument.find(',') + 1));
        const pid_t other = first == getpid() ? second : first;
        kill(other, SIGKILL);
        if (!wait_until_ended(other)) {
            throw std::runtime_error("the other worker did not die");
        }
        return std::to_string(getpid());
    }
    throw std::invalid_argument("unknown test job " + job);
}

std::vector<std::size_t> in_order(std::size_t count) {
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) {
        order[i] = i;
    }
    return order;
}

struct Finished {
    std::vector<std::size_t> completion_order;
    std::vector<JobOutcome> outcomes;  // by job index
    std::vector<int> calls;            // on_done calls by job index
};

Finished run_jobs(WorkerPool& pool, const std::vector<std::string>& jobs, std::vector<std::size_t> order = {}) {
    if (order.empty()) {
        order = in_order(jobs.size());
    }
    Finished finished;
    finished.outcomes.resize(jobs.size());
    finished.calls.resize(jobs.size(), 0);
    pool.run(jobs, order, [&](std::size_t job_index, JobOutcome outcome) {
        finished.completion_order.push_back(job_index);
        ++finished.calls[job_index];
        finished.outcomes[job_index] = std::move(outcome);
    });
    return finished;
}

// True when `pid` is no longer a child of this process: it ended and was reaped (no zombie).
bool reaped(pid_t pid) {
    return waitpid(pid, nullptr, WNOHANG) == -1 && errno == ECHILD;
}

// True when some child of this process has ended and not been reaped. Only looks (WNOWAIT).
bool has_zombie_child() {
    siginfo_t info{};
    return waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid != 0;
}

pid_t pid_of(const JobOutcome& outcome) {
    return static_cast<pid_t>(std::stoi(outcome.payload));
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// This process's size as the memory limit counts it, which a worker inherits: its address space
// (statm's first field) where the limit is RLIMIT_AS, its resident size where it is sampled.
std::size_t counted_size_of_this_process() {
    std::ifstream statm("/proc/self/statm");
    std::size_t total_pages = 0;
    statm >> total_pages;
    return memory_limit_method == MemoryLimitMethod::address_space
               ? total_pages * static_cast<std::size_t>(sysconf(_SC_PAGESIZE))
               : resident_bytes(getpid());
}

// Lowers this process's descriptor limit for the life of the object, as `ulimit -n` would.
class DescriptorLimit {
public:
    explicit DescriptorLimit(rlim_t limit) {
        getrlimit(RLIMIT_NOFILE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = limit;
        setrlimit(RLIMIT_NOFILE, &lowered);
    }
    ~DescriptorLimit() { setrlimit(RLIMIT_NOFILE, &m_saved); }
    DescriptorLimit(const DescriptorLimit&) = delete;
    DescriptorLimit& operator=(const DescriptorLimit&) = delete;

private:
    rlimit m_saved{};
};

// The lowest descriptor numbers free now: where the next open or socketpair will land.
std::vector<int> lowest_free_descriptors(std::size_t count) {
    std::vector<int> opened;
    for (std::size_t i = 0; i < count; ++i) {
        opened.push_back(open("/dev/null", O_RDONLY | O_CLOEXEC));
    }
    for (const int descriptor : opened) {
        close(descriptor);
    }
    return opened;
}

}  // namespace

TEST_CASE("every job's result comes back, through exactly one on_done call") {
    WorkerPool pool(2, test_job);
    std::vector<std::string> jobs;
    for (int i = 0; i < 50; ++i) {
        jobs.push_back("echo:plan-" + std::to_string(i) + ".pdf");
    }
    std::vector<std::size_t> order = in_order(jobs.size());
    std::reverse(order.begin(), order.end());
    const Finished finished = run_jobs(pool, jobs, order);
    CHECK(finished.completion_order.size() == jobs.size());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        CHECK(finished.calls[i] == 1);
        CHECK(finished.outcomes[i].status == DocumentStatus::ok);
        CHECK(finished.outcomes[i].payload == jobs[i].substr(5));
        CHECK(finished.outcomes[i].detail.empty());
        CHECK(finished.outcomes[i].seconds >= 0);
    }
}

TEST_CASE("one worker takes the jobs in dispatch order, all in one long-lived process") {
    WorkerPool pool(1, test_job);
    const Finished finished = run_jobs(pool, {"pid", "pid", "pid", "pid"}, {2, 0, 3, 1});
    CHECK(finished.completion_order == std::vector<std::size_t>{2, 0, 3, 1});
    const pid_t worker = pid_of(finished.outcomes[0]);
    CHECK(worker != getpid());
    for (const JobOutcome& outcome : finished.outcomes) {
        CHECK(pid_of(outcome) == worker);
    }
}

TEST_CASE("two workers share the jobs and run them at the same time") {
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("galascan-meet-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    WorkerPool pool(2, test_job);
    const std::string meeting = "meet:" + folder.string() + ",2";
    const Finished finished = run_jobs(pool, {meeting, meeting, "pid", "pid"});
    std::filesystem::remove_all(folder);
    CHECK(finished.outcomes[0].payload == "met");  // one at a time, each would wait alone
    CHECK(finished.outcomes[1].payload == "met");
    CHECK(finished.outcomes[2].status == DocumentStatus::ok);
    CHECK(finished.outcomes[3].status == DocumentStatus::ok);
}

TEST_CASE("a job that aborts is crashed, and a fresh worker takes the next jobs") {
    WorkerPool pool(1, test_job);
    const Finished finished = run_jobs(pool, {"pid", "abort", "pid", "echo:na de crash"});
    CHECK(finished.outcomes[0].status == DocumentStatus::ok);
    CHECK(finished.outcomes[1].status == DocumentStatus::crashed);
    CHECK(finished.outcomes[1].detail == "worker killed by signal 6 (Aborted)");
    CHECK(finished.outcomes[1].payload.empty());
    CHECK(finished.outcomes[2].status == DocumentStatus::ok);
    CHECK(finished.outcomes[3].payload == "na de crash");
    CHECK(pid_of(finished.outcomes[2]) != pid_of(finished.outcomes[0]));
    CHECK(reaped(pid_of(finished.outcomes[0])));
    CHECK_FALSE(has_zombie_child());
}

TEST_CASE("how a worker died is said in the detail") {
    WorkerPool pool(1, test_job);
    const Finished finished = run_jobs(pool, {"kill9", "exit:3", "exit:0"});
    CHECK(finished.outcomes[0].status == DocumentStatus::crashed);
    CHECK(finished.outcomes[0].detail == "worker killed by signal 9 (Killed)");
    CHECK(finished.outcomes[1].status == DocumentStatus::crashed);
    CHECK(finished.outcomes[1].detail == "worker exited with status 3");
    CHECK(finished.outcomes[2].status == DocumentStatus::crashed);
    CHECK(finished.outcomes[2].detail == "worker exited with status 0");
    CHECK_FALSE(has_zombie_child());
}

TEST_CASE("a job that never ends times out near the limit, and the batch goes on") {
    WorkerPool pool(2, test_job, WorkerLimits{0.2, 0});
    const Finished finished = run_jobs(pool, {"hang", "pid", "echo:daarna", "hang", "pid"});
    for (const std::size_t hung : {std::size_t{0}, std::size_t{3}}) {
        CHECK(finished.outcomes[hung].status == DocumentStatus::timeout);
        CHECK(finished.outcomes[hung].detail == "no result within the 0.2 s time limit; worker killed");
        CHECK(finished.outcomes[hung].seconds >= 0.2);  // never before the limit
        CHECK(finished.outcomes[hung].seconds < 5.0);   // soon after it, even on a loaded machine
    }
    CHECK(finished.outcomes[1].status == DocumentStatus::ok);
    CHECK(finished.outcomes[2].payload == "daarna");
    CHECK(finished.outcomes[4].status == DocumentStatus::ok);
    CHECK_FALSE(has_zombie_child());
}

TEST_CASE("a worker that needs more memory than the limit ends its job as memory_limit, one under it does not") {
    // The limit counts what a worker inherits from this process, so it is set 128 MiB above
    // this process's size: measured, a worker of unit_tests is 3 MiB resident (21 MiB with ASan
    // and UBSan), and ASan's quarantine could make this process larger when other tests ran
    // before. Sampled (sanitizer builds), a worker is killed only past the limit plus the
    // sanitizer's allowance, so the hog asks for that much more. The time limit is only a
    // backstop: touching hundreds of MiB takes seconds where page faults are slow (a virtual
    // machine, a sanitizer build), and the job must not be read as a timeout.
    const std::size_t limit = counted_size_of_this_process() + (std::size_t{128} << 20);
    const std::size_t allowance_mib =
        memory_limit_method == MemoryLimitMethod::sampled_resident ? sanitizer_resident_allowance >> 20 : 0;
    WorkerPool pool(1, test_job, WorkerLimits{120.0, limit});
    const std::string hog = "allocate-and-hang:" + std::to_string(384 + allowance_mib);
    const Finished finished = run_jobs(pool, {"pid", hog, "allocate:16", "pid"});
    CHECK(finished.outcomes[1].status == DocumentStatus::memory_limit);  // it holds on until stopped
    CHECK(finished.outcomes[1].detail == "needed more memory than the limit; worker replaced");
    CHECK(finished.outcomes[2].payload == "survived");
    CHECK(finished.outcomes[3].status == DocumentStatus::ok);
    CHECK(pid_of(finished.outcomes[3]) != pid_of(finished.outcomes[0]));  // a fresh worker after it
    CHECK_FALSE(has_zombie_child());
}

TEST_CASE("an allocation past the memory limit fails at once in the worker, instead of taking the memory") {
    // A decompression bomb asks for gigabytes at once. Limited by address space (release
    // builds), the allocation is refused and the job goes on without it; sampled (sanitizer
    // builds), an untouched allocation is not resident and so is granted.
    const std::size_t limit = counted_size_of_this_process() + (std::size_t{64} << 20);
    WorkerPool pool(1, test_job, WorkerLimits{60.0, limit});
    const Clock::time_point start = Clock::now();
    const Finished finished = run_jobs(pool, {"reserve:1024", "reserve:8"});
    CHECK(finished.outcomes[0].status == DocumentStatus::ok);
    if constexpr (memory_limit_method == MemoryLimitMethod::address_space) {
        CHECK(finished.outcomes[0].payload == "refused");
    } else {
        CHECK(finished.outcomes[0].payload == "granted");
    }
    CHECK(finished.outcomes[1].payload == "granted");
    CHECK(seconds_since(start) < 10.0);
    // Without a limit the same worker function may take it.
    WorkerPool unlimited(1, test_job, WorkerLimits{60.0, 0});
    CHECK(run_jobs(unlimited, {"reserve:1024"}).outcomes[0].payload == "granted");
}

TEST_CASE("std::bad_alloc from a job is memory_limit, and a fresh worker takes the next job") {
    WorkerPool pool(1, test_job);
    const Finished finished = run_jobs(pool, {"pid", "throw-bad-alloc", "pid"});
    CHECK(finished.outcomes[1].status == DocumentStatus::memory_limit);
    CHECK(finished.outcomes[1].detail == "needed more memory than the limit; worker replaced");
    CHECK(finished.outcomes[2].status == DocumentStatus::ok);
    CHECK(pid_of(finished.outcomes[2]) != pid_of(finished.outcomes[0]));
    CHECK(reaped(pid_of(finished.outcomes[0])));
    CHECK_FALSE(has_zombie_child());
}

TEST_CASE("when worker processes cannot be started, fewer run the jobs, and with none this process does") {
    // Each worker costs the parent one descriptor, and socketpair needs two free ones.
    const std::vector<std::string> jobs{"pid", "echo:twee", "pid", "echo:vier"};
    SUBCASE("room for one worker of the four asked for") {
        const std::vector<int> free_descriptors = lowest_free_descriptors(2);
        const DescriptorLimit limit(static_cast<rlim_t>(free_descriptors[1] + 1));
        WorkerPool pool(4, test_job);
        const Finished finished = run_jobs(pool, jobs);
        CHECK(finished.outcomes[0].status == DocumentStatus::ok);
        CHECK(pid_of(finished.outcomes[0]) != getpid());
        CHECK(pid_of(finished.outcomes[2]) == pid_of(finished.outcomes[0]));
        CHECK(finished.outcomes[1].payload == "twee");
        CHECK(finished.outcomes[3].payload == "vier");
    }
    SUBCASE("room for none: every job runs here") {
        const DescriptorLimit limit(static_cast<rlim_t>(lowest_free_descriptors(1)[0]));
        WorkerPool pool(2, test_job);
        const Finished finished = run_jobs(pool, jobs);
        CHECK(finished.calls == std::vector<int>{1, 1, 1, 1});
        CHECK(pid_of(finished.outcomes[0]) == getpid());
        CHECK(pid_of(finished.outcomes[2]) == getpid());
        CHECK(finished.outcomes[1].payload == "twee");
        CHECK(finished.outcomes[3].payload == "vier");
    }
    CHECK_FALSE(has_zombie_child());
}

TEST_CASE("an exception is a failed job with its message on one line, and the worker lives on") {
    WorkerPool pool(1, test_job);
    const Finished finished = run_jobs(pool, {"pid", "throw:kapot\nbestand", "throw-int", "pid"});
    CHECK(finished.outcomes[1].status == DocumentStatus::error);
    CHECK(finished.outcomes[1].detail == "kapot bestand");
    CHECK(finished.outcomes[1].payload.empty());
    CHECK(finished.outcomes[2].status == DocumentStatus::error);
    CHECK(finished.outcomes[2].detail == "unknown exception");
    CHECK(pid_of(finished.outcomes[3]) == pid_of(finished.outcomes[0]));
}

TEST_CASE("jobs and results of several megabytes arrive intact") {
    WorkerPool pool(2, test_job);
    std::string large_job = "echo:";
    for (int i = 0; large_job.size() < 6'000'000; ++i) {
        large_job += std::to_string(i) + ' ';
    }
    const Finished finished = run_jobs(pool, {large_job, "big:8000000", "big:5000001", "echo:"});
    CHECK(finished.outcomes[0].payload == large_job.substr(5));
    CHECK(finished.outcomes[1].payload == test_job("big:8000000"));
    CHECK(finished.outcomes[2].payload == test_job("big:5000001"));
    CHECK(finished.outcomes[3].status == DocumentStatus::ok);
    CHECK(finished.outcomes[3].payload.empty());
}

TEST_CASE("zero jobs, and more workers than jobs") {
    WorkerPool pool(4, test_job);
    CHECK(pool.worker_count() == 4);
    CHECK(run_jobs(pool, {}).completion_order.empty());
    const Finished finished = run_jobs(pool, {"echo:een", "echo:twee"});
    CHECK(finished.outcomes[0].payload == "een");
    CHECK(finished.outcomes[1].payload == "twee");
}

TEST_CASE("the dispatch order must list every job exactly once") {
    WorkerPool pool(1, test_job);
    const std::vector<std::string> jobs{"pid", "pid"};
    const auto ignore = [](std::size_t, JobOutcome) {};
    CHECK_THROWS_AS(pool.run(jobs, {0}, ignore), std::invalid_argument);
    CHECK_THROWS_AS(pool.run(jobs, {0, 0}, ignore), std::invalid_argument);
    CHECK_THROWS_AS(pool.run(jobs, {0, 2}, ignore), std::invalid_argument);
    CHECK_THROWS_AS(WorkerPool(0, test_job), std::invalid_argument);
}

TEST_CASE("a worker that dies between jobs is reaped and replaced") {
    WorkerPool pool(2, test_job);
    SUBCASE("between runs") {
        const pid_t first = pid_of(run_jobs(pool, {"pid"}).outcomes[0]);
        kill(first, SIGKILL);
        // Until it has died, a job handed to it could still be accepted and then lost (a crash).
        siginfo_t info{};
        REQUIRE(waitid(P_PID, static_cast<id_t>(first), &info, WEXITED | WNOWAIT) == 0);  // not reaped
        const Finished finished = run_jobs(pool, {"sleep:50", "sleep:50"});
        CHECK(finished.outcomes[0].status == DocumentStatus::ok);
        CHECK(finished.outcomes[1].status == DocumentStatus::ok);
        CHECK(reaped(first));
    }
    SUBCASE("while another worker runs a job") {
        const Finished before = run_jobs(pool, {"sleep:100", "sleep:100"});
        const pid_t first = pid_of(before.outcomes[0]);
        const pid_t second = pid_of(before.outcomes[1]);
        const Finished during = run_jobs(pool, {"kill-other:" + std::to_string(first) + "," + std::to_string(second)});
        CHECK(during.outcomes[0].status == DocumentStatus::ok);
        const pid_t killed = pid_of(during.outcomes[0]) == first ? second : first;
        CHECK(reaped(killed));
        const Finished after = run_jobs(pool, {"sleep:50", "sleep:50"});
        CHECK(after.outcomes[0].status == DocumentStatus::ok);
        CHECK(after.outcomes[1].status == DocumentStatus::ok);
    }
}

TEST_CASE("an exception from on_done ends the running jobs, and the pool stays usable") {
    WorkerPool pool(2, test_job);
    const Clock::time_point start = Clock::now();
    CHECK_THROWS_AS(pool.run({"hang", "pid"}, {0, 1},
                             [&](std::size_t, JobOutcome) { throw std::runtime_error("schrijven mislukt"); }),
                    std::runtime_error);
    CHECK(seconds_since(start) < 10.0);  // the hanging job is abandoned, not waited for
    CHECK_FALSE(has_zombie_child());
    const Finished finished = run_jobs(pool, {"pid", "sleep:50"});
    CHECK(finished.calls == std::vector<int>{1, 1});
    CHECK(finished.outcomes[0].status == DocumentStatus::ok);
    CHECK(finished.outcomes[1].status == DocumentStatus::ok);
}

TEST_CASE("shutdown ends every worker without a zombie and closes the pool") {
    WorkerPool pool(2, test_job);
    const Finished finished = run_jobs(pool, {"sleep:50", "sleep:50"});
    pool.shutdown();
    CHECK(reaped(pid_of(finished.outcomes[0])));
    CHECK(reaped(pid_of(finished.outcomes[1])));
    CHECK_THROWS_AS(run_jobs(pool, {"pid"}), std::logic_error);
    pool.shutdown();  // a second time does nothing
}

TEST_CASE("nothing a worker prints reaches the parent's stdout") {
    // Point stdout at a pipe while the pool lives; the report on stdout must stay the parent's.
    std::cout.flush();
    std::fflush(stdout);
    int captured[2];
    REQUIRE(pipe(captured) == 0);
    const int saved_stdout = dup(STDOUT_FILENO);
    dup2(captured[1], STDOUT_FILENO);
    close(captured[1]);
    Finished finished;
    {
        WorkerPool pool(1, test_job);
        finished = run_jobs(pool, {"print"});
    }
    std::fflush(stdout);
    dup2(saved_stdout, STDOUT_FILENO);
    close(saved_stdout);
    fcntl(captured[0], F_SETFL, O_NONBLOCK);
    char text[256];
    const ssize_t size = read(captured[0], text, sizeof text);
    close(captured[0]);
    CHECK(finished.outcomes[0].payload == "printed");
    CHECK(size <= 0);
}

TEST_CASE("on_done can add jobs: they are handed out before the waiting ones and end the run only when done") {
    WorkerPool pool(1, test_job);
    std::vector<std::string> payloads;
    std::vector<std::size_t> completion;
    std::size_t added = 0;
    pool.run({"echo:a", "echo:b", "echo:c"}, {0, 1, 2}, [&](std::size_t job, JobOutcome outcome) {
        completion.push_back(job);
        payloads.push_back(outcome.payload);
        if (outcome.payload == "a") {
            CHECK(pool.waiting_jobs() == 2);  // b and c
            // Added last first, as a caller that wants x1 before x2 does.
            added = pool.add_job("echo:x2");
            pool.add_job("echo:x1");
            CHECK(pool.waiting_jobs() == 4);
        }
        if (outcome.payload == "x2") {
            pool.add_job("echo:y");  // from an added job's outcome too
        }
    });
    CHECK(added == 3);
    CHECK(payloads == std::vector<std::string>{"a", "x1", "x2", "y", "b", "c"});
    CHECK(completion == std::vector<std::size_t>{0, 4, 3, 5, 1, 2});
    CHECK(pool.waiting_jobs() == 0);
    CHECK_THROWS_AS(pool.add_job("echo:late"), std::logic_error);
}

TEST_CASE("a pool can start fewer workers than it has and fork the others when there is work for them") {
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("galascan-meet-late-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    WorkerPool pool(2, test_job, {}, 1);
    const std::string meeting = "meet:" + folder.string() + ",2";
    std::vector<std::string> payloads(3);
    pool.run({"echo:first"}, {0}, [&](std::size_t job, JobOutcome outcome) {
        payloads[job] = outcome.payload;
        if (job == 0) {
            // Two jobs that can only end together: the second slot must be forked for them.
            pool.add_job(meeting);
            pool.add_job(meeting);
        }
    });
    std::filesystem::remove_all(folder);
    CHECK(payloads == std::vector<std::string>{"first", "met", "met"});
}
