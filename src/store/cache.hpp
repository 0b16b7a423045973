#pragma once
// The extraction cache: what extraction, layout and normalisation produced for a PDF, kept on
// disk under a hash of the file's bytes, so a re-run (after a lexicon change, say) skips
// Poppler and ICU. One file per entry; failures only ever cost the cache, never the run.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "store/codec.hpp"
#include "text/content_hash.hpp"

namespace galascan {

struct FileReadError {
    std::string reason;   // "cannot open: No such file or directory", "cannot read: ..."
};

// Hashes the file's bytes (text/content_hash.hpp's hash), read in chunks (a large PDF is never held whole). Never throws.
std::variant<ContentHash, FileReadError> hash_file(const std::filesystem::path& path);

// An entry's name: 32 lowercase hex digits.
struct CacheKey {
    std::string hex;
    bool operator==(const CacheKey&) const = default;
};

// The key of a file's text as read by one extraction: `extraction_version` names everything
// that shapes a DocumentText (galascan's version, the pipeline's extraction constant, the
// normalise options), so a change to any of them misses instead of serving stale text.
CacheKey cache_key(const ContentHash& content, std::string_view extraction_version);

// Where the cache lives: $XDG_CACHE_HOME/galascan, else $HOME/.cache/galascan; nullopt when
// neither is set. Relative values are ignored, as the XDG spec asks. Takes the variables'
// values (nullptr: unset) so tests need not touch the environment.
std::optional<std::filesystem::path> default_cache_directory(const char* xdg_cache_home, const char* home);

// The largest entry lookup() reads and store() writes (the cache's whole default bound); a
// larger file under an entry's name is damaged or planted, and a miss.
inline constexpr std::uintmax_t max_entry_bytes = std::uintmax_t{1} << 30;

struct StoreResult {
    bool stored = false;
    std::string error;    // why not, when not stored: the caller goes on without the cache
};

struct FileTally {
    std::size_t files = 0;
    std::uintmax_t bytes = 0;
};

struct TrimResult {
    FileTally removed;    // evicted entries and stale temporary files
    FileTally kept;
};

// A cache directory: <directory>/<first two hex digits>/<32 hex digits>, so no folder grows
// beyond a few hundred files. Safe to share between processes running at once: entries appear
// by an atomic rename, and any entry that fails to read back is a miss. No method throws.
class ExtractionCache {
public:
    explicit ExtractionCache(std::filesystem::path directory) : m_directory(std::move(directory)) {}

    const std::filesystem::path& directory() const { return m_directory; }
    std::filesystem::path entry_path(const CacheKey& key) const;

    // The entry's text. A missing entry is a miss; a truncated, corrupt, oversized or older-format one too, and it
    // is removed; a link, FIFO or device at its place is a miss, left for store() to replace. A hit marks the entry
    // as recently used (its mtime), for trim().
    std::optional<DocumentText> lookup(const CacheKey& key) const;

    // Writes the entry to a temporary file beside it and renames it into place, so readers,
    // concurrent writers of the same key and an interrupted run never see half an entry.
    StoreResult store(const CacheKey& key, const DocumentText& text) const;

    // The result cache, in the same folder (its keys name other inputs: pipeline/cached_report.hpp):
    // a document's finished report, looked up and stored as lookup() and store() do a text.
    std::optional<DocumentReport> lookup_report(const CacheKey& key) const;
    StoreResult store_report(const CacheKey& key, const DocumentReport& report) const;

    // Removes entries least recently used first until the total size is at most `max_bytes`,
    // and temporary files older than an hour (left by a killed run). Recent temporary files
    // count towards the total but stay: another process is writing them.
    TrimResult trim(std::uintmax_t max_bytes) const;

    // Removes every entry and temporary file (galascan cache clear); leaves other files alone. A
    // symbolic link under galascan's names (a fan-out folder, an entry) is removed, never followed.
    FileTally clear() const;

private:
    // The entry's checked payload handed to `decode`; false on a miss or when `decode` rejects it
    // (then the entry is removed).
    bool lookup_payload(const CacheKey& key, const std::function<bool(std::string_view)>& decode) const;
    StoreResult store_payload(const CacheKey& key, const std::function<void(ByteWriter&)>& encode) const;

    std::filesystem::path m_directory;
};

}  // namespace galascan
