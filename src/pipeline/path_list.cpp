#include "pipeline/path_list.hpp"

#include <utility>

namespace galascan {

std::vector<std::string> read_path_list(std::istream& in, char separator) {
    std::vector<std::string> paths;
    for (std::string path; std::getline(in, path, separator);) {
        if (!path.empty()) {
            paths.push_back(std::move(path));
        }
    }
    return paths;
}

}  // namespace galascan
