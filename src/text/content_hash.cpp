// With store/cache.cpp, the only file that includes xxHash.

#include "text/content_hash.hpp"

#include <fmt/core.h>

#include <xxhash.h>

namespace galascan {

ContentHash hash_bytes(std::string_view bytes) {
    const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
    return ContentHash{hash.low64, hash.high64};
}

std::string content_hash_hex(const ContentHash& hash) { return fmt::format("{:016x}{:016x}", hash.high, hash.low); }

}  // namespace galascan
