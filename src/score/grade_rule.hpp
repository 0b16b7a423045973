#pragma once
// The grading rule: a short function over the signals (docs/grading.md states it for analysts).

#include <array>
#include <cstddef>
#include <string>

#include "lexicon/lexicon.hpp"
#include "score/signals.hpp"

namespace galascan {

// Ordered: absent < mentioned < covered.
enum class Grade {
    absent,
    mentioned,
    covered,
    count,  // not a grade: how many there are (keep it last; codecs check against it)
};

// The grades' names, in enum order: a contract of CSV, JSON and the labels evaluate reads.
inline constexpr auto grade_names = std::to_array<const char*>({"absent", "mentioned", "covered"});
static_assert(grade_names.size() == static_cast<std::size_t>(Grade::count), "every grade needs its name in grade_names");

struct GradeDecision {
    Grade grade = Grade::absent;
    std::string rule;   // why, in an analyst's words
};

// `text_words`: words of the document's text that count (Relevance::words_counted), the
// measure of its length.
GradeDecision decide_grade(const GradingSignals& signals, int text_words, const GradingRules& rules);

// Substantive passages a text of `text_words` words needs to have worked a category out: one
// in a short note, more as the text grows, so scattered mentions in a long plan are not enough.
int passages_needed(int text_words, const GradingRules& rules);

const char* grade_name(Grade grade);

}  // namespace galascan
