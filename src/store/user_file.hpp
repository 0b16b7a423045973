#pragma once
// Reading a whole file the user named (a report to merge, a list of files): only a regular
// file, and only up to a bound. A path is whatever the user typed: /dev/zero would be read
// until memory runs out, and a FIFO without a writer would wait forever.

#include <cstdint>
#include <string>
#include <variant>

namespace galascan {

struct UserFileError {
    std::string reason;  // "No such file or directory", "a folder, not a file", "larger than 1024 MiB"
};

// The file's bytes, or why not. Opened with O_NONBLOCK so that a FIFO is refused at once.
std::variant<std::string, UserFileError> read_user_file(const std::string& path, std::uintmax_t max_bytes);

// All an open descriptor gives (a pipe's too: standard input), up to max_bytes.
std::variant<std::string, UserFileError> read_bounded(int fd, std::uintmax_t max_bytes);

}  // namespace galascan
