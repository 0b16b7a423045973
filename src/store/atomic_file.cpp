// The one writer of whole files (store/atomic_file.hpp). POSIX makes rename() atomic within
// a file system, so the new file is written beside its target, under a name mkstemp makes
// unique and unpredictable (O_EXCL: never someone else's file, never a planted link), and
// renamed over the target once every byte is written and closed.

#include "store/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <system_error>

#include <fmt/core.h>

#include "store/file_descriptor.hpp"

namespace galascan {

namespace {

namespace fs = std::filesystem;

constexpr int max_symbolic_links = 40;  // Linux's own limit (ELOOP)

FileWriteError write_error(const fs::path& path, int error_number) {
    return FileWriteError{fmt::format("cannot write {}: {}", path.string(), std::strerror(error_number))};
}

// The file a chain of symbolic links ends at, whether it exists or not (a dangling link
// names the file to create). Relative links are relative to the link's folder.
std::optional<fs::path> resolve_symbolic_links(fs::path path) {
    std::error_code error;
    for (int hops = 0; hops < max_symbolic_links; ++hops) {
        if (!fs::is_symlink(fs::symlink_status(path, error))) {
            return path;
        }
        const fs::path target = fs::read_symlink(path, error);
        if (error) {
            return std::nullopt;
        }
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    return std::nullopt;
}

std::optional<FileWriteError> write_parts(int fd, const fs::path& path, const FileContent& content) {
    int error_number = 0;
    content([&](std::string_view part) {
        if (error_number == 0 && !write_all(fd, part)) {
            error_number = errno != 0 ? errno : EIO;
        }
        return error_number == 0;
    });
    return error_number == 0 ? std::nullopt : std::optional(write_error(path, error_number));
}

// Devices and FIFOs: a file renamed over /dev/null would replace it (as root) or fail.
std::optional<FileWriteError> write_in_place(const fs::path& path, const FileContent& parts) {
    FileDescriptor file(::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC));
    if (file.get() < 0) {
        return write_error(path, errno);
    }
    if (std::optional<FileWriteError> failure = write_parts(file.get(), path, parts)) {
        return failure;
    }
    if (file.close() != 0) {
        return write_error(path, errno);
    }
    return std::nullopt;
}

// mkstemp creates 0600; a report gets what any new file would. Reading the umask means
// setting it: safe here, as no other thread of galascan creates files.
int set_permissions(int fd, FilePermissions permissions) {
    if (permissions == FilePermissions::owner_only) {
        return 0;
    }
    const mode_t umask = ::umask(0);
    ::umask(umask);
    return ::fchmod(fd, 0666 & ~umask);
}

std::optional<FileWriteError> write_and_rename(const fs::path& shown_path, const fs::path& target,
                                               const FileContent& parts, FilePermissions permissions) {
    std::string temporary = target.string();
    temporary.append(temporary_marker).append(temporary_random_characters, 'X');
    FileDescriptor file(::mkostemp(temporary.data(), O_CLOEXEC));
    if (file.get() < 0) {
        return write_error(shown_path, errno);
    }
    std::optional<FileWriteError> failure = set_permissions(file.get(), permissions) != 0
                                                ? write_error(shown_path, errno)
                                                : write_parts(file.get(), shown_path, parts);
    if (!failure && (file.close() != 0 || ::rename(temporary.c_str(), target.c_str()) != 0)) {
        failure = write_error(shown_path, errno);
    }
    if (failure) {
        ::unlink(temporary.c_str());
    }
    return failure;
}

}  // namespace

std::optional<FileWriteError> check_writable(const fs::path& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (fs::is_directory(status)) {
        return FileWriteError{fmt::format("cannot write {}: it is a folder (give a file name)", path.string())};
    }
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        return ::access(path.c_str(), W_OK) == 0 ? std::nullopt : std::optional(write_error(path, errno));
    }
    const std::optional<fs::path> target = resolve_symbolic_links(path);
    if (!target) {
        return write_error(path, ELOOP);
    }
    const fs::path folder = target->parent_path().empty() ? fs::path(".") : target->parent_path();
    const fs::file_status folder_status = fs::status(folder, error);
    if (!fs::exists(folder_status)) {
        return FileWriteError{fmt::format("cannot write {}: {} (the folder {} does not exist; create it first)",
                                          path.string(), std::strerror(ENOENT), folder.string())};
    }
    if (!fs::is_directory(folder_status)) {
        return FileWriteError{fmt::format("cannot write {}: {} ({} is not a folder)", path.string(),
                                          std::strerror(ENOTDIR), folder.string())};
    }
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        return write_error(path, errno);
    }
    return std::nullopt;
}

std::optional<FileWriteError> write_file_atomically(const fs::path& path, std::initializer_list<std::string_view> parts,
                                                    FilePermissions permissions) {
    return write_file_atomically(
        path,
        [&parts](const ContentSink& write) {
            for (const std::string_view part : parts) {
                if (!write(part)) {
                    return;
                }
            }
        },
        permissions);
}

std::optional<FileWriteError> write_file_atomically(const fs::path& path, const FileContent& parts,
                                                    FilePermissions permissions) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        return write_in_place(path, parts);
    }
    const std::optional<fs::path> target = resolve_symbolic_links(path);
    if (!target) {
        return write_error(path, ELOOP);
    }
    return write_and_rename(path, *target, parts, permissions);
}

}  // namespace galascan
