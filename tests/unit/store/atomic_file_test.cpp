#include <doctest/doctest.h>

#include <sys/stat.h>

#include <thread>

#include "store/atomic_file.hpp"
#include "store/test_files.hpp"

using namespace galascan;
using namespace galascan::test;

namespace fs = std::filesystem;

namespace {

std::size_t files_in(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

mode_t permissions_of(const fs::path& path) {
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    return status.st_mode & 0777;
}

}  // namespace

TEST_CASE("a file is written whole from its parts, replacing what was there, with no temporary left") {
    TemporaryFolder folder;
    const fs::path path = folder.path() / "rapport.csv";
    write_file(path, "the old report, longer than the new one");
    CHECK_FALSE(write_file_atomically(path, {"a,b\n", "", "1,2\n"}, FilePermissions::as_new_file));
    CHECK(read_file(path) == "a,b\n1,2\n");
    CHECK(files_in(folder.path()) == 1);
}

TEST_CASE("a report gets a new file's permissions, a cache entry the owner's alone") {
    TemporaryFolder folder;
    const mode_t previous = ::umask(022);
    CHECK_FALSE(write_file_atomically(folder.path() / "report", {"x"}, FilePermissions::as_new_file));
    CHECK_FALSE(write_file_atomically(folder.path() / "entry", {"x"}, FilePermissions::owner_only));
    ::umask(previous);
    CHECK(permissions_of(folder.path() / "report") == 0644);
    CHECK(permissions_of(folder.path() / "entry") == 0600);
}

TEST_CASE("a file that cannot be written says why and leaves nothing behind") {
    TemporaryFolder folder;
    SUBCASE("its folder is missing") {
        const std::optional<FileWriteError> failure =
            write_file_atomically(folder.path() / "missing" / "out.csv", {"x"}, FilePermissions::as_new_file);
        REQUIRE(failure);
        CHECK(failure->message ==
              "cannot write " + (folder.path() / "missing" / "out.csv").string() + ": No such file or directory");
    }
    SUBCASE("its name is taken by a folder") {
        fs::create_directory(folder.path() / "out.csv");
        const std::optional<FileWriteError> failure =
            write_file_atomically(folder.path() / "out.csv", {"x"}, FilePermissions::as_new_file);
        REQUIRE(failure);
        CHECK(failure->message.find("Is a directory") != std::string::npos);
        CHECK(files_in(folder.path()) == 1);
    }
    SUBCASE("the disk fills up halfway (a file size limit, which binds root too)") {
        write_file(folder.path() / "out.csv", "the previous report");
        CHECK(holds_on_full_disk([&] {
            const std::optional<FileWriteError> failure = write_file_atomically(
                folder.path() / "out.csv", {std::string(1000, 'x')}, FilePermissions::as_new_file);
            return failure && failure->message.find("File too large") != std::string::npos;
        }));
        CHECK(read_file(folder.path() / "out.csv") == "the previous report");
        CHECK(files_in(folder.path()) == 1);
    }
}

TEST_CASE("the temporary file's name cannot be foreseen, so a link planted there is left alone") {
    // The former report writer opened "<file>.galascan-tmp" without O_EXCL: a link planted
    // under that name made it overwrite the link's target.
    TemporaryFolder folder;
    write_file(folder.path() / "victim", "untouched");
    fs::create_symlink(folder.path() / "victim", folder.path() / "out.csv.galascan-tmp");
    CHECK_FALSE(write_file_atomically(folder.path() / "out.csv", {"report"}, FilePermissions::as_new_file));
    CHECK(read_file(folder.path() / "victim") == "untouched");
    CHECK(read_file(folder.path() / "out.csv") == "report");
}

TEST_CASE("a symbolic link is followed: its target is replaced and the link stays") {
    TemporaryFolder folder;
    fs::create_directory(folder.path() / "reports");
    SUBCASE("to an existing file, relative") {
        write_file(folder.path() / "reports" / "latest.csv", "old");
        fs::create_symlink("reports/latest.csv", folder.path() / "out.csv");
        CHECK_FALSE(write_file_atomically(folder.path() / "out.csv", {"new"}, FilePermissions::as_new_file));
        CHECK(fs::is_symlink(folder.path() / "out.csv"));
        CHECK(read_file(folder.path() / "reports" / "latest.csv") == "new");
    }
    SUBCASE("dangling, through a second link") {
        fs::create_symlink(folder.path() / "reports" / "new.csv", folder.path() / "hop");
        fs::create_symlink("hop", folder.path() / "out.csv");
        CHECK_FALSE(write_file_atomically(folder.path() / "out.csv", {"new"}, FilePermissions::as_new_file));
        CHECK(fs::is_symlink(folder.path() / "out.csv"));
        CHECK(fs::is_symlink(folder.path() / "hop"));
        CHECK(read_file(folder.path() / "reports" / "new.csv") == "new");
    }
    SUBCASE("a loop is an error") {
        fs::create_symlink("b", folder.path() / "a");
        fs::create_symlink("a", folder.path() / "b");
        const std::optional<FileWriteError> failure =
            write_file_atomically(folder.path() / "a", {"x"}, FilePermissions::as_new_file);
        REQUIRE(failure);
        CHECK(failure->message.find("Too many levels of symbolic links") != std::string::npos);
    }
}

TEST_CASE("a file that is not regular is written in place, not replaced") {
    SUBCASE("/dev/null") {
        // The former writer made /dev/null.galascan-tmp and renamed it over /dev/null: an
        // error for a user, a regular file instead of the device for root.
        CHECK_FALSE(write_file_atomically("/dev/null", {"report"}, FilePermissions::as_new_file));
        CHECK(fs::is_character_file("/dev/null"));
    }
    SUBCASE("a FIFO, as /dev/stdout is on a pipe") {
        TemporaryFolder folder;
        const fs::path fifo = folder.path() / "fifo";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        std::string received;
        std::thread reader([&] { received = read_file(fifo); });
        const std::optional<FileWriteError> failure =
            write_file_atomically(fifo, {"a,b\n", "1,2\n"}, FilePermissions::as_new_file);
        reader.join();
        CHECK_FALSE(failure);
        CHECK(received == "a,b\n1,2\n");
        CHECK(fs::is_fifo(fifo));
        CHECK(files_in(folder.path()) == 1);
    }
}

TEST_CASE("whether a file can be written is known before it is written") {
    const test::TemporaryFolder folder;
    const std::filesystem::path root = folder.path();
    CHECK_FALSE(check_writable(root / "new.csv").has_value());
    CHECK_FALSE(check_writable("/dev/null").has_value());
    const std::optional<FileWriteError> missing = check_writable(root / "missing" / "new.csv");
    REQUIRE(missing.has_value());
    CHECK(missing->message.find("No such file or directory") != std::string::npos);
    CHECK(missing->message.find("the folder " + (root / "missing").string() + " does not exist") != std::string::npos);
    const std::optional<FileWriteError> onto_folder = check_writable(root);
    REQUIRE(onto_folder.has_value());
    CHECK(onto_folder->message.find("it is a folder") != std::string::npos);
    write_file_atomically(root / "file", {"x"}, FilePermissions::as_new_file);
    const std::optional<FileWriteError> under_file = check_writable(root / "file" / "new.csv");
    REQUIRE(under_file.has_value());
    CHECK(under_file->message.find("is not a folder") != std::string::npos);
}
