// The extraction cache's entries: keys, and writing and reading one entry. The only file
// that includes xxHash (XXH3: fast enough that hashing a PDF costs a small part of reading it).
//
// An entry file is: a magic line, the entry format version, the key, the payload's length
// and XXH3-64 checksum, then the payload (store/codec.cpp's DocumentText encoding, itself
// versioned). The checksum catches what the decoder's own checks cannot: a flipped bit inside
// a text. Entries are written by store/atomic_file (a temporary file in the entry's folder,
// renamed over the entry), so a reader sees the old entry or the new one.

#include "store/cache.hpp"

#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <array>
#include <cerrno>
#include <exception>
#include <memory>
#include <new>
#include <system_error>

#include <fmt/core.h>

#include "store/atomic_file.hpp"
#include "store/binary.hpp"
#include "store/file_descriptor.hpp"

namespace galascan {

namespace {

constexpr std::string_view entry_magic = "galascan cache\n";
constexpr std::uint64_t entry_format_version = 1;
constexpr std::size_t read_chunk_bytes = 256 * 1024;

std::string errno_message(int error) { return std::error_code(error, std::generic_category()).message(); }

// The whole file, or nullopt when it cannot be read to its end.
std::optional<std::string> read_whole(int fd) {
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        return std::nullopt;
    }
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(status.st_size));
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t count = read_some(fd, bytes.data() + filled, bytes.size() - filled);
        if (count <= 0) {
            return std::nullopt;   // an error, or the file shrank: another process replaced it
        }
        filled += static_cast<std::size_t>(count);
    }
    return bytes;
}

std::string entry_header(const CacheKey& key, std::uint64_t payload_size, std::uint64_t payload_checksum) {
    ByteWriter out;
    out.put_raw(entry_magic);
    out.put_unsigned(entry_format_version);
    out.put_string(key.hex);
    out.put_unsigned(payload_size);
    out.put_unsigned(payload_checksum);
    return out.take();
}

// The entry's payload when the header is ours, names `key` and the checksum matches.
std::optional<std::string_view> entry_payload(std::string_view entry, const CacheKey& key) {
    ByteReader in(entry);
    if (in.get_raw(entry_magic.size()) != entry_magic || in.get_unsigned() != entry_format_version ||
        in.get_string() != key.hex) {
        return std::nullopt;
    }
    const std::uint64_t size = in.get_unsigned();
    const std::uint64_t checksum = in.get_unsigned();
    if (!in.ok() || size != in.remaining()) {
        return std::nullopt;
    }
    const std::string_view payload = in.get_raw(in.remaining());
    if (XXH3_64bits(payload.data(), payload.size()) != checksum) {
        return std::nullopt;
    }
    return payload;
}

// Removes `path` unless another process has meanwhile renamed a fresh entry over the file
// open as `fd`: that one is good.
void remove_if_still(const std::filesystem::path& path, int fd) {
    struct stat opened {};
    struct stat current {};
    if (::fstat(fd, &opened) == 0 && ::stat(path.c_str(), &current) == 0 && opened.st_dev == current.st_dev &&
        opened.st_ino == current.st_ino) {
        ::unlink(path.c_str());
    }
}

}  // namespace

std::variant<ContentHash, FileReadError> hash_file(const std::filesystem::path& path) {
    const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0) {
        return FileReadError{"cannot open: " + errno_message(errno)};
    }
    const std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t*)> state(XXH3_createState(),
                                                                                 XXH3_freeState);
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK) {
        return FileReadError{"cannot hash: out of memory"};
    }
    std::unique_ptr<char[]> buffer(new (std::nothrow) char[read_chunk_bytes]);
    if (!buffer) {
        return FileReadError{"cannot hash: out of memory"};
    }
    for (;;) {
        const ssize_t count = read_some(file.get(), buffer.get(), read_chunk_bytes);
        if (count < 0) {
            return FileReadError{"cannot read: " + errno_message(errno)};
        }
        if (count == 0) {
            break;
        }
        XXH3_128bits_update(state.get(), buffer.get(), static_cast<std::size_t>(count));
    }
    const XXH128_hash_t hash = XXH3_128bits_digest(state.get());
    return ContentHash{hash.low64, hash.high64};
}

CacheKey cache_key(const ContentHash& content, std::string_view extraction_version) {
    // The content hash's 16 bytes, then the version: the two cannot run into each other.
    std::string input(16, '\0');
    for (int i = 0; i < 8; ++i) {
        input[static_cast<std::size_t>(i)] = static_cast<char>(content.low >> (8 * i));
        input[static_cast<std::size_t>(8 + i)] = static_cast<char>(content.high >> (8 * i));
    }
    input.append(extraction_version);
    const XXH128_hash_t key = XXH3_128bits(input.data(), input.size());
    return CacheKey{fmt::format("{:016x}{:016x}", key.high64, key.low64)};
}

std::filesystem::path ExtractionCache::entry_path(const CacheKey& key) const {
    return m_directory / key.hex.substr(0, 2) / key.hex;
}

std::optional<DocumentText> ExtractionCache::lookup(const CacheKey& key) const {
    std::optional<DocumentText> text;
    lookup_payload(key, [&](std::string_view payload) {
        text = decode_document_text(payload);
        return text.has_value();
    });
    return text;
}

std::optional<DocumentReport> ExtractionCache::lookup_report(const CacheKey& key) const {
    std::optional<DocumentReport> report;
    lookup_payload(key, [&](std::string_view payload) {
        report = decode_document_report(payload);
        return report.has_value();
    });
    return report;
}

StoreResult ExtractionCache::store(const CacheKey& key, const DocumentText& text) const {
    return store_payload(key, [&](ByteWriter& out) { encode_document_text(text, out); });
}

StoreResult ExtractionCache::store_report(const CacheKey& key, const DocumentReport& report) const {
    const std::string bytes = encode_document_report(report);   // small: no text, only the findings
    return store_payload(key, [&](ByteWriter& out) { out.put_raw(bytes); });
}

bool ExtractionCache::lookup_payload(const CacheKey& key, const std::function<bool(std::string_view)>& decode) const {
    try {
        const std::filesystem::path path = entry_path(key);
        // Not through a link, and without waiting for a writer should a FIFO stand there.
        const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
        if (file.get() < 0) {
            return false;   // not cached, a link (or unreadable: nothing this run can mend)
        }
        struct stat status {};
        if (::fstat(file.get(), &status) != 0 || !S_ISREG(status.st_mode)) {
            return false;   // a FIFO, device or folder: a miss; store() renames an entry over it
        }
        bool decoded = false;
        const bool sane_size = status.st_size >= static_cast<off_t>(entry_magic.size()) &&
                               static_cast<std::uintmax_t>(status.st_size) <= max_entry_bytes;
        if (const std::optional<std::string> entry = sane_size ? read_whole(file.get()) : std::nullopt) {
            if (const std::optional<std::string_view> payload = entry_payload(*entry, key)) {
                decoded = decode(*payload);
            }
        }
        if (!decoded) {
            remove_if_still(path, file.get());   // written by a crashed kernel, bit rot, an old format
            return false;
        }
        ::futimens(file.get(), nullptr);   // used now: the last to go in trim(); failure is harmless
        return true;
    } catch (const std::exception&) {
        return false;   // out of memory for a huge entry: run as if it were not cached
    }
}

StoreResult ExtractionCache::store_payload(const CacheKey& key, const std::function<void(ByteWriter&)>& encode) const {
    try {
        const std::filesystem::path path = entry_path(key);
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error) {
            return StoreResult{false, fmt::format("cannot create {}: {}", path.parent_path().string(),
                                                  error.message())};
        }
        // Only a real folder and a regular file (or none) at the entry's place: write_file_atomically
        // follows a link and writes into a FIFO (which would wait for a reader forever), right for
        // -o, wrong for a cache that anything may have been planted in. Such a thing goes first.
        struct stat status {};
        if (::lstat(path.parent_path().c_str(), &status) != 0 || !S_ISDIR(status.st_mode)) {
            return StoreResult{false, fmt::format("{} is not a folder", path.parent_path().string())};
        }
        if (::lstat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode) && ::unlink(path.c_str()) != 0) {
            return StoreResult{false, fmt::format("cannot replace {}: {}", path.string(), errno_message(errno))};
        }
        // The payload is encoded twice, streamed both times, never held whole (it is as large
        // as the text): once for the header's length and checksum, once into the file.
        const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> checksum(XXH3_createState(),
                                                                                  &XXH3_freeState);
        if (!checksum) {
            throw std::bad_alloc();
        }
        XXH3_64bits_reset(checksum.get());
        std::uint64_t payload_size = 0;
        {
            ByteWriter measure([&](std::string_view chunk) {
                payload_size += chunk.size();
                XXH3_64bits_update(checksum.get(), chunk.data(), chunk.size());
            });
            encode(measure);
            measure.flush();
        }
        const std::uint64_t payload_checksum = XXH3_64bits_digest(checksum.get());
        const std::string header = entry_header(key, payload_size, payload_checksum);
        if (header.size() + payload_size > max_entry_bytes) {
            return StoreResult{false, "the text is too large for a cache entry"};   // lookup() would not read it
        }
        const FileContent content = [&](const ContentSink& write) {
            if (!write(header)) {
                return;
            }
            bool writing = true;
            ByteWriter out([&](std::string_view chunk) { writing = writing && write(chunk); });
            encode(out);
            out.flush();
        };
        if (const std::optional<FileWriteError> failure =
                write_file_atomically(path, content, FilePermissions::owner_only)) {
            return StoreResult{false, failure->message};
        }
        return StoreResult{true, {}};
    } catch (const std::exception& exception) {
        return StoreResult{false, fmt::format("cannot store a cache entry: {}", exception.what())};
    }
}

}  // namespace galascan
