#include "extract/pdf_bytes.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string_view>

namespace galascan {

namespace {

constexpr std::string_view output_intents_key = "/OutputIntents";
constexpr std::string_view unknown_key = "/XOutputIntent";  // same length, ignored by Poppler
static_assert(output_intents_key.size() == unknown_key.size());

// A name ends at white space or a delimiter (PDF 32000-1, 7.2.2); "/OutputIntentsFoo" is
// another name and stays.
bool ends_name(char c) {
    constexpr std::string_view enders = " \t\r\n\f\v()<>[]{}/%";
    return c == '\0' || enders.find(c) != std::string_view::npos;
}

}  // namespace

std::optional<std::string> read_pdf_bytes(const std::string& path, std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return std::nullopt;
    }
    std::optional<std::string> bytes;
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) <= max_bytes) {
        std::string buffer(static_cast<std::size_t>(info.st_size), '\0');
        std::size_t done = 0;
        while (done < buffer.size()) {
            const ssize_t count = ::read(fd, buffer.data() + done, buffer.size() - done);
            if (count <= 0) {
                break;  // an error, or the file shrank: let Poppler read it itself
            }
            done += static_cast<std::size_t>(count);
        }
        if (done == buffer.size()) {
            bytes = std::move(buffer);
        }
    }
    ::close(fd);
    return bytes;
}

int neutralise_output_intents(std::string& bytes) {
    int renamed = 0;
    for (std::size_t at = bytes.find(output_intents_key); at != std::string::npos;
         at = bytes.find(output_intents_key, at + output_intents_key.size())) {
        const std::size_t end = at + output_intents_key.size();
        if (end < bytes.size() && !ends_name(bytes[end])) {
            continue;
        }
        bytes.replace(at, unknown_key.size(), unknown_key);
        ++renamed;
    }
    return renamed;
}

}  // namespace galascan
