#pragma once
// What a worker runs and what the pool hands back. Jobs and results are byte strings so that
// batch/ knows nothing of PDFs: the caller encodes a job (a path, options) and decodes the result.

#include <functional>
#include <string>
#include <string_view>

namespace galascan {

// The work a worker does for one job, in the worker process. May throw: the exception becomes a
// `failed` outcome. May crash, hang or blow up: the pool kills and replaces the worker.
using JobFunction = std::function<std::string(const std::string& job)>;

enum class JobStatus {
    done,          // the function returned; the payload is its result
    failed,        // the function threw; the detail is the exception's message
    crashed,       // the worker died during the job (signal, exit, closed channel)
    timeout,       // no result within the time limit; the worker was killed
    memory_limit,  // the worker's resident memory went over the limit; the worker was killed
};

// The status as a lower-case word for reports ("done", "memory_limit").
inline std::string_view job_status_name(JobStatus status) {
    switch (status) {
        case JobStatus::done:
            return "done";
        case JobStatus::failed:
            return "failed";
        case JobStatus::crashed:
            return "crashed";
        case JobStatus::timeout:
            return "timeout";
        case JobStatus::memory_limit:
            return "memory_limit";
    }
    return "unknown";
}

struct JobOutcome {
    JobStatus status = JobStatus::done;
    std::string payload;  // the function's result when `done`; empty otherwise
    std::string detail;   // one line saying what went wrong; empty when `done`
    double seconds = 0;   // wall time from handing the job to a worker to its outcome
};

}  // namespace galascan
