#pragma once
// Replacing a file whole or not at all: the report of -o and the cache's entries. A reader,
// a concurrent writer or an interrupted run sees the old file or the new one, never half.

#include <filesystem>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace galascan {

// Temporary files are "<target>.tmp.XXXXXX" (six random characters) beside their target;
// the cache's trim() recognises a killed run's leftovers by this.
inline constexpr std::string_view temporary_marker = ".tmp.";
inline constexpr std::size_t temporary_random_characters = 6;

enum class FilePermissions {
    as_new_file,  // what a shell's "> file" gives: 0666 less the umask (reports)
    owner_only,   // 0600: text from a user's PDFs stays theirs (cache entries)
};

struct FileWriteError {
    std::string message;  // one line: "cannot write out.csv: Permission denied"
};

// Writes `parts`, one after the other, to `path`. A regular file (or a missing one) is
// written to a temporary file beside it (mkstemp: a new, unpredictable name) and renamed
// over it; the temporary file is removed on failure. A symbolic link is followed, and its
// target replaced: the link stays. A file that is not regular (/dev/null, /dev/stdout on a
// terminal or pipe, a FIFO) is written in place, as a renamed file would never reach its
// reader. Nullopt when written. Never throws (but std::bad_alloc).
std::optional<FileWriteError> write_file_atomically(const std::filesystem::path& path,
                                                    std::initializer_list<std::string_view> parts,
                                                    FilePermissions permissions);

// The same, for content made as it is written (a cache entry streamed, never held whole): `content`
// hands its bytes to the sink piece by piece, in order; the sink returns false once a write has
// failed (content may stop then; the error is returned).
using ContentSink = std::function<bool(std::string_view bytes)>;
using FileContent = std::function<void(const ContentSink& write)>;
std::optional<FileWriteError> write_file_atomically(const std::filesystem::path& path, const FileContent& content,
                                                    FilePermissions permissions);

// Whether write_file_atomically(path) can succeed, asked before a long run rather than after
// it: the folder the file (or the file a link names) goes into exists, is a folder, and may
// be written; a file that is not regular may be written in place; `path` is no folder. The
// message says why and, for a missing folder, which one. Nullopt when it looks writable.
std::optional<FileWriteError> check_writable(const std::filesystem::path& path);

}  // namespace galascan
