#include "cli/terminal.hpp"

#include <cstdlib>

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

TableStyle table_style(ColorMode mode, std::FILE* stream) {
    const char* no_color = std::getenv("NO_COLOR");
    const bool no_color_set = no_color != nullptr && no_color[0] != '\0';
    TableStyle style;
    style.color = mode == ColorMode::always || (mode == ColorMode::automatic && is_terminal(stream) && !no_color_set);
    style.width = terminal_width(stream);
    return style;
}

}  // namespace galascan
