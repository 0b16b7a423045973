#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "store/cache.hpp"
#include "store/sample_text.hpp"
#include "store/test_files.hpp"

using namespace galascan;
using namespace galascan::test;

namespace fs = std::filesystem;

namespace {

CacheKey key_of(const std::string& name) { return cache_key(ContentHash{1, 2}, name); }

// Sets an entry's mtime to `minutes` after a fixed past moment, for a known LRU order.
void set_age(const fs::path& path, int minutes) {
    const fs::file_time_type base = fs::file_time_type::clock::now() - std::chrono::hours(24 * 30);
    fs::last_write_time(path, base + std::chrono::minutes(minutes));
}

std::size_t files_under(const fs::path& directory) {
    std::size_t count = 0;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(directory)) {
        count += entry.is_regular_file() ? 1 : 0;
    }
    return count;
}

}  // namespace

TEST_CASE("the cache lives under XDG_CACHE_HOME, else under HOME") {
    CHECK(default_cache_directory("/x/cache", "/home/a") == fs::path("/x/cache/galascan"));
    CHECK(default_cache_directory(nullptr, "/home/a") == fs::path("/home/a/.cache/galascan"));
    CHECK(default_cache_directory("", "/home/a") == fs::path("/home/a/.cache/galascan"));
    CHECK(default_cache_directory("relative/cache", "/home/a") == fs::path("/home/a/.cache/galascan"));
    CHECK(default_cache_directory(nullptr, nullptr) == std::nullopt);
    CHECK(default_cache_directory("", "relative") == std::nullopt);
}

TEST_CASE("a file's hash depends on its bytes only, read in chunks") {
    TemporaryFolder folder;
    std::string large(600 * 1024, 'a');   // more than one read chunk
    large[400 * 1024] = 'b';
    write_file(folder.path() / "one.pdf", large);
    write_file(folder.path() / "copy.pdf", large);
    large[500 * 1024] = 'c';
    write_file(folder.path() / "other.pdf", large);
    const auto one = hash_file(folder.path() / "one.pdf");
    const auto copy = hash_file(folder.path() / "copy.pdf");
    const auto other = hash_file(folder.path() / "other.pdf");
    REQUIRE(std::holds_alternative<ContentHash>(one));
    CHECK(std::get<ContentHash>(one) == std::get<ContentHash>(copy));
    CHECK_FALSE(std::get<ContentHash>(one) == std::get<ContentHash>(other));

    SUBCASE("a missing file or a folder is a read error, not an exception") {
        const auto missing = hash_file(folder.path() / "missing.pdf");
        REQUIRE(std::holds_alternative<FileReadError>(missing));
        CHECK(std::get<FileReadError>(missing).reason == "cannot open: No such file or directory");
        const auto directory = hash_file(folder.path());
        REQUIRE(std::holds_alternative<FileReadError>(directory));
        CHECK(std::get<FileReadError>(directory).reason == "cannot read: Is a directory");
    }
}

TEST_CASE("a key is 32 hex digits and changes with the extraction version") {
    const CacheKey key = cache_key(ContentHash{1, 2}, "0.7.0/extract-3/fold");
    CHECK(key.hex.size() == 32);
    CHECK(key.hex.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(key == cache_key(ContentHash{1, 2}, "0.7.0/extract-3/fold"));
    CHECK_FALSE(key == cache_key(ContentHash{1, 2}, "0.7.0/extract-4/fold"));
    CHECK_FALSE(key == cache_key(ContentHash{1, 3}, "0.7.0/extract-3/fold"));
}

TEST_CASE("a stored text is found again under its key only") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path() / "galascan");
    const CacheKey key = key_of("a");
    CHECK_FALSE(cache.lookup(key));   // an empty (even missing) folder is a miss
    const StoreResult stored = cache.store(key, sample_document_text());
    REQUIRE(stored.stored);
    CHECK(stored.error.empty());
    CHECK(cache.entry_path(key) == folder.path() / "galascan" / key.hex.substr(0, 2) / key.hex);
    CHECK(fs::is_regular_file(cache.entry_path(key)));
    CHECK(read_file(cache.entry_path(key)).starts_with("galascan cache\n"));

    const std::optional<DocumentText> found = cache.lookup(key);
    REQUIRE(found);
    CHECK(*found == sample_document_text());
    CHECK_FALSE(cache.lookup(key_of("b")));
    CHECK(files_under(folder.path()) == 1);   // no temporary file left behind
}

TEST_CASE("a hit marks the entry as recently used") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    const CacheKey key = key_of("a");
    REQUIRE(cache.store(key, sample_document_text()).stored);
    set_age(cache.entry_path(key), 0);
    const fs::file_time_type before = fs::last_write_time(cache.entry_path(key));
    REQUIRE(cache.lookup(key));
    CHECK(fs::last_write_time(cache.entry_path(key)) > before + std::chrono::hours(24));
}

TEST_CASE("a damaged entry is a miss and is removed") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    const CacheKey key = key_of("a");
    REQUIRE(cache.store(key, sample_document_text()).stored);
    const fs::path path = cache.entry_path(key);
    const std::string entry = read_file(path);

    SUBCASE("truncated") { write_file(path, entry.substr(0, entry.size() / 2)); }
    SUBCASE("one bit flipped inside a text") {
        std::string flipped = entry;
        flipped[entry.size() - 40] ^= 0x01;
        write_file(path, flipped);
    }
    SUBCASE("an older entry format") {
        std::string older = entry;
        older[15] = 0;   // the format version follows the magic line
        write_file(path, older);
    }
    SUBCASE("another key's entry under this name") {
        REQUIRE(cache.store(key_of("b"), sample_document_text()).stored);
        write_file(path, read_file(cache.entry_path(key_of("b"))));
    }
    SUBCASE("empty") { write_file(path, ""); }

    CHECK_FALSE(cache.lookup(key));
    CHECK_FALSE(fs::exists(path));
    REQUIRE(cache.store(key, sample_document_text()).stored);  // and the next run stores it again
    CHECK(cache.lookup(key));
}

TEST_CASE("trim removes the least recently used entries first, down to the bound") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    std::vector<fs::path> paths;
    for (const char* name : {"oldest", "old", "new", "newest"}) {
        const CacheKey key = key_of(name);
        REQUIRE(cache.store(key, sample_document_text()).stored);
        paths.push_back(cache.entry_path(key));
    }
    // Stored in this order, used in another: the mtime decides, not the order of storing.
    set_age(paths[0], 10);
    set_age(paths[1], 20);
    set_age(paths[2], 30);
    set_age(paths[3], 40);
    set_age(paths[0], 50);   // "oldest" was read last: now the most recently used
    const std::uintmax_t entry_bytes = fs::file_size(paths[0]);

    SUBCASE("under the bound nothing goes") {
        const TrimResult result = cache.trim(4 * entry_bytes);
        CHECK(result.removed.files == 0);
        CHECK(result.kept.files == 4);
        CHECK(result.kept.bytes == 4 * entry_bytes);
    }
    SUBCASE("one byte over the bound: the least recently used goes") {
        const TrimResult result = cache.trim(4 * entry_bytes - 1);
        CHECK(result.removed.files == 1);
        CHECK(result.removed.bytes == entry_bytes);
        CHECK_FALSE(fs::exists(paths[1]));
        CHECK(fs::exists(paths[0]));
        CHECK(fs::exists(paths[2]));
        CHECK(fs::exists(paths[3]));
    }
    SUBCASE("room for one and a half entries: only the most recently used stays") {
        const TrimResult result = cache.trim(entry_bytes + entry_bytes / 2);
        CHECK(result.removed.files == 3);
        CHECK(result.kept.bytes == entry_bytes);
        CHECK(fs::exists(paths[0]));
        CHECK(files_under(folder.path()) == 1);
    }
    SUBCASE("a bound of zero empties the cache") {
        CHECK(cache.trim(0).removed.files == 4);
        CHECK(files_under(folder.path()) == 0);
    }
}

TEST_CASE("trim removes temporary files older than an hour, and only galascan's files") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    const CacheKey key = key_of("a");
    REQUIRE(cache.store(key, sample_document_text()).stored);
    const fs::path stale = cache.entry_path(key).string() + ".tmp.AbC123";
    const fs::path writing = cache.entry_path(key_of("b")).string() + ".tmp.XyZ789";
    fs::create_directories(writing.parent_path());
    write_file(stale, "half an entry");
    write_file(writing, "being written");
    fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::minutes(61));
    write_file(folder.path() / "README", "not ours");
    write_file(cache.entry_path(key).parent_path() / "notes.txt", "not ours either");

    const TrimResult result = cache.trim(1'000'000'000);
    CHECK(result.removed.files == 1);
    CHECK(result.removed.bytes == 13);
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(writing));
    CHECK(fs::exists(cache.entry_path(key)));
    CHECK(result.kept.files == 2);
    CHECK(fs::exists(folder.path() / "README"));
    CHECK(fs::exists(cache.entry_path(key).parent_path() / "notes.txt"));
}

TEST_CASE("clear removes every entry and says how many and how large") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    std::uintmax_t bytes = 0;
    for (const char* name : {"a", "b", "c"}) {
        REQUIRE(cache.store(key_of(name), sample_document_text()).stored);
        bytes += fs::file_size(cache.entry_path(key_of(name)));
    }
    write_file(folder.path() / "README", "not ours");
    const FileTally removed = cache.clear();
    CHECK(removed.files == 3);
    CHECK(removed.bytes == bytes);
    CHECK(files_under(folder.path()) == 1);
    CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) == 1);   // folders gone
    CHECK_FALSE(cache.lookup(key_of("a")));
    CHECK(ExtractionCache(folder.path() / "missing").clear().files == 0);
}

TEST_CASE("a cache that cannot be written reports it and does not throw") {
    TemporaryFolder folder;
    SUBCASE("the cache folder's parent is a file") {
        write_file(folder.path() / "file", "x");
        const ExtractionCache cache(folder.path() / "file" / "galascan");
        const StoreResult result = cache.store(key_of("a"), sample_document_text());
        CHECK_FALSE(result.stored);
        CHECK(result.error.find("cannot create") != std::string::npos);
        CHECK_FALSE(cache.lookup(key_of("a")));
        CHECK(cache.trim(0).removed.files == 0);
        CHECK(cache.clear().files == 0);
    }
    SUBCASE("a read-only folder") {
        const ExtractionCache cache(folder.path());
        REQUIRE(cache.store(key_of("a"), sample_document_text()).stored);
        const fs::path fan_out = cache.entry_path(key_of("a")).parent_path();
        fs::permissions(fan_out, fs::perms::owner_read | fs::perms::owner_exec);
        if (::geteuid() == 0) {
            MESSAGE("root writes into read-only folders: only the lookup is checked");
        } else {
            const StoreResult result = cache.store(key_of("a"), sample_document_text());
            CHECK_FALSE(result.stored);
            CHECK(result.error.find("Permission denied") != std::string::npos);
        }
        CHECK(cache.lookup(key_of("a")));   // reading still works
        fs::permissions(fan_out, fs::perms::owner_all);
    }
    SUBCASE("the entry's name is taken by a folder") {
        const ExtractionCache cache(folder.path());
        fs::create_directories(cache.entry_path(key_of("a")));
        const StoreResult result = cache.store(key_of("a"), sample_document_text());
        CHECK_FALSE(result.stored);
        CHECK(result.error.find("Is a directory") != std::string::npos);
        CHECK_FALSE(cache.lookup(key_of("a")));
        CHECK(files_under(folder.path()) == 0);   // the temporary file is gone
    }
    SUBCASE("the disk is full (a file size limit, which binds root too)") {
        const ExtractionCache cache(folder.path());
        CHECK(holds_on_full_disk([&] {
            const StoreResult result = cache.store(key_of("a"), sample_document_text());
            return !result.stored && result.error.find("File too large") != std::string::npos;
        }));
        CHECK(files_under(folder.path()) == 0);   // no half-written file left
    }
}

TEST_CASE("two processes storing the same key at once leave a valid entry") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    const CacheKey key = key_of("shared");
    DocumentText small = sample_document_text();
    DocumentText large = sample_document_text();
    large.diagnostics.assign(2000, std::string(100, 'x'));  // a larger entry takes longer to write
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    const DocumentText& mine = child == 0 ? small : large;
    bool all_stored = true;
    for (int round = 0; round < 200; ++round) {
        all_stored = cache.store(key, mine).stored && all_stored;
    }
    if (child == 0) {
        ::_exit(all_stored ? 0 : 1);   // no doctest in the child: the parent reports
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(all_stored);
    const std::optional<DocumentText> found = cache.lookup(key);
    REQUIRE(found);
    CHECK((found->diagnostics.size() == 2 || found->diagnostics.size() == 2000));
    CHECK(files_under(folder.path()) == 1);
}

namespace {

// Runs `action` in a child process that is killed after five seconds: true when it returned
// true in time. For what used to block forever (a FIFO opened for reading or writing).
template <typename Action>
bool done_in_time(Action action) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::alarm(5);
        ::_exit(action() ? 0 : 1);   // no doctest in the child: the parent reports
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

TEST_CASE("a FIFO at an entry's place is a miss at once, and storing replaces it") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    const CacheKey key = key_of("a");
    fs::create_directories(cache.entry_path(key).parent_path());
    REQUIRE(::mkfifo(cache.entry_path(key).c_str(), 0600) == 0);
    CHECK(done_in_time([&] { return !cache.lookup(key); }));
    CHECK(done_in_time([&] { return cache.store(key, sample_document_text()).stored && cache.lookup(key); }));
}

TEST_CASE("a link at an entry's place is a miss; storing replaces the link, not its target") {
    TemporaryFolder folder;
    TemporaryFolder elsewhere;
    const ExtractionCache cache(folder.path());
    const ExtractionCache other(elsewhere.path());
    const CacheKey key = key_of("a");
    REQUIRE(other.store(key, sample_document_text()).stored);   // a valid entry, but outside the cache
    const std::string target = read_file(other.entry_path(key));
    fs::create_directories(cache.entry_path(key).parent_path());
    fs::create_symlink(other.entry_path(key), cache.entry_path(key));

    CHECK_FALSE(cache.lookup(key));
    DocumentText changed = sample_document_text();
    changed.diagnostics.push_back("stored through the cache");
    REQUIRE(cache.store(key, changed).stored);
    CHECK_FALSE(fs::is_symlink(fs::symlink_status(cache.entry_path(key))));
    CHECK(read_file(other.entry_path(key)) == target);
    CHECK(cache.lookup(key));
}

TEST_CASE("an entry larger than max_entry_bytes is a miss and is removed, without reading it") {
    TemporaryFolder folder;
    const ExtractionCache cache(folder.path());
    const CacheKey key = key_of("a");
    REQUIRE(cache.store(key, sample_document_text()).stored);
    // A sparse file: no disk used. Read whole it would need 64 GiB of memory.
    fs::resize_file(cache.entry_path(key), std::uintmax_t{64} << 30);
    CHECK(done_in_time([&] { return !cache.lookup(key); }));
    CHECK_FALSE(fs::exists(cache.entry_path(key)));
}

TEST_CASE("clear and trim never follow a link: clear removes the link, what it points to stays") {
    TemporaryFolder folder;
    TemporaryFolder elsewhere;
    const ExtractionCache cache(folder.path());
    const std::string entry_name(32, 'a');
    write_file(elsewhere.path() / entry_name, "someone else's file with an entry's name");
    write_file(elsewhere.path() / "precious.txt", "someone else's file");
    fs::create_symlink(elsewhere.path(), folder.path() / "aa");   // a fan-out folder that is a link
    REQUIRE(cache.store(key_of("b"), sample_document_text()).stored);
    const fs::path entry_link = cache.entry_path(key_of("b")).parent_path() / std::string(32, 'c');
    fs::create_symlink(elsewhere.path() / "precious.txt", entry_link);   // an entry that is a link

    CHECK(cache.trim(0).removed.files == 1);   // the real entry only
    CHECK(fs::exists(elsewhere.path() / entry_name));
    REQUIRE(cache.store(key_of("b"), sample_document_text()).stored);

    const FileTally removed = cache.clear();
    CHECK(removed.files == 3);   // the entry and the two links
    CHECK(fs::exists(elsewhere.path() / entry_name));
    CHECK(fs::exists(elsewhere.path() / "precious.txt"));
    CHECK_FALSE(fs::exists(fs::symlink_status(folder.path() / "aa")));
    CHECK_FALSE(fs::exists(fs::symlink_status(entry_link)));
}

TEST_CASE("an entry is not stored through a fan-out folder that is a link") {
    TemporaryFolder folder;
    TemporaryFolder elsewhere;
    const ExtractionCache cache(folder.path());
    const CacheKey key = key_of("a");
    fs::create_symlink(elsewhere.path(), cache.entry_path(key).parent_path());
    const StoreResult result = cache.store(key, sample_document_text());
    CHECK_FALSE(result.stored);
    CHECK(result.error.find("is not a folder") != std::string::npos);
    CHECK(fs::is_empty(elsewhere.path()));
}
