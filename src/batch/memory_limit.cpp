#include "batch/memory_limit.hpp"

#include <sys/resource.h>

namespace galascan {

bool limit_address_space(std::size_t bytes) {
    if (memory_limit_method != MemoryLimitMethod::address_space || bytes == 0) {
        return true;
    }
    rlimit limit{};
    if (getrlimit(RLIMIT_AS, &limit) != 0) {
        return false;
    }
    // Soft and hard: the worker has no reason to raise it again, and neither has a library.
    // A hard limit already lower (ulimit -v) is kept.
    const rlim_t wanted = static_cast<rlim_t>(bytes);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < wanted) {
        limit.rlim_cur = limit.rlim_max;
    } else {
        limit.rlim_cur = wanted;
        limit.rlim_max = wanted;
    }
    return setrlimit(RLIMIT_AS, &limit) == 0;
}

}  // namespace galascan
