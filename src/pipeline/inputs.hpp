#pragma once
// Which files a command line names: files as given, folders searched for PDFs.

#include <string>
#include <vector>

namespace galascan {

struct Inputs {
    std::vector<std::string> files;     // in command-line order; each folder's PDFs sorted by path
    std::vector<std::string> warnings;  // e.g. a folder without PDFs, a folder listed only in part
};

// A path that is a folder contributes every entry below it whose name ends in .pdf (any
// case), sorted byte-wise so the report order does not depend on the file system. Nothing is
// left out without a word: an entry named *.pdf is listed whatever it is (a FIFO, a device,
// a dangling or looping symlink), and a folder that cannot be listed is listed itself, so
// that each becomes an `unreadable` row saying why (extract/input_file.hpp). Any other path
// is kept as given, so a missing file becomes a row saying so. Symlinked folders are not
// followed (no loops); a file is listed once even if named twice.
Inputs collect_inputs(const std::vector<std::string>& paths);

}  // namespace galascan
