#pragma once
// Whether a path names a file galascan can read as a PDF, decided from its type and
// permissions alone: no byte is read, and nothing blocks (a FIFO, /dev/zero).

#include <optional>
#include <string>

#include "extract/document.hpp"

namespace galascan {

// Why `path` cannot be read, as an `unreadable` ExtractError with the real cause ("cannot
// open: permission denied", "not a regular file (FIFO)", "dangling symbolic link ..."), or
// nothing when it is a regular file this process may open. Runs before anything reads the
// file (hashing for the cache, Poppler, the worker), so that a FIFO, a device or a folder
// costs no time and no --timeout. Never throws.
std::optional<ExtractError> check_input_file(const std::string& path);

}  // namespace galascan
