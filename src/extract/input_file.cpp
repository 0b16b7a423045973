// The type comes from stat(), which never opens the file: opening a FIFO for reading blocks
// until a writer appears, and opening some devices has effects. A regular file is then
// opened (O_NONBLOCK, in case it was swapped for a FIFO meanwhile) to learn whether this
// process may read it, and checked again through the open descriptor.

#include "extract/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <system_error>

#include <fmt/core.h>

namespace galascan {

namespace {

ExtractError unreadable(std::string reason) { return ExtractError{DocumentStatus::unreadable, std::move(reason), {}}; }

// "permission denied": strerror's words, in the lower case of galascan's other reasons.
std::string errno_words(int error) {
    std::string words = std::error_code(error, std::generic_category()).message();
    if (!words.empty()) {
        words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
    }
    return words;
}

const char* type_name(mode_t mode) {
    if (S_ISDIR(mode)) {
        return "folder";
    }
    if (S_ISFIFO(mode)) {
        return "FIFO";
    }
    if (S_ISCHR(mode)) {
        return "character device";
    }
    if (S_ISBLK(mode)) {
        return "block device";
    }
    if (S_ISSOCK(mode)) {
        return "socket";
    }
    return "unknown type";
}

// stat() failed with `error`: say why in the reader's terms.
ExtractError stat_failure(const std::string& path, int error) {
    struct stat link {};
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        return unreadable("cannot open: dangling symbolic link (its target does not exist)");
    }
    if (error == ENOENT) {
        return unreadable("cannot open: no such file");
    }
    if (error == ELOOP) {
        return unreadable("cannot open: too many levels of symbolic links (a link loop?)");
    }
    return unreadable("cannot open: " + errno_words(error));
}

// A folder reaches here only when a folder search could not list it (or a link named *.pdf
// points at one): whether it can be opened tells which.
ExtractError folder_failure(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return unreadable("cannot read the folder: " + errno_words(errno));
    }
    ::close(fd);
    return unreadable("not a regular file (folder)");
}

}  // namespace

std::optional<ExtractError> check_input_file(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return stat_failure(path, errno);
    }
    if (S_ISDIR(status.st_mode)) {
        return folder_failure(path);
    }
    if (!S_ISREG(status.st_mode)) {
        return unreadable(fmt::format("not a regular file ({})", type_name(status.st_mode)));
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return unreadable("cannot open: " + errno_words(errno));
    }
    struct stat opened {};
    const bool regular = ::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode);
    ::close(fd);
    if (!regular) {
        return unreadable(fmt::format("not a regular file ({})", type_name(opened.st_mode)));
    }
    return std::nullopt;
}

}  // namespace galascan
