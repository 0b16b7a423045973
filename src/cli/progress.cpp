#include "cli/progress.hpp"

#include <cmath>

#include <fmt/core.h>

#include "report/sanitise.hpp"

namespace galascan {

namespace {

std::string duration_text(double seconds) {
    const long whole = std::lround(seconds);
    if (whole < 60) {
        return fmt::format("{} s", whole);
    }
    if (whole < 3600) {
        return fmt::format("{} min {} s", whole / 60, whole % 60);
    }
    return fmt::format("{} h {} min", whole / 3600, (whole % 3600) / 60);
}

}  // namespace

std::string progress_text(const BatchProgress& progress) {
    const int digits = static_cast<int>(std::to_string(progress.total).size());
    std::string text = fmt::format("[{:>{}}/{}]", progress.done, digits, progress.total);
    if (progress.seconds > 0 && progress.pages > 0) {
        text += fmt::format(" {:.1f} pages/s", static_cast<double>(progress.pages) / progress.seconds);
    }
    if (progress.done > 0 && progress.done < progress.total) {
        // Files differ in size; the average so far is the only honest guess.
        const double left = progress.seconds / static_cast<double>(progress.done) *
                            static_cast<double>(progress.total - progress.done);
        text += fmt::format(", about {} left", duration_text(left));
    }
    if (!progress.reading.empty()) {
        // A file name may hold anything: escaped like every name galascan prints.
        text += fmt::format(", reading {}", escape_controls(progress.reading.front()));
        if (progress.reading.size() > 1) {
            text += fmt::format(" (+{})", progress.reading.size() - 1);
        }
    }
    return text;
}

void ProgressLine::update(const BatchProgress& progress) {
    const auto now = std::chrono::steady_clock::now();
    if (m_drawn && progress.done < progress.total && now - m_last_draw < std::chrono::milliseconds(100)) {
        return;
    }
    m_last_draw = now;
    std::string text = progress_text(progress);
    if (m_width > 1) {
        text = fit(text, static_cast<std::size_t>(m_width - 1));
    }
    m_err << "\r\x1b[K" << text << std::flush;   // \x1b[K: clear what a longer line left
    m_drawn = true;
}

void ProgressLine::finish() {
    if (m_drawn) {
        m_err << "\r\x1b[K" << std::flush;
        m_drawn = false;
    }
}

}  // namespace galascan
