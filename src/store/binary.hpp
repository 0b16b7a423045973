#pragma once
// The primitives of galascan's binary encodings (store/codec.cpp): unsigned integers as
// LEB128 varints (little-endian groups of 7 bits, so small counts and offsets take one or two
// bytes), signed ones zigzagged first, doubles as their 8 bytes little-endian, strings as a
// length and their bytes. No outside library, and no trust in what is read back.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galascan {

// Appends encoded values to a growing byte string; or, made with a sink, hands them to the sink
// in chunks of about `chunk_bytes` as they are written (a cache entry streamed to its file, never
// held whole), the last chunk on flush().
class ByteWriter {
public:
    using Sink = std::function<void(std::string_view chunk)>;
    static constexpr std::size_t chunk_bytes = 64 * 1024;

    ByteWriter() = default;
    explicit ByteWriter(Sink sink) : m_sink(std::move(sink)) {}

    void put_byte(std::uint8_t value) {
        m_bytes.push_back(static_cast<char>(value));
        pass_on_if_full();
    }
    void put_unsigned(std::uint64_t value);
    void put_signed(std::int64_t value);
    void put_double(double value);       // bit for bit: -0.0, NaN payloads and denormals survive
    void put_string(std::string_view text);
    void put_raw(std::string_view bytes);

    std::string take() { return std::move(m_bytes); }
    // With a sink: hands it what is left. Without: does nothing.
    void flush();

private:
    void pass_on_if_full() {
        if (m_sink && m_bytes.size() >= chunk_bytes) {
            flush();
        }
    }

    std::string m_bytes;
    Sink m_sink;
};

// Reads values back. The first malformed or missing byte makes the reader fail: every
// later get returns a zero value, and ok() stays false, so callers check once at the end
// (and in loops, to stop early). Nothing read is trusted: a length is checked against the
// bytes that remain before anything is allocated for it.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : m_bytes(bytes) {}

    bool ok() const { return m_ok; }
    bool at_end() const { return m_position == m_bytes.size(); }   // every byte consumed
    std::size_t remaining() const { return m_bytes.size() - m_position; }
    void fail() { m_ok = false; m_position = m_bytes.size(); }

    std::uint8_t get_byte();
    std::uint64_t get_unsigned();
    std::int64_t get_signed();
    int get_int();                       // a signed value that must fit an int
    std::size_t get_size();              // an unsigned value that must fit a size_t
    double get_double();
    std::string get_string();
    std::string_view get_raw(std::size_t size);   // a view into the input, valid as long as it is

    // The element count of a sequence whose elements take at least `min_bytes_per_element`
    // bytes each; a count the remaining bytes cannot hold fails, so a bogus count never
    // turns into a huge allocation.
    std::size_t get_count(std::size_t min_bytes_per_element);

private:
    std::string_view m_bytes;
    std::size_t m_position = 0;
    bool m_ok = true;
};

// Sequences: a count, then each element.
template <typename T, typename PutOne>
void put_sequence(ByteWriter& out, const std::vector<T>& items, PutOne put_one) {
    out.put_unsigned(items.size());
    for (const T& item : items) {
        put_one(out, item);
    }
}

// Stops at the first failure; `min_bytes_per_element` as for ByteReader::get_count.
template <typename T, typename GetOne>
std::vector<T> get_sequence(ByteReader& in, std::size_t min_bytes_per_element, GetOne get_one) {
    const std::size_t count = in.get_count(min_bytes_per_element);
    std::vector<T> items;
    items.reserve(count);
    for (std::size_t i = 0; i < count && in.ok(); ++i) {
        items.push_back(get_one(in));
    }
    return items;
}

// Element readers and writers for sequences of plain values.
inline void put_int(ByteWriter& out, int value) { out.put_signed(value); }
inline void put_text(ByteWriter& out, const std::string& text) { out.put_string(text); }
inline int get_int(ByteReader& in) { return in.get_int(); }
inline std::string get_text(ByteReader& in) { return in.get_string(); }

template <typename Enum>
void put_enum(ByteWriter& out, Enum value) {
    out.put_unsigned(static_cast<std::uint64_t>(value));
}

// One past an enum's last value, taken from the enum itself: its `count` enumerator, kept
// last (DocumentStatus, BlockKind and Grade each have one, beside their table of names).
template <typename Enum>
inline constexpr std::uint64_t enum_end = static_cast<std::uint64_t>(Enum::count);

// Fails on a value at or past enum_end<Enum>: an older reader rejects a value it cannot know.
template <typename Enum>
Enum get_enum(ByteReader& in) {
    const std::uint64_t value = in.get_unsigned();
    if (value >= enum_end<Enum>) {
        in.fail();
        return Enum{};
    }
    return static_cast<Enum>(value);
}

// What an encoding opens with: a byte naming what follows, and the version of its layout.
inline void put_header(ByteWriter& out, std::uint8_t tag, std::uint32_t version) {
    out.put_byte(tag);
    out.put_unsigned(version);
}

inline bool get_header(ByteReader& in, std::uint8_t tag, std::uint32_t version) {
    return in.get_byte() == tag && in.get_unsigned() == version && in.ok();
}

}  // namespace galascan
