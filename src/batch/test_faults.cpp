#include "batch/test_faults.hpp"

#include <unistd.h>

#include <cstdlib>
#include <new>
#include <string>
#include <utility>

namespace galascan {

namespace {

// Takes memory 64 MiB at a time, touching every page so that it is resident, and never gives
// it back, until an allocation fails (std::bad_alloc: the address-space limit of release
// builds) or the pool kills the worker (the sampled limit of sanitizer builds); after 16 GiB
// without either, the job goes on.
void take_memory() {
    constexpr std::size_t block_size = std::size_t{64} << 20;
    for (std::size_t total = 0; total < (std::size_t{16} << 30); total += block_size) {
        char* block = static_cast<char*>(::operator new(block_size));
        for (std::size_t i = 0; i < block_size; i += 4096) {
            static_cast<volatile char*>(block)[i] = 1;  // touched, so it is resident
        }
    }
}

void act_out_fault(const std::string& job) {
    if (job.find("galascan-crash") != std::string::npos) {
        std::abort();
    }
    if (job.find("galascan-stall") != std::string::npos) {
        for (;;) {
            pause();
        }
    }
    if (job.find("galascan-hog") != std::string::npos) {
        take_memory();
    }
}

}  // namespace

JobFunction with_test_faults(JobFunction function, bool enabled) {
    if (!enabled) {
        return function;
    }
    return [function = std::move(function)](const std::string& job) {
        act_out_fault(job);
        return function(job);
    };
}

}  // namespace galascan
