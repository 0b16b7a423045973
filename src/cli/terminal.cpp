#include "cli/terminal.hpp"

#include <cstdlib>
#include <string_view>

#include <sys/ioctl.h>
#include <unistd.h>

namespace galascan {

bool is_terminal(std::FILE* stream) {
    const int descriptor = stream != nullptr ? fileno(stream) : -1;
    return descriptor >= 0 && isatty(descriptor) == 1;
}

int terminal_width(std::FILE* stream) {
    if (!is_terminal(stream)) {
        return 0;
    }
    winsize size{};
    return ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
}

namespace {

// TERM=dumb: a terminal that cannot move the cursor or show colours (Emacs shells, some CI
// log viewers); escape sequences would show there as garbage.
bool dumb_terminal() {
    const char* term = std::getenv("TERM");
    return term != nullptr && std::string_view(term) == "dumb";
}

}  // namespace

bool shows_progress(std::FILE* stream) { return is_terminal(stream) && !dumb_terminal(); }

TableStyle table_style(ColorMode mode, std::FILE* stream) {
    const char* no_color = std::getenv("NO_COLOR");
    const bool no_color_set = no_color != nullptr && no_color[0] != '\0';
    TableStyle style;
    style.color = mode == ColorMode::always ||
                  (mode == ColorMode::automatic && is_terminal(stream) && !no_color_set && !dumb_terminal());
    style.width = terminal_width(stream);
    return style;
}

}  // namespace galascan
