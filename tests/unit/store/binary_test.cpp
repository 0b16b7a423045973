#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <limits>

#include "store/binary.hpp"

using namespace galascan;

TEST_CASE("unsigned varints round trip at every length boundary") {
    ByteWriter out;
    const std::uint64_t values[] = {0, 1, 127, 128, 16383, 16384, std::uint64_t{1} << 63,
                                    std::numeric_limits<std::uint64_t>::max()};
    for (const std::uint64_t value : values) {
        out.put_unsigned(value);
    }
    const std::string bytes = out.take();
    CHECK(bytes.size() == 1 + 1 + 1 + 2 + 2 + 3 + 10 + 10);
    ByteReader in(bytes);
    for (const std::uint64_t value : values) {
        CHECK(in.get_unsigned() == value);
    }
    CHECK(in.ok());
    CHECK(in.at_end());
}

TEST_CASE("signed values are zigzagged: small negatives take one byte") {
    ByteWriter out;
    const std::int64_t values[] = {0, -1, 1, -64, 63, std::numeric_limits<std::int64_t>::min(),
                                   std::numeric_limits<std::int64_t>::max()};
    for (const std::int64_t value : values) {
        out.put_signed(value);
    }
    const std::string bytes = out.take();
    CHECK(bytes.size() == 5 + 10 + 10);
    ByteReader in(bytes);
    for (const std::int64_t value : values) {
        CHECK(in.get_signed() == value);
    }
    CHECK(in.ok());
}

TEST_CASE("doubles keep their bits") {
    ByteWriter out;
    const std::uint64_t patterns[] = {std::bit_cast<std::uint64_t>(0.1), std::bit_cast<std::uint64_t>(-0.0),
                                      0x7ff8'0000'0000'0001, 0x0000'0000'0000'0001};
    for (const std::uint64_t bits : patterns) {
        out.put_double(std::bit_cast<double>(bits));
    }
    const std::string bytes = out.take();
    CHECK(bytes.size() == 32);
    CHECK(bytes.substr(24, 8) == std::string("\x01\0\0\0\0\0\0\0", 8));   // little-endian
    ByteReader in(bytes);
    for (const std::uint64_t bits : patterns) {
        CHECK(std::bit_cast<std::uint64_t>(in.get_double()) == bits);
    }
}

TEST_CASE("malformed varints fail") {
    SUBCASE("eleven bytes") {
        const std::string bytes = std::string(10, '\x80') + '\x01';
        ByteReader in(bytes);
        in.get_unsigned();
        CHECK_FALSE(in.ok());
    }
    SUBCASE("a tenth byte with more than the 64th bit") {
        const std::string bytes = std::string(9, '\xff') + '\x02';
        ByteReader in(bytes);
        in.get_unsigned();
        CHECK_FALSE(in.ok());
    }
    SUBCASE("cut off in the middle") {
        ByteReader in("\x80\x80");
        in.get_unsigned();
        CHECK_FALSE(in.ok());
    }
}

TEST_CASE("an int out of range fails") {
    ByteWriter out;
    out.put_signed(std::int64_t{std::numeric_limits<int>::max()} + 1);
    const std::string bytes = out.take();
    ByteReader in(bytes);
    CHECK(in.get_int() == 0);
    CHECK_FALSE(in.ok());
}

TEST_CASE("lengths and counts are checked against the bytes that remain") {
    SUBCASE("a string longer than the rest") {
        ByteWriter out;
        out.put_unsigned(6);
        out.put_raw("short");
        const std::string bytes = out.take();
        ByteReader in(bytes);
        CHECK(in.get_string().empty());
        CHECK_FALSE(in.ok());
    }
    SUBCASE("a count the rest cannot hold") {
        ByteWriter out;
        out.put_unsigned(3);
        out.put_raw("12345");
        const std::string bytes = out.take();
        ByteReader fits(bytes);
        CHECK(fits.get_count(1) == 3);
        CHECK(fits.ok());
        ByteReader too_many(bytes);
        CHECK(too_many.get_count(2) == 0);
        CHECK_FALSE(too_many.ok());
    }
    SUBCASE("after a failure every read is zero") {
        ByteReader in("");
        CHECK(in.get_byte() == 0);
        CHECK(in.get_string().empty());
        CHECK(in.get_double() == 0.0);
        CHECK_FALSE(in.ok());
    }
}
