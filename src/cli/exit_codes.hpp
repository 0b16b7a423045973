#pragma once
// Every exit code galascan returns, in one place (README and --help list the same).

namespace galascan::exit_code {

inline constexpr int success = 0;             // every input analysed (and every requirement met)
inline constexpr int requirement_failed = 1;  // a --require rule not met (or, for lexicon check, an unsound lexicon)
inline constexpr int usage = 2;               // bad usage or configuration; nothing analysed
inline constexpr int some_inputs_failed = 3;  // finished, but some inputs could not be analysed;
                                              // wins over 1: an incomplete run cannot vouch for a requirement
inline constexpr int output_failed = 4;       // the report could not be written (disk full, closed pipe)
inline constexpr int internal_error = 5;      // galascan itself failed (out of memory, a bug):
                                              // the report is missing or incomplete

}  // namespace galascan::exit_code
