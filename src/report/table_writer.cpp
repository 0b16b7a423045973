// The terminal table. A batch gets a grid, documents down and categories across, so an
// analyst sees at a glance which plan misses what; one document gets its categories with
// the evidence lines behind each grade. Colour only when TableStyle says so.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "report/sanitise.hpp"
#include "report/writers.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

constexpr std::string_view green = "\x1b[32m";
constexpr std::string_view yellow = "\x1b[33m";
constexpr std::string_view red = "\x1b[31m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view reset = "\x1b[0m";

// The end of `text` in at most `width` columns, starting with "…" when cut: for paths,
// whose informative part is the file name at the end.
std::string fit_tail(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) {
        return std::string(text);
    }
    std::size_t begin = text.size();
    std::size_t columns = 1;  // the ellipsis
    while (begin > 0) {
        const std::size_t previous = floor_to_code_point(text, begin - 1);
        if (columns + display_width(text.substr(previous, begin - previous)) > width) {
            break;
        }
        columns += display_width(text.substr(previous, begin - previous));
        begin = previous;
    }
    return "…" + std::string(text.substr(begin));
}

// An evidence snippet in at most `width` columns (0: no limit), centred on the matched words
// and with them marked: bold on a colour terminal, [brackets] otherwise. The cut falls on
// both sides, so the words survive any width; untrusted text is escaped before measuring.
std::string fit_snippet(const Evidence& evidence, std::size_t width, const TableStyle& style) {
    const std::string matched = join_whitespace(evidence.text);
    const std::size_t at = matched.empty() ? std::string_view::npos : evidence.snippet.find(matched);
    if (at == std::string_view::npos) {
        return fit(escape_controls(evidence.snippet), width);
    }
    const std::string_view snippet = evidence.snippet;
    const std::string before = escape_controls(snippet.substr(0, at));
    const std::string words = escape_controls(snippet.substr(at, matched.size()));
    const std::string after = escape_controls(snippet.substr(at + matched.size()));
    const std::size_t marks = style.color ? 0 : 2;
    const auto mark = [&](std::string_view text) {
        return style.color ? fmt::format("{}{}{}", bold, text, reset) : fmt::format("[{}]", text);
    };
    const std::size_t words_width = display_width(words) + marks;
    if (width == 0 || display_width(before) + words_width + display_width(after) <= width) {
        return before + mark(words) + after;
    }
    if (words_width >= width) {
        return mark(fit(words, width > marks ? width - marks : 1));
    }
    // Share the room left over between both sides; a short side hands its spare to the other.
    const std::size_t spare = width - words_width;
    std::size_t left = spare / 2;
    std::size_t right = spare - left;
    if (display_width(before) < left) {
        right += left - display_width(before);
        left = display_width(before);
    } else if (display_width(after) < right) {
        left += right - display_width(after);
        right = display_width(after);
    }
    const std::string head = left == 0 ? std::string() : fit_tail(before, left);
    const std::string tail = right == 0 ? std::string() : fit(after, right);
    return head + mark(words) + tail;
}

// `text` as one shell word: as is when only safe characters, else in single quotes.
std::string shell_quote(std::string_view text) {
    const bool safe = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("_./-+,:@%=").find(c) != std::string_view::npos;
    });
    if (safe) {
        return std::string(text);
    }
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

std::string pad(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    return std::string(text) + std::string(used < width ? width - used : 0, ' ');
}

std::string paint(const TableStyle& style, std::string_view colour, std::string_view text) {
    return style.color ? fmt::format("{}{}{}", colour, text, reset) : std::string(text);
}

std::string_view grade_colour(Grade grade) {
    switch (grade) {
    case Grade::covered: return green;
    case Grade::mentioned: return yellow;
    case Grade::absent: return dim;
    case Grade::count: break;  // not a grade
    }
    return dim;
}

// The grid cell of a grade: one symbol that reads without colour too.
std::string_view grade_symbol(Grade grade) {
    switch (grade) {
    case Grade::covered: return "C";
    case Grade::mentioned: return "m";
    case Grade::absent: return "-";
    case Grade::count: break;  // not a grade
    }
    return "-";
}

void write_grid(const Report& report, std::ostream& out, const TableStyle& style) {
    std::size_t name_width = 4;
    for (const DocumentReport& document : report.documents) {
        name_width = std::max(name_width, display_width(escape_controls(document.path)));
    }
    name_width = std::min<std::size_t>(name_width, 60);  // longer paths keep their tail
    // Labels come from the lexicon, a file anyone may hand over: escaped like PDF text.
    std::vector<std::string> short_labels;
    std::size_t cell_width = 3;
    for (const CategoryInfo& category : report.categories) {
        short_labels.push_back(escape_controls(category.short_label));
        cell_width = std::max(cell_width, display_width(short_labels.back()) + 1);
    }
    std::string header = pad("file", name_width) + "  " + pad("status", 10) + fmt::format("{:>5} {:>7}  ", "pages", "words");
    for (std::size_t i = 0; i < report.categories.size(); ++i) {
        const bool kind_changes = i > 0 && report.categories[i].kind != report.categories[i - 1].kind;
        header += (kind_changes ? "| " : "") + pad(short_labels[i], cell_width);
    }
    out << paint(style, bold, header) << '\n';
    for (const DocumentReport& document : report.documents) {
        const std::string name = fit_tail(escape_controls(document.path), name_width);
        const std::string status = paint(style, is_analysed(document.status) ? std::string_view{} : red,
                                         pad(status_name(document.status), 10));
        out << pad(name, name_width) << "  " << status;
        if (!is_analysed(document.status)) {
            out << "  " << escape_controls(document.reason) << '\n';
            continue;
        }
        out << fmt::format("{:>5} {:>7}  ", document.pages, document.words);
        for (std::size_t i = 0; i < document.categories.size(); ++i) {
            const bool kind_changes = i > 0 && report.categories[i].kind != report.categories[i - 1].kind;
            const Grade grade = document.categories[i].grade;
            out << (kind_changes ? "| " : "")
                << paint(style, grade_colour(grade), pad(grade_symbol(grade), cell_width));
        }
        if (document.status == DocumentStatus::partial) {
            out << " " << escape_controls(document.reason);
        }
        out << '\n';
    }
    out << '\n' << "C = covered, m = mentioned, - = absent\n";
    for (std::size_t i = 0; i < report.categories.size(); ++i) {
        const CategoryInfo& category = report.categories[i];
        out << fmt::format("  {} {:<9} {}\n", pad(short_labels[i], 4), category_kind_name(category.kind),
                           escape_controls(category.label));
    }
    const ReportSummary summary = summarise(report);
    out << fmt::format("\n{} documents: {} analysed, {} could not be analysed\n", summary.documents, summary.analysed,
                       summary.failed);
}

void write_single(const Report& report, const DocumentReport& document, std::ostream& out, const TableStyle& style) {
    out << paint(style, bold, escape_controls(document.path));
    if (!is_analysed(document.status)) {
        out << "\n  " << paint(style, red, status_name(document.status)) << ": " << escape_controls(document.reason)
            << '\n';
        return;
    }
    out << fmt::format(" — {}, {} page{}, {} words\n", status_name(document.status), document.pages,
                       document.pages == 1 ? "" : "s", document.words);
    if (!document.reason.empty()) {
        out << "  " << escape_controls(document.reason) << '\n';
    }
    if (document.furniture_lines + document.toc_lines > 0) {
        out << fmt::format("  set aside: {} running header/footer lines, {} table of contents lines\n",
                           document.furniture_lines, document.toc_lines);
    }
    // Evidence lines: indent, "p. 12", snippet cut to the terminal's width (0: no limit).
    constexpr std::size_t evidence_indent = 12;
    constexpr std::size_t page_width = 8;
    const auto width = static_cast<std::size_t>(std::max(style.width, 0));
    const std::size_t snippet_room = width > 0 ? std::max<std::size_t>(width, evidence_indent + page_width + 20) -
                                                     evidence_indent - page_width
                                               : 0;
    std::vector<std::string> labels;   // from the lexicon: escaped like PDF text
    std::size_t label_width = 0;
    for (const CategoryInfo& category : report.categories) {
        labels.push_back(escape_controls(category.label));
        label_width = std::max(label_width, display_width(labels.back()));
    }
    for (std::size_t i = 0; i < document.categories.size(); ++i) {
        const CategoryInfo& info = report.categories[i];
        if (i == 0 || info.kind != report.categories[i - 1].kind) {
            out << '\n' << paint(style, bold, info.kind == CategoryKind::theme ? "Themes" : "Bouwstenen") << '\n';
        }
        const CategoryScore& score = document.categories[i];
        out << "  " << paint(style, grade_colour(score.grade), pad(grade_name(score.grade), 10)) << pad(labels[i], label_width)
            << fmt::format("  score {:>3}  hits {:>3}  pages {:>2}\n", score.score, score.signals.counted_hits,
                              score.signals.pages);
        for (const Evidence& evidence : score.evidence) {
            const std::string page = fmt::format("p. {}", escape_controls(evidence.page_label));
            out << std::string(evidence_indent, ' ') << pad(page, page_width)
                << fit_snippet(evidence, snippet_room, style) << '\n';
        }
        if (score.grade == Grade::absent && !score.evidence.empty()) {
            // A hit that did not lift the grade: say why, or the line reads as a contradiction.
            out << std::string(evidence_indent, ' ')
                << fit("not counted: " + escape_controls(score.rule), width > evidence_indent ? width - evidence_indent : 0)
                << '\n';
        }
    }
    // The verdict an analyst came for, then where to look further.
    out << '\n';
    std::string hint_category;
    std::string_view separator;
    for (const CategoryKind kind : {CategoryKind::theme, CategoryKind::bouwsteen}) {
        std::size_t total = 0;
        std::vector<std::string> absent;
        for (std::size_t i = 0; i < document.categories.size(); ++i) {
            if (report.categories[i].kind != kind) {
                continue;
            }
            ++total;
            if (document.categories[i].grade == Grade::absent) {
                absent.push_back(labels[i]);
                if (hint_category.empty()) {
                    hint_category = report.categories[i].id;
                }
            }
        }
        if (total == 0) {
            continue;
        }
        out << separator
            << fmt::format("{} of {} {} absent", absent.size(), total, kind == CategoryKind::theme ? "themes" : "bouwstenen");
        for (std::size_t i = 0; i < absent.size(); ++i) {
            out << (i == 0 ? ": " : ", ") << absent[i];
        }
        separator = "; ";
    }
    out << '\n';
    if (hint_category.empty() && !report.categories.empty()) {
        hint_category = report.categories.front().id;
    }
    out << "why: galascan explain " << escape_controls(shell_quote(document.path)) << ' '
        << escape_controls(shell_quote(hint_category)) << '\n';
}

}  // namespace

void write_table(const Report& report, std::ostream& out, const TableStyle& style) {
    if (report.documents.size() == 1) {
        write_single(report, report.documents.front(), out, style);
    } else {
        write_grid(report, out, style);
    }
}

}  // namespace galascan
