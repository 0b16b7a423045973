#pragma once
// A hit: where one lexicon entry matched. Its own header so that what only reads hits
// (scoring, reports, codecs) does not compile the matcher's automaton.

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace galascan {

struct Hit {
    TermIndex term = 0;  // the lexicon entry that matched
    CategoryIndex category = 0;
    ByteRange range;  // in the normalised text, widened to whole words
};

}  // namespace galascan
