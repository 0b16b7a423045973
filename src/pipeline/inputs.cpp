#include "pipeline/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
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

bool any_matches(const std::vector<std::string>& globs, const std::string& relative, const std::string& name) {
    return std::any_of(globs.begin(), globs.end(),
                       [&](const std::string& glob) { return glob_matches(glob, relative, name); });
}

// One search below a folder given: what to take, and what was found or left out.
struct Search {
    const FileSelection& selection;
    GlobRules globs;
    std::vector<std::string> found;
    std::vector<std::string>& warnings;
    int left_out = 0;  // PDFs and folders the selection skipped, for the warning when none is left
};

// Where a folder stands below the folder given.
struct Place {
    std::string relative;   // "" for the folder given, else "2024/concepten"
    int depth = 0;          // 0 for the folder given
    bool included = false;  // the folder, or one it is in, matches an include glob
};

std::string joined(const std::string& relative, const std::string& name) {
    return relative.empty() ? name : relative + "/" + name;
}

// Adds what `folder` holds to `search.found`, depth first. Each entry is judged by its own type
// (a link is not followed): a folder is searched, anything named *.pdf is listed, unless the
// selection leaves it out. A folder that cannot be opened is listed itself, and one whose
// listing breaks off is listed as well (with a warning), so the report has a row for what
// could not be searched.
void search_folder(const fs::path& folder, const Place& place, Search& search) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
        search.found.push_back(folder.string());
        return;
    }
    const std::optional<int>& max_depth = search.selection.max_depth;
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        const std::string name = it->path().filename().string();
        const std::string relative = joined(place.relative, name);
        std::error_code type_error;
        const fs::file_type type = it->symlink_status(type_error).type();
        const bool is_folder = !type_error && type == fs::file_type::directory;
        if (!is_folder && !has_pdf_extension(it->path())) {
            continue;
        }
        const bool selected = (search.selection.hidden || !is_hidden_name(name)) &&
                              !any_matches(search.globs.exclude, relative, name);
        if (is_folder) {
            if (!selected || (max_depth && place.depth + 1 >= *max_depth)) {
                ++search.left_out;
                continue;
            }
            const bool included = place.included || any_matches(search.globs.include, relative, name);
            search_folder(it->path(), Place{relative, place.depth + 1, included}, search);
        } else if (selected && (search.globs.include.empty() || place.included ||
                                any_matches(search.globs.include, relative, name))) {
            search.found.push_back(it->path().string());
        } else {
            ++search.left_out;
        }
    }
    if (error) {
        search.warnings.push_back(
            fmt::format("{}: could not read the whole folder: {}", folder.string(), error.message()));
        search.found.push_back(folder.string());
    }
}

std::vector<std::string> pdfs_below(const std::string& folder, const FileSelection& selection,
                                    std::vector<std::string>& warnings) {
    Search search{selection, glob_rules(selection), {}, warnings};
    if (!selection.max_depth || *selection.max_depth > 0) {
        search_folder(folder, Place{}, search);
    }
    std::sort(search.found.begin(), search.found.end());
    if (search.found.empty()) {
        warnings.push_back(
            search.left_out == 0 && (!selection.max_depth || *selection.max_depth > 0)
                ? fmt::format("{}: no PDF files in this folder", folder)
                : fmt::format("{}: no PDF files selected in this folder (--hidden, --glob, --exclude, --max-depth)",
                              folder));
    }
    return std::move(search.found);
}

}  // namespace

Inputs collect_inputs(const std::vector<std::string>& paths, const FileSelection& selection) {
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
            for (const std::string& file : pdfs_below(path, selection, inputs.warnings)) {
                add(file);
            }
        } else {
            add(path);
        }
    }
    return inputs;
}

}  // namespace galascan
