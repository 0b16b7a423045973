// The cache's folder as a whole: where it lives, and keeping it within a size (least
// recently used entries go first: lookup() refreshes an entry's mtime) or emptying it.
// Only files named as galascan names them are touched, in case the folder is shared.

#include <algorithm>
#include <chrono>
#include <string_view>
#include <system_error>
#include <tuple>
#include <vector>

#include "store/atomic_file.hpp"
#include "store/cache.hpp"

namespace galascan {

namespace {

namespace fs = std::filesystem;

bool is_hex(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_fan_out_folder(std::string_view name) { return name.size() == 2 && is_hex(name); }
bool is_entry_name(std::string_view name) { return name.size() == 32 && is_hex(name); }

// "<entry>.tmp.XXXXXX", as write_file_atomically makes them for ExtractionCache::store.
bool is_temporary_name(std::string_view name) {
    return name.size() == 32 + temporary_marker.size() + temporary_random_characters &&
           is_entry_name(name.substr(0, 32)) && name.substr(32, temporary_marker.size()) == temporary_marker;
}

struct CacheFile {
    fs::path path;
    fs::file_time_type modified;
    std::uintmax_t bytes = 0;
    bool temporary = false;
};

// A folder entry's own type, a symbolic link never followed.
fs::file_type own_type(const fs::directory_entry& entry) {
    std::error_code error;
    return entry.symlink_status(error).type();
}

// Every entry and temporary file; files that vanish or cannot be read meanwhile are skipped.
// Links are never followed, neither a fan-out folder's nor an entry's: a link planted in the
// cache must not lead trim() or clear() to files elsewhere. `links`, when given, gets the
// links (and other non-files) that stand under galascan's names, for clear() to remove.
std::vector<CacheFile> list_cache_files(const fs::path& directory, std::vector<fs::path>* links = nullptr) {
    std::vector<CacheFile> files;
    std::error_code error;
    for (fs::directory_iterator folder(directory, error), end; !error && folder != end; folder.increment(error)) {
        if (!is_fan_out_folder(folder->path().filename().native())) {
            continue;
        }
        if (own_type(*folder) != fs::file_type::directory) {
            if (links != nullptr && own_type(*folder) == fs::file_type::symlink) {
                links->push_back(folder->path());
            }
            continue;
        }
        std::error_code inner_error;
        for (fs::directory_iterator file(folder->path(), inner_error); !inner_error && file != end;
             file.increment(inner_error)) {
            const std::string name = file->path().filename().native();
            const bool temporary = is_temporary_name(name);
            if (!temporary && !is_entry_name(name)) {
                continue;
            }
            const fs::file_type type = own_type(*file);
            if (type != fs::file_type::regular) {
                if (links != nullptr && type != fs::file_type::directory && type != fs::file_type::none) {
                    links->push_back(file->path());   // a link, FIFO or socket where an entry belongs
                }
                continue;
            }
            std::error_code status_error;
            const std::uintmax_t bytes = file->file_size(status_error);
            const fs::file_time_type modified = file->last_write_time(status_error);
            if (!status_error) {
                files.push_back(CacheFile{file->path(), modified, bytes, temporary});
            }
        }
    }
    return files;
}

bool remove_file(const CacheFile& file, FileTally& tally) {
    std::error_code error;
    if (!fs::remove(file.path, error)) {
        return false;
    }
    ++tally.files;
    tally.bytes += file.bytes;
    return true;
}

void count(const CacheFile& file, FileTally& tally) {
    ++tally.files;
    tally.bytes += file.bytes;
}

}  // namespace

std::optional<fs::path> default_cache_directory(const char* xdg_cache_home, const char* home) {
    const auto absolute = [](const char* value) { return value != nullptr && value[0] == '/'; };
    if (absolute(xdg_cache_home)) {
        return fs::path(xdg_cache_home) / "galascan";
    }
    if (absolute(home)) {
        return fs::path(home) / ".cache" / "galascan";
    }
    return std::nullopt;
}

TrimResult ExtractionCache::trim(std::uintmax_t max_bytes) const {
    TrimResult result;
    try {
        std::vector<CacheFile> files = list_cache_files(m_directory);
        const fs::file_time_type stale_before = fs::file_time_type::clock::now() - std::chrono::hours(1);
        std::vector<CacheFile> entries;
        for (CacheFile& file : files) {
            if (file.temporary && file.modified < stale_before && remove_file(file, result.removed)) {
                continue;
            }
            if (file.temporary) {
                count(file, result.kept);
            } else {
                entries.push_back(std::move(file));
            }
        }
        std::sort(entries.begin(), entries.end(), [](const CacheFile& a, const CacheFile& b) {
            return std::tie(a.modified, a.path) < std::tie(b.modified, b.path);
        });
        std::uintmax_t total = result.kept.bytes;
        for (const CacheFile& entry : entries) {
            total += entry.bytes;
        }
        for (const CacheFile& entry : entries) {   // oldest first
            if (total > max_bytes && remove_file(entry, result.removed)) {
                total -= entry.bytes;
            } else {
                count(entry, result.kept);
            }
        }
    } catch (const std::exception&) {
        // Out of memory listing a huge folder: what was removed so far stays counted.
    }
    return result;
}

FileTally ExtractionCache::clear() const {
    FileTally removed;
    try {
        std::vector<fs::path> links;
        for (const CacheFile& file : list_cache_files(m_directory, &links)) {
            remove_file(file, removed);
        }
        for (const fs::path& link : links) {
            std::error_code ignored;
            if (fs::remove(link, ignored)) {   // the link itself, never what it points to
                ++removed.files;
            }
        }
        std::error_code error;
        for (fs::directory_iterator folder(m_directory, error), end; !error && folder != end;
             folder.increment(error)) {
            if (is_fan_out_folder(folder->path().filename().native()) &&
                own_type(*folder) == fs::file_type::directory) {
                std::error_code ignored;
                fs::remove(folder->path(), ignored);   // only when empty: someone else's files stay
            }
        }
    } catch (const std::exception&) {
        // As in trim(): what was removed stays counted.
    }
    return removed;
}

}  // namespace galascan
