#include "pipeline/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/core.h>

namespace galascan {

namespace {

namespace fs = std::filesystem;

bool has_pdf_extension(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".pdf";
}

// Adds what `folder` holds to `found`, depth first. Each entry is judged by its own type
// (a link is not followed): a folder is searched, anything named *.pdf is listed. A folder
// that cannot be opened is listed itself, and one whose listing breaks off is listed as well
// (with a warning), so the report has a row for what could not be searched.
void search_folder(const fs::path& folder, std::vector<std::string>& found, std::vector<std::string>& warnings) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
        found.push_back(folder.string());
        return;
    }
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        std::error_code type_error;
        const fs::file_type type = it->symlink_status(type_error).type();
        if (!type_error && type == fs::file_type::directory) {
            search_folder(it->path(), found, warnings);
        } else if (has_pdf_extension(it->path())) {
            found.push_back(it->path().string());
        }
    }
    if (error) {
        warnings.push_back(fmt::format("{}: could not read the whole folder: {}", folder.string(), error.message()));
        found.push_back(folder.string());
    }
}

std::vector<std::string> pdfs_below(const std::string& folder, std::vector<std::string>& warnings) {
    std::vector<std::string> found;
    search_folder(folder, found, warnings);
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
        if (fs::is_directory(path, error)) {
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
