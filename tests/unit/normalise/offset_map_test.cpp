#include <doctest/doctest.h>

#include "normalise/offset_map.hpp"

using namespace galascan;

TEST_CASE("an unchanged text maps byte for byte") {
    OffsetMap map;
    map.append(5, 5, false);
    map.append(3, 3, false);
    CHECK(map.to_source({2, 7}) == ByteRange{2, 7});
    CHECK(map.source_size() == 8);
    CHECK(map.text_size() == 8);
}

TEST_CASE("a changed stretch maps as a whole") {
    // "ﬁnanciering": the ligature (3 bytes) became "fi" (2 bytes).
    OffsetMap map;
    map.append(3, 2, true);
    map.append(9, 9, false);
    SUBCASE("a range starting inside the replacement starts at the ligature") {
        CHECK(map.to_source({1, 11}) == ByteRange{0, 12});
    }
    SUBCASE("a range ending inside the replacement ends after the ligature") {
        CHECK(map.to_source({0, 1}) == ByteRange{0, 3});
    }
    SUBCASE("after the replacement offsets shift by the length difference") {
        CHECK(map.to_source({2, 5}) == ByteRange{3, 6});
    }
}

TEST_CASE("a deletion moves the source position of what follows") {
    // "mantel\u00ADzorg": the soft hyphen (2 bytes) was removed.
    OffsetMap map;
    map.append(6, 6, false);
    map.append(2, 0, true);
    map.append(4, 4, false);
    CHECK(map.to_source({0, 10}) == ByteRange{0, 12});
    CHECK(map.to_source({6, 10}) == ByteRange{8, 12});
}

TEST_CASE("empty ranges map to a point, the end of the text to the end of the source") {
    OffsetMap map;
    map.append(4, 4, false);
    map.append(2, 1, true);
    CHECK(map.to_source({2, 2}) == ByteRange{2, 2});
    CHECK(map.to_source({4, 4}) == ByteRange{4, 4});
    CHECK(map.to_source({5, 5}) == ByteRange{6, 6});
}
