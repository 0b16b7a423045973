#include <doctest/doctest.h>

#include "text/content_hash.hpp"

using namespace galascan;

TEST_CASE("the content hash is XXH3-128 in its canonical hex, as xxhsum -H128 prints it") {
    // XXH3-128 of no bytes: a published test vector (xxHash's sanity checks).
    CHECK(content_hash_hex(hash_bytes("")) == "99aa06d3014798d86001c324468d497f");
    CHECK(content_hash_hex(ContentHash{0x1, 0x2}) == "00000000000000020000000000000001");
    CHECK(content_hash_hex(hash_bytes("plan")).size() == 32);
    CHECK_FALSE(hash_bytes("plan") == hash_bytes("plan "));
}
