#include "store/user_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <cstring>

#include <fmt/core.h>

#include "store/file_descriptor.hpp"

namespace galascan {

std::variant<std::string, UserFileError> read_user_file(const std::string& path, std::uintmax_t max_bytes) {
    const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (file.get() < 0) {
        return UserFileError{std::strerror(errno)};
    }
    struct stat status {};
    if (::fstat(file.get(), &status) != 0) {
        return UserFileError{std::strerror(errno)};
    }
    if (!S_ISREG(status.st_mode)) {
        return UserFileError{S_ISDIR(status.st_mode) ? "a folder, not a file" : "a device, FIFO or socket, not a file"};
    }
    if (static_cast<std::uintmax_t>(status.st_size) > max_bytes) {
        return UserFileError{fmt::format("larger than {} MiB", max_bytes >> 20)};
    }
    return read_bounded(file.get(), max_bytes);
}

std::variant<std::string, UserFileError> read_bounded(int fd, std::uintmax_t max_bytes) {
    std::string content;
    char buffer[64 * 1024];
    for (;;) {  // to the end, not to a size known before: a file may have grown since
        const ssize_t count = read_some(fd, buffer, sizeof buffer);
        if (count < 0) {
            return UserFileError{std::strerror(errno)};
        }
        if (count == 0) {
            return content;
        }
        content.append(buffer, static_cast<std::size_t>(count));
        if (content.size() > max_bytes) {
            return UserFileError{fmt::format("larger than {} MiB", max_bytes >> 20)};
        }
    }
}

}  // namespace galascan
