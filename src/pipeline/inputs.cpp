#include "pipeline/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/core.h>

namespace galascan {

namespace {

bool has_pdf_extension(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".pdf";
}

std::vector<std::string> pdfs_below(const std::string& folder, std::vector<std::string>& warnings) {
    std::vector<std::string> found;
    std::error_code error;
    auto it = std::filesystem::recursive_directory_iterator(
        folder, std::filesystem::directory_options::skip_permission_denied, error);
    for (; !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        std::error_code type_error;
        if (it->is_regular_file(type_error) && has_pdf_extension(it->path())) {
            found.push_back(it->path().string());
        }
    }
    if (error) {
        warnings.push_back(fmt::format("{}: could not read the whole folder: {}", folder, error.message()));
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) {
        warnings.push_back(fmt::format("{}: no PDF files in this folder", folder));
    }
    return found;
}

}  // namespace

Inputs collect_inputs(const std::vector<std::string>& paths) {
    Inputs inputs;
    std::set<std::string> seen;
    const auto add = [&](const std::string& path) {
        if (seen.insert(path).second) {
            inputs.files.push_back(path);
        }
    };
    for (const std::string& path : paths) {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            for (const std::string& file : pdfs_below(path, inputs.warnings)) {
                add(file);
            }
        } else {
            add(path);
        }
    }
    return inputs;
}

}  // namespace galascan
