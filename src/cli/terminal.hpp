#pragma once
// The one place that asks whether output goes to a terminal, and what that allows.

#include <cstdio>

#include "cli/options.hpp"
#include "report/writers.hpp"

namespace galascan {

// Colour when --color=always, or --color=auto and the stream is a terminal and NO_COLOR is
// unset or empty (no-color.org) and TERM is not "dumb"; width from the terminal when there is one.
TableStyle table_style(ColorMode mode, std::FILE* stream);

// Whether `stream` is a terminal (progress lines are only for a person watching one).
bool is_terminal(std::FILE* stream);

// Whether a progress line may be drawn on `stream`: a terminal that is not TERM=dumb (a
// progress line redraws itself with a carriage return and an erase sequence).
bool shows_progress(std::FILE* stream);

// The terminal's columns (80 when it does not say); 0 when `stream` is no terminal.
int terminal_width(std::FILE* stream);

}  // namespace galascan
