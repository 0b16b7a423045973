#pragma once
// What a worker runs and what the pool hands back. Jobs and results are byte strings so that
// batch/ knows nothing of PDFs (only the status words it reports outcomes in): the caller
// encodes a job (a path, options) and decodes the result.

#include <functional>
#include <string>

#include "extract/status.hpp"

namespace galascan {

// The work a worker does for one job, in the worker process. May throw: the exception becomes an
// `error` outcome. May crash, hang or blow up: the pool kills and replaces the worker.
using JobFunction = std::function<std::string(const std::string& job)>;

// How a job ended, in the status vocabulary of documents (extract/status.hpp), so that the
// pool's outcomes need no mirror of their own:
//   ok            the function returned; the payload is its result
//   error         the function threw; the detail is the exception's message
//   crashed       the worker died during the job (signal, exit, closed channel)
//   timeout       no result within the time limit; the worker was killed
//   memory_limit  the worker's resident memory went over the limit; the worker was killed
struct JobOutcome {
    DocumentStatus status = DocumentStatus::ok;
    std::string payload;  // the function's result when `ok`; empty otherwise
    std::string detail;   // one line saying what went wrong; empty when `ok`
    double seconds = 0;   // wall time from handing the job to a worker to its outcome
};

}  // namespace galascan
