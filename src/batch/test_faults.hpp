#pragma once
// Test-only faults: the one place where galascan misbehaves on purpose, so that the tests can
// show every limit of the worker pool at work on a real worker process. Off unless the
// environment says GALASCAN_TEST_FAULTS=1 (run_cli reads it); then a job whose text contains
// "galascan-crash", "galascan-stall" or "galascan-hog" (for a batch: a file name) makes its
// worker abort, hang for ever, or take memory until the memory limit stops it, before the job
// runs.

#include "batch/job.hpp"

namespace galascan {

// The environment variable that turns the faults on, with the value "1".
inline constexpr const char* test_faults_variable = "GALASCAN_TEST_FAULTS";

// `function` itself when `enabled` is false; else `function` behind the faults above.
JobFunction with_test_faults(JobFunction function, bool enabled);

}  // namespace galascan
