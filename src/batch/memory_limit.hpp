#pragma once
// How a worker's memory is bounded, decided when galascan is compiled.
//
// Release builds give each worker an address-space limit (setrlimit RLIMIT_AS, in the worker
// right after fork): an allocation past it fails at once, however much a hostile PDF asks for.
// Poppler then skips what it could not allocate (a shading's function table, a font) and reads
// the page's text without it; a C++ allocation that fails ends the job as `memory_limit`. No
// sampling, no overshoot: a worker cannot map more than the limit. RLIMIT_AS rather than
// RLIMIT_DATA because it also bounds what the limit is for, the worker's resident size: every
// resident page is mapped. Measured (Debian 12, poppler 22.12): a worker starts with 54 MB of
// address space (its libraries; 3 MB of it data), and a page whose shading declares a 2 GB
// function table (tests/fixtures/memory-bomb.pdf.bomb) is read in 0.15 s under either limit, in
// 13 s and 2 GB without. Image XObjects cost nothing here: text extraction never decodes them.
//
// Sanitizer builds (ASan, TSan, MSan) reserve terabytes of address space for shadow memory, so
// an address-space limit would stop the worker before it starts. There the parent samples each
// worker's resident size from /proc instead and kills a worker past the limit, plus room for
// the sanitizer's own resident memory (ASan's quarantine of freed blocks, 256 MB by default).

#include <cstddef>

namespace galascan {

enum class MemoryLimitMethod { address_space, sampled_resident };

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GALASCAN_SANITIZED_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define GALASCAN_SANITIZED_BUILD 1
#endif
#endif

#ifdef GALASCAN_SANITIZED_BUILD
inline constexpr MemoryLimitMethod memory_limit_method = MemoryLimitMethod::sampled_resident;
#else
inline constexpr MemoryLimitMethod memory_limit_method = MemoryLimitMethod::address_space;
#endif

// Sanitizer builds: what the sampled resident size may exceed the limit by, for the sanitizer's
// quarantine and shadow memory (a worker's own use stays bounded by the limit).
inline constexpr std::size_t sanitizer_resident_allowance = std::size_t{512} << 20;

// Limits this process's address space to `bytes` (0: leaves it as it is). Meant for a worker,
// right after fork; does nothing in sanitizer builds. False when setrlimit refused.
bool limit_address_space(std::size_t bytes);

}  // namespace galascan
