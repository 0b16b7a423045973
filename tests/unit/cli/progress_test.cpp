#include <doctest/doctest.h>

#include <sstream>

#include "cli/progress.hpp"

using namespace galascan;

TEST_CASE("the progress line says files done, pages per second, time left and the file being read") {
    BatchProgress progress;
    progress.done = 12;
    progress.total = 400;
    progress.pages = 360;
    progress.seconds = 10;
    progress.reading = {"plannen/visie.pdf", "plannen/nota.pdf"};
    // 10 s for 12 files: 388 more take about 323 s.
    CHECK(progress_text(progress) == "[ 12/400] 36.0 pages/s, about 5 min 23 s left, reading plannen/visie.pdf (+1)");
    progress.done = 400;
    progress.reading.clear();
    CHECK(progress_text(progress) == "[400/400] 36.0 pages/s");
}

TEST_CASE("the progress line escapes file names and fits the terminal") {
    BatchProgress progress;
    progress.total = 3;
    progress.reading = {"evil\x1b]0;title\x07.pdf"};
    CHECK(progress_text(progress) == "[0/3], reading evil\\x1b]0;title\\x07.pdf");
    std::ostringstream err;
    ProgressLine line(err, 20);
    line.update(progress);
    line.finish();
    // Redrawn in place, cut to 19 columns, and cleared at the end.
    CHECK(err.str() == "\r\x1b[K[0/3], reading evi…\r\x1b[K");
}
