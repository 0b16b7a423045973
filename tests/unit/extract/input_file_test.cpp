// What a path that is no readable regular file gets as its reason, found without blocking.
// (Permission denied needs a user other than root: e2e folder-unreadable-entries.)
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "extract/input_file.hpp"
#include "store/test_files.hpp"

using namespace galascan;

namespace {

// The reason `path` is unreadable; fails the test when it is not.
std::string reason_of(const std::filesystem::path& path) {
    const std::optional<ExtractError> error = check_input_file(path.string());
    REQUIRE(error.has_value());
    CHECK(error->status == DocumentStatus::unreadable);
    return error->reason;
}

}  // namespace

TEST_CASE("a regular file passes; a FIFO, a device, a folder and broken links are unreadable, each saying why") {
    test::TemporaryFolder folder;
    const std::filesystem::path root = folder.path();
    test::write_file(root / "plan.pdf", "%PDF-1.4");
    CHECK_FALSE(check_input_file((root / "plan.pdf").string()).has_value());

    REQUIRE(::mkfifo((root / "pijp.pdf").c_str(), 0644) == 0);  // opening it to read would block
    CHECK(reason_of(root / "pijp.pdf") == "not a regular file (FIFO)");
    std::filesystem::create_symlink("/dev/zero", root / "nul.pdf");  // reading it would never end
    CHECK(reason_of(root / "nul.pdf") == "not a regular file (character device)");
    CHECK(reason_of(root) == "not a regular file (folder)");
    std::filesystem::create_symlink("nergens.pdf", root / "weg.pdf");
    CHECK(reason_of(root / "weg.pdf") == "cannot open: dangling symbolic link (its target does not exist)");
    std::filesystem::create_symlink("lus.pdf", root / "lus.pdf");
    CHECK(reason_of(root / "lus.pdf") == "cannot open: too many levels of symbolic links (a link loop?)");
    CHECK(reason_of(root / "ontbreekt.pdf") == "cannot open: no such file");
}
