#pragma once
// The progress line on stderr while a batch runs: files done of total, pages per second, the
// time left, and the file being read. Only for a person at a terminal: never in a pipe, a CI
// log or with --quiet (run.cpp decides), so it can redraw one line with '\r'.

#include <chrono>
#include <ostream>

#include "pipeline/analyse_batch.hpp"

namespace galascan {

class ProgressLine {
public:
    ProgressLine(std::ostream& err, int width) : m_err(err), m_width(width) {}

    // Redraws the line, at most ten times a second (and always for the last document).
    void update(const BatchProgress& progress);

    // Clears the line, so the report or a message starts on a clean line.
    void finish();

private:
    std::ostream& m_err;
    int m_width;   // terminal columns: the line is cut to fit, so it never wraps
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_last_draw{};
};

// "[ 12/400] 35.2 pages/s, about 1 min 20 s left, reading plannen/visie.pdf" (without the
// cut to a width): for update() and for tests.
std::string progress_text(const BatchProgress& progress);

}  // namespace galascan
