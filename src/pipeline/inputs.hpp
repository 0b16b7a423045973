#pragma once
// Which files a command line names: files as given, folders searched for PDFs.

#include <string>
#include <vector>

namespace galascan {

struct Inputs {
    std::vector<std::string> files;      // in command-line order; each folder's PDFs sorted by path
    std::vector<std::string> warnings;   // e.g. a folder without PDFs, an unreadable subfolder
};

// A path that is a folder contributes every file below it whose name ends in .pdf (any
// case), sorted byte-wise so the report order does not depend on the file system. Any
// other path is kept as given, so a missing file becomes a row saying so. Symlinked
// folders are not followed (no loops); a file is listed once even if named twice.
Inputs collect_inputs(const std::vector<std::string>& paths);

}  // namespace galascan
