#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "batch/test_faults.hpp"
#include "batch/worker_pool.hpp"

using namespace galascan;

namespace {

std::vector<JobOutcome> run_in_pool(const JobFunction& function, const std::vector<std::string>& jobs) {
    WorkerPool pool(1, function, WorkerLimits{60.0, 0});
    std::vector<JobOutcome> outcomes(jobs.size());
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        order.push_back(i);
    }
    pool.run(jobs, order, [&](std::size_t index, JobOutcome outcome) { outcomes[index] = std::move(outcome); });
    return outcomes;
}

std::string echo(const std::string& job) {
    return job;
}

}  // namespace

TEST_CASE("test faults act only when enabled, and only on jobs that name one") {
    const std::vector<std::string> jobs{"plannen/a.pdf", "plannen/b-galascan-crash.pdf", "plannen/c.pdf"};
    SUBCASE("off: every job runs as it is") {
        for (const JobOutcome& outcome : run_in_pool(with_test_faults(echo, false), jobs)) {
            CHECK(outcome.status == DocumentStatus::ok);
        }
    }
    SUBCASE("on: the named job crashes its worker, the others run") {
        const std::vector<JobOutcome> outcomes = run_in_pool(with_test_faults(echo, true), jobs);
        CHECK(outcomes[0].payload == "plannen/a.pdf");
        CHECK(outcomes[1].status == DocumentStatus::crashed);
        CHECK(outcomes[1].detail == "worker killed by signal 6 (Aborted)");
        CHECK(outcomes[2].payload == "plannen/c.pdf");
    }
}
