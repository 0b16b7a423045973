#pragma once
// Which files a command line names: files as given, folders searched for PDFs.

#include <string>
#include <vector>

#include "pipeline/file_selection.hpp"

namespace galascan {

struct Inputs {
    std::vector<std::string> files;     // in command-line order; each folder's PDFs sorted by path
    std::vector<std::string> warnings;  // e.g. a folder without PDFs, a folder listed only in part
};

// A path that is a folder contributes every entry below it whose name ends in .pdf (any
// case) and that `selection` takes, sorted byte-wise so the report order does not depend on
// the file system. Nothing is left out without a word: an entry named *.pdf is listed whatever
// it is (a FIFO, a device, a dangling or looping symlink), and a folder that cannot be listed
// is listed itself, so that each becomes an `unreadable` row saying why
// (extract/input_file.hpp); what `selection` leaves out is left out on purpose. Any other path
// is kept as given, whatever `selection` says, so a missing file becomes a row saying so.
// Symlinked folders are not followed (no loops); a file is listed once even if named twice.
//
// `selection`, as ripgrep and fd do: an entry whose name starts with '.' is skipped (a
// folder with all it holds) unless `hidden`; a folder matched by an exclude glob is skipped
// whole; a file is taken when no include glob is given, or one matches it or a folder it is
// in, and no exclude glob does. `max_depth` counts from the folder given: its own entries are
// at depth 1, so 1 takes its own files only and 0 takes nothing from a folder.
Inputs collect_inputs(const std::vector<std::string>& paths, const FileSelection& selection = {});

}  // namespace galascan
