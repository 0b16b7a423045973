#include "cli/terminal.hpp"

#include <cstdlib>

#include <sys/ioctl.h>
#include <unistd.h>

namespace galascan {

TableStyle table_style(ColorMode mode, std::FILE* stream) {
    const int descriptor = stream != nullptr ? fileno(stream) : -1;
    const bool terminal = descriptor >= 0 && isatty(descriptor) == 1;
    const char* no_color = std::getenv("NO_COLOR");
    const bool no_color_set = no_color != nullptr && no_color[0] != '\0';
    TableStyle style;
    style.color = mode == ColorMode::always || (mode == ColorMode::automatic && terminal && !no_color_set);
    if (terminal) {
        winsize size{};
        style.width = ioctl(descriptor, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
    }
    return style;
}

}  // namespace galascan
