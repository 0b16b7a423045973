#pragma once
// The hash that names a file's content: XXH3-128 of its bytes. The extraction cache keys its
// entries by it (store/cache.hpp hashes files with it) and the report shows it per document
// (`content_hash`), so a renamed file is recognised. Here, in text/, because extraction hashes
// the bytes it already holds and the cache hashes files, and neither may include the other.

#include <cstdint>
#include <string>
#include <string_view>

namespace galascan {

// An XXH3 128-bit hash of a file's bytes.
struct ContentHash {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    bool operator==(const ContentHash&) const = default;
};

// The hash of bytes in memory (store/cache.hpp's hash_file of a file with these bytes gives it too).
ContentHash hash_bytes(std::string_view bytes);

// 32 lowercase hex digits, high half first: XXH3-128's canonical form (`xxhsum -H128` prints it).
std::string content_hash_hex(const ContentHash& hash);

}  // namespace galascan
