#pragma once
// `galascan lexicon check`: a lexicon tested like code. Syntax, entries that can never
// match, duplicates, redundant entries, overlaps between categories, and each category's
// example sentences run through the real normaliser and matcher.

#include <string>
#include <vector>

#include "lexicon/load_lexicon.hpp"

namespace galascan {

struct LexiconFinding {
    bool is_error = true;    // errors make the lexicon unsound; warnings are for the author
    std::string where;       // "file:line:col", or a file name
    std::string message;
};

struct LexiconCheck {
    std::vector<LexiconFinding> findings;   // in file order
    std::size_t categories = 0;
    std::size_t entries = 0;
    std::size_t examples = 0;               // examples and counterexamples run
    std::size_t examples_failed = 0;
    bool sound() const;
};

// Never throws for problems in the sources: they become findings.
LexiconCheck check_lexicon(const std::vector<LexiconSource>& sources);

}  // namespace galascan
