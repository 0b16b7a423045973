#include "store/binary.hpp"

#include <algorithm>
#include <bit>
#include <limits>

namespace galascan {

void ByteWriter::put_unsigned(std::uint64_t value) {
    while (value >= 0x80) {
        put_byte(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    put_byte(static_cast<std::uint8_t>(value));
}

void ByteWriter::put_signed(std::int64_t value) {
    // Zigzag: 0, -1, 1, -2, ... become 0, 1, 2, 3, ..., so small negatives stay short.
    const auto bits = static_cast<std::uint64_t>(value);
    put_unsigned((bits << 1) ^ (value < 0 ? ~std::uint64_t{0} : 0));
}

void ByteWriter::put_double(double value) {
    auto bits = std::bit_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i) {
        put_byte(static_cast<std::uint8_t>(bits));
        bits >>= 8;
    }
}

void ByteWriter::put_string(std::string_view text) {
    put_unsigned(text.size());
    put_raw(text);
}

void ByteWriter::put_raw(std::string_view bytes) {
    // A long string goes to the sink in chunks too, not through one buffer of its size.
    while (m_sink && m_bytes.size() + bytes.size() > chunk_bytes) {
        const std::size_t room = chunk_bytes - std::min(m_bytes.size(), chunk_bytes);
        m_bytes.append(bytes.substr(0, room));
        bytes.remove_prefix(std::min(room, bytes.size()));
        flush();
    }
    m_bytes.append(bytes);
}

void ByteWriter::flush() {
    if (m_sink && !m_bytes.empty()) {
        m_sink(m_bytes);
        m_bytes.clear();
    }
}

std::uint8_t ByteReader::get_byte() {
    if (m_position >= m_bytes.size()) {
        fail();
        return 0;
    }
    return static_cast<std::uint8_t>(m_bytes[m_position++]);
}

std::uint64_t ByteReader::get_unsigned() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        const std::uint8_t byte = get_byte();
        if (!m_ok) {
            return 0;
        }
        // The tenth byte holds the 64th bit only; anything more would be lost.
        if (shift == 63 && byte > 1) {
            break;
        }
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            return value;
        }
    }
    fail();
    return 0;
}

std::int64_t ByteReader::get_signed() {
    const std::uint64_t zigzag = get_unsigned();
    const std::uint64_t bits = (zigzag >> 1) ^ (0 - (zigzag & 1));
    return static_cast<std::int64_t>(bits);
}

int ByteReader::get_int() {
    const std::int64_t value = get_signed();
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        fail();
        return 0;
    }
    return static_cast<int>(value);
}

std::size_t ByteReader::get_size() {
    const std::uint64_t value = get_unsigned();
    if constexpr (sizeof(std::size_t) < sizeof(std::uint64_t)) {
        if (value > std::numeric_limits<std::size_t>::max()) {
            fail();
            return 0;
        }
    }
    return static_cast<std::size_t>(value);
}

double ByteReader::get_double() {
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) {
        bits |= static_cast<std::uint64_t>(get_byte()) << (8 * i);
    }
    return m_ok ? std::bit_cast<double>(bits) : 0.0;
}

std::string_view ByteReader::get_raw(std::size_t size) {
    if (size > remaining()) {
        fail();
        return {};
    }
    const std::string_view bytes = m_bytes.substr(m_position, size);
    m_position += size;
    return bytes;
}

std::string ByteReader::get_string() {
    const std::uint64_t size = get_unsigned();
    if (size > remaining()) {
        fail();
        return {};
    }
    return std::string(get_raw(static_cast<std::size_t>(size)));
}

std::size_t ByteReader::get_count(std::size_t min_bytes_per_element) {
    const std::uint64_t count = get_unsigned();
    if (count > remaining() / min_bytes_per_element) {
        fail();
        return 0;
    }
    return static_cast<std::size_t>(count);
}

}  // namespace galascan
