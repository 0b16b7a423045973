#pragma once
// --files-from FILE: a list of paths, read as the command line's own.

#include <istream>
#include <string>
#include <vector>

namespace galascan {

// The paths in `in`, one per line (`separator` '\n') or each ended by a NUL (`separator`
// '\0', for names holding a newline: find -print0, galascan --list-files -0). Paths are kept
// byte for byte, spaces and a '\r' included; empty entries (blank lines) are skipped.
std::vector<std::string> read_path_list(std::istream& in, char separator);

}  // namespace galascan
