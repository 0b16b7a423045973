#pragma once
// Untrusted text (PDF text, file names) made safe for a terminal and a spreadsheet.
// Every writer goes through these; none escapes on its own.

#include <string>
#include <string_view>

namespace galascan {

// `text` with every control character made visible: C0 controls (newline and tab too), DEL,
// C1 controls and the bidirectional overrides that can reorder what a terminal shows, as
// escapes like "\n", "\x1b", "\u{202e}"; invalid UTF-8 bytes as "\xHH". Nothing in the
// result can move the cursor, change colours or the window title.
std::string escape_controls(std::string_view text);

// One CSV field per RFC 4180: controls escaped as above; a text cell a spreadsheet would
// run as a formula (first character = + - @, tab or CR) gets a leading apostrophe; quoted
// when it holds the `separator` (a comma, or ';' in the excel-nl dialect), a quote or a line
// break. `is_text` is false for our own numbers.
std::string csv_field(std::string_view text, bool is_text = true, char separator = ',');

// Terminal columns `text` takes: one per code point, none for combining marks.
std::size_t display_width(std::string_view text);

// `text` (already escaped) cut to at most `width` columns, ending in "…" when cut; 0: uncut.
std::string fit(std::string_view text, std::size_t width);

}  // namespace galascan
