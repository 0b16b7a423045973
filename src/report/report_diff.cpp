#include "report/report_diff.hpp"

#include <algorithm>
#include <map>

#include <fmt/core.h>

namespace galascan {

namespace {

// The key a document is paired by: its path below the side's root.
std::string key_of(const std::string& path, const std::string& root) {
    if (!root.empty() && path.size() > root.size() && path.compare(0, root.size(), root) == 0) {
        return path.substr(root.size());
    }
    return path;
}

// Why the categories differ, or empty. Only ids, kinds and labels matter: the same lexicon
// read from another file, or by another galascan version, grades the same.
std::string category_difference(const std::vector<CategoryInfo>& a, const std::vector<CategoryInfo>& b) {
    const auto ids = [](const std::vector<CategoryInfo>& categories) {
        std::string listed;
        for (const CategoryInfo& info : categories) {
            listed += (listed.empty() ? "" : ",") + info.id;
        }
        return listed;
    };
    if (ids(a) != ids(b)) {
        return fmt::format("OLD and NEW were graded with different lexicons: categories {} and {}", ids(a), ids(b));
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].label != b[i].label) {
            return fmt::format("OLD and NEW were graded with different lexicons: category {} differs (kind or label)",
                               a[i].id);
        }
    }
    return {};
}

bool same_evidence(const Evidence& a, const Evidence& b) {
    return a.term == b.term && a.page_index == b.page_index && a.snippet == b.snippet;
}

// The items of `from` that `other` has no equal of (term, page, snippet).
std::vector<Evidence> missing_from(const std::vector<Evidence>& from, const std::vector<Evidence>& other) {
    std::vector<Evidence> missing;
    for (const Evidence& item : from) {
        const bool found = std::any_of(other.begin(), other.end(),
                                       [&item](const Evidence& candidate) { return same_evidence(item, candidate); });
        if (!found) {
            missing.push_back(item);
        }
    }
    return missing;
}

GradeChange grade_change(Grade before, Grade after) {
    if (before == after) {
        return GradeChange::unchanged;
    }
    if (after == Grade::absent) {
        return GradeChange::dropped;
    }
    if (before == Grade::absent) {
        return GradeChange::appeared;
    }
    return after < before ? GradeChange::weakened : GradeChange::strengthened;
}

const CategoryScore* score_of(const DocumentReport* document, CategoryIndex category) {
    if (document == nullptr || !is_analysed(document->status)) {
        return nullptr;
    }
    for (const CategoryScore& score : document->categories) {
        if (score.category == category) {
            return &score;
        }
    }
    return nullptr;
}

DocumentDiff compare(const DocumentReport* old_document, const DocumentReport* new_document, DocumentMatch match,
                     std::size_t category_count) {
    DocumentDiff diff;
    diff.match = match;
    if (old_document != nullptr) {
        diff.old_path = old_document->path;
        diff.old_status = old_document->status;
    }
    if (new_document != nullptr) {
        diff.new_path = new_document->path;
        diff.new_status = new_document->status;
    }
    for (CategoryIndex category = 0; category < category_count; ++category) {
        CategoryDiff cell;
        cell.category = category;
        const CategoryScore* before = score_of(old_document, category);
        const CategoryScore* after = score_of(new_document, category);
        if (before != nullptr) {
            cell.old_grade = before->grade;
        }
        if (after != nullptr) {
            cell.new_grade = after->grade;
        }
        if (old_document == nullptr) {
            cell.change = GradeChange::added;
        } else if (new_document == nullptr) {
            cell.change = GradeChange::removed;
        } else if (before == nullptr || after == nullptr) {
            cell.change = GradeChange::not_compared;
        } else {
            cell.change = grade_change(before->grade, after->grade);
            cell.appeared = missing_from(after->evidence, before->evidence);
            cell.disappeared = missing_from(before->evidence, after->evidence);
        }
        diff.categories.push_back(std::move(cell));
    }
    return diff;
}

}  // namespace

const char* grade_change_name(GradeChange change) {
    return grade_change_names[static_cast<std::size_t>(change)];
}

const char* document_match_name(DocumentMatch match) {
    return document_match_names[static_cast<std::size_t>(match)];
}

std::string common_folder(const Report& report) {
    if (report.documents.empty()) {
        return {};
    }
    std::string common = report.documents.front().path;
    for (const DocumentReport& document : report.documents) {
        std::size_t same = 0;
        while (same < common.size() && same < document.path.size() && common[same] == document.path[same]) {
            ++same;
        }
        common.resize(same);
    }
    const std::size_t slash = common.rfind('/');
    return slash == std::string::npos ? std::string() : common.substr(0, slash + 1);
}

std::variant<ReportDiff, DiffError> diff_reports(const DiffSide& old_side, const DiffSide& new_side) {
    const std::vector<DocumentReport>& old_documents = old_side.report.documents;
    const std::vector<DocumentReport>& new_documents = new_side.report.documents;
    if (std::string why = category_difference(old_side.report.categories, new_side.report.categories); !why.empty()) {
        return DiffError{std::move(why)};
    }
    ReportDiff diff;
    diff.categories = old_side.report.categories;
    const std::size_t category_count = diff.categories.size();

    // Which NEW document each OLD one is paired with (npos: none yet).
    constexpr std::size_t none = std::string::npos;
    std::vector<std::size_t> partner(old_documents.size(), none);
    std::vector<bool> taken(new_documents.size(), false);
    std::vector<DocumentMatch> how(old_documents.size(), DocumentMatch::old_only);
    if (old_documents.size() == 1 && new_documents.size() == 1) {
        partner[0] = 0;
        taken[0] = true;
        how[0] = DocumentMatch::single;
    } else {
        std::map<std::string, std::size_t> new_by_key;
        for (std::size_t i = 0; i < new_documents.size(); ++i) {
            new_by_key.emplace(key_of(new_documents[i].path, new_side.root), i);  // the first of equal keys
        }
        for (std::size_t i = 0; i < old_documents.size(); ++i) {
            const auto found = new_by_key.find(key_of(old_documents[i].path, old_side.root));
            if (found != new_by_key.end() && !taken[found->second]) {
                partner[i] = found->second;
                taken[found->second] = true;
                how[i] = DocumentMatch::path;
            }
        }
        // What is left: a renamed or moved file still has its bytes.
        for (std::size_t i = 0; i < old_documents.size(); ++i) {
            if (partner[i] != none || old_documents[i].content_hash.empty()) {
                continue;
            }
            for (std::size_t j = 0; j < new_documents.size(); ++j) {
                if (!taken[j] && new_documents[j].content_hash == old_documents[i].content_hash) {
                    partner[i] = j;
                    taken[j] = true;
                    how[i] = DocumentMatch::content_hash;
                    break;
                }
            }
        }
    }
    for (std::size_t i = 0; i < old_documents.size(); ++i) {
        const DocumentReport* after = partner[i] == none ? nullptr : &new_documents[partner[i]];
        diff.documents.push_back(compare(&old_documents[i], after, how[i], category_count));
    }
    for (std::size_t j = 0; j < new_documents.size(); ++j) {
        if (!taken[j]) {
            diff.documents.push_back(compare(nullptr, &new_documents[j], DocumentMatch::new_only, category_count));
        }
    }
    for (const DocumentDiff& document : diff.documents) {
        for (const CategoryDiff& cell : document.categories) {
            ++diff.counts[static_cast<std::size_t>(cell.change)];
        }
    }
    return diff;
}

}  // namespace galascan
