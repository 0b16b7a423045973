#include "pipeline/check_lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <tuple>

#include <fmt/format.h>

#include "layout/classify_blocks.hpp"
#include "match/matcher.hpp"
#include "match/phrase_pattern.hpp"
#include "normalise/normalise.hpp"
#include "score/score_document.hpp"
#include "text/character_classes.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

// "file:line:col: message" from a ConfigError, split for the finding.
LexiconFinding finding_of(const ConfigError& error) {
    const std::string text = error.what();
    const std::size_t colon = text.find(": ");
    if (colon == std::string::npos) {
        return LexiconFinding{true, {}, text};
    }
    return LexiconFinding{true, text.substr(0, colon), text.substr(colon + 2)};
}

const char* position_marked(Position position) {
    switch (position) {
    case Position::whole: return "as a whole word";
    case Position::first: return "at the start of a word";
    case Position::last: return "at the end of a word";
    case Position::anywhere: return "anywhere";
    }
    return "";
}

// "lexicons/themes.toml:12:5" -> (file, 12, 5), so findings sort in file order.
std::tuple<std::string, long, long> place_of(const std::string& where) {
    const std::size_t column_colon = where.rfind(':');
    const std::size_t line_colon = column_colon == std::string::npos || column_colon == 0
                                       ? std::string::npos
                                       : where.rfind(':', column_colon - 1);
    if (line_colon == std::string::npos) {
        return {where, 0, 0};
    }
    return {where.substr(0, line_colon), std::atol(where.c_str() + line_colon + 1),
            std::atol(where.c_str() + column_colon + 1)};
}

bool starts_with_word(std::string_view folded) {
    std::size_t offset = 0;
    return !folded.empty() && is_word_code_point(decode_utf8(folded, offset));
}

bool ends_with_word(std::string_view folded) {
    std::size_t offset = floor_to_code_point(folded, folded.size() - 1);
    return !folded.empty() && is_word_code_point(decode_utf8(folded, offset));
}

// The hits of `text` as one paragraph, through the same stages a PDF's text takes.
std::vector<Hit> hits_in(const std::string& text, const Matcher& matcher, NormalisedDocument& normalised) {
    LaidOutDocument document;
    document.blocks.push_back(Block{1, BlockKind::paragraph, 0, text});
    normalised = normalise(document, {});
    return matcher.find_all(normalised.text);
}

// Whether a near word can ever be found: the matcher compares it with the start of one word,
// so it must be letters and digits alone ("*", "mantel zorg" or "-" never are).
bool is_findable_near_word(std::string_view folded) {
    for (std::size_t offset = 0; offset < folded.size();) {
        if (!is_word_code_point(decode_utf8(folded, offset))) {
            return false;
        }
    }
    return !folded.empty();
}

// `near` words that can never be found: an error when the entry then never counts, a warning
// when another of its near words still can. One empty after folding is next to every word.
void check_near_words(const Term& term, const NormaliseOptions& options, std::vector<LexiconFinding>& findings) {
    std::vector<std::string> unfindable;
    for (const std::string& word : term.near) {
        const std::string folded = join_whitespace(fold_for_matching(word, options));
        if (folded.empty()) {
            findings.push_back({false, term.source,
                                fmt::format("'{}': near word '{}' is empty after folding: every word is near it, "
                                            "as without 'near'",
                                            term.text, word)});
        } else if (!is_findable_near_word(folded)) {
            unfindable.push_back("'" + word + "'");
        }
    }
    if (unfindable.empty()) {
        return;
    }
    const bool never_counts = unfindable.size() == term.near.size();
    findings.push_back({never_counts, term.source,
                        fmt::format("'{}': near word{} {} can never be found (a near word is compared with the start "
                                    "of one word: letters and digits only){}",
                                    term.text, unfindable.size() == 1 ? "" : "s", fmt::join(unfindable, ", "),
                                    never_counts ? ", so the entry never counts" : "")});
}

void check_entries(const Lexicon& lexicon, std::vector<LexiconFinding>& findings) {
    const NormaliseOptions options;
    std::map<std::pair<std::string, Position>, std::vector<TermIndex>> by_phrase;
    for (TermIndex i = 0; i < lexicon.terms.size(); ++i) {
        const Term& term = lexicon.terms[i];
        const std::string folded = join_whitespace(fold_for_matching(term.phrase, options));
        if (folded.empty()) {
            findings.push_back({true, term.source, fmt::format("'{}' is empty after folding and can never match", term.text)});
            continue;
        }
        const bool needs_word_start = term.position == Position::whole || term.position == Position::first;
        const bool needs_word_end = term.position == Position::whole || term.position == Position::last;
        if ((needs_word_start && !starts_with_word(folded)) || (needs_word_end && !ends_with_word(folded))) {
            findings.push_back({true, term.source,
                                fmt::format("'{}' can never match: it must stand {}, but begins or ends with a "
                                            "character that is not part of a word",
                                            term.text, position_marked(term.position))});
        }
        if (folded.find('|') != std::string::npos && phrase_pattern(folded, term.position).punctuated) {
            findings.push_back({false, term.source,
                                fmt::format("'{}': '|' has no effect: an entry with punctuation is found only as "
                                            "written, its words never apart",
                                            term.text)});
        }
        check_near_words(term, options, findings);
        by_phrase[{folded, term.position}].push_back(i);
    }
    for (const auto& [key, terms] : by_phrase) {
        std::map<CategoryIndex, TermIndex> first_in_category;
        for (TermIndex index : terms) {
            const Term& term = lexicon.terms[index];
            auto [it, inserted] = first_in_category.emplace(term.category, index);
            if (!inserted) {
                findings.push_back({true, term.source, fmt::format("'{}' duplicates the entry at {}", term.text,
                                                                   lexicon.terms[it->second].source)});
            }
        }
        // The domain register may share words with a category: they are evidence of both.
        std::erase_if(first_in_category,
                      [&](const auto& entry) { return lexicon.categories[entry.first].kind == CategoryKind::domain; });
        if (first_in_category.size() > 1) {
            std::vector<std::string> ids;
            for (const auto& [category, index] : first_in_category) {
                ids.push_back(lexicon.categories[category].id);
            }
            const Term& term = lexicon.terms[first_in_category.begin()->second];
            findings.push_back({false, term.source, fmt::format("'{}' is an entry of {} categories: {}", term.text,
                                                                ids.size(), fmt::join(ids, ", "))});
        }
    }
}

// The entry of `rest` that finds every kind of form `entry` finds ("samenwerken", "werken
// samen", "samen te werken"), each whole and in one hit, if one does.
std::optional<TermIndex> finder_of_all_forms(const Term& entry, const Lexicon& rest) {
    const Matcher matcher(rest, {});
    const PhrasePattern pattern = phrase_pattern(join_whitespace(fold_for_matching(entry.phrase, {})), entry.position);
    std::optional<TermIndex> finder;
    for (const std::string& form : example_forms(pattern)) {
        NormalisedDocument normalised;
        const std::vector<Hit> hits = hits_in(form, matcher, normalised);
        if (hits.size() != 1 || hits[0].range.begin != 0 || hits[0].range.end != normalised.text.size()) {
            return std::nullopt;
        }
        finder = finder ? finder : hits[0].term;
    }
    return finder;
}

// For each entry of `members` (one category's) that the others find in every order and form,
// the entry that does (both indices into lexicon.terms). An entry is left out in turn and
// the others compiled without it; near words and a lower weight make an entry narrower.
std::map<TermIndex, TermIndex> finders_of_members(const Lexicon& lexicon, CategoryIndex category,
                                                  const std::vector<TermIndex>& members) {
    std::map<TermIndex, TermIndex> finder_of;
    for (TermIndex left_out : members) {
        const Term& entry = lexicon.terms[left_out];
        if (!entry.near.empty()) {
            continue;  // its near words make it narrower, not the same
        }
        Lexicon rest;
        rest.categories = {lexicon.categories[category]};
        std::vector<TermIndex> index_in_lexicon;
        for (TermIndex i : members) {
            const Term& other = lexicon.terms[i];
            if (i != left_out && other.near.empty() && other.weight >= entry.weight) {
                rest.terms.push_back(other);
                rest.terms.back().category = 0;
                index_in_lexicon.push_back(i);
            }
        }
        if (rest.terms.empty()) {
            continue;
        }
        if (const std::optional<TermIndex> finder = finder_of_all_forms(entry, rest)) {
            finder_of[left_out] = index_in_lexicon[*finder];
        }
    }
    return finder_of;
}

// An entry is redundant when the rest of its category already finds all of its words in
// every order and form the entry finds them. Two entries that find each other's forms
// ("elkaar ontmoeten", "elkaar te ontmoeten") are one entry written twice: only the later is
// named, so that removing what the check names keeps one of them. Skipped for very large
// categories.
void check_redundant(const Lexicon& lexicon, std::vector<LexiconFinding>& findings) {
    constexpr std::size_t max_category_entries = 400;
    for (CategoryIndex category = 0; category < lexicon.categories.size(); ++category) {
        std::vector<TermIndex> members;
        for (TermIndex i = 0; i < lexicon.terms.size(); ++i) {
            if (lexicon.terms[i].category == category) {
                members.push_back(i);
            }
        }
        if (members.size() > max_category_entries) {
            continue;
        }
        const std::map<TermIndex, TermIndex> finder_of = finders_of_members(lexicon, category, members);
        for (const auto& [entry, finder] : finder_of) {
            const auto mutual = finder_of.find(finder);
            if (mutual != finder_of.end() && mutual->second == entry && entry < finder) {
                continue;
            }
            findings.push_back({false, lexicon.terms[entry].source,
                                fmt::format("'{}' is redundant: '{}' already finds it", lexicon.terms[entry].text,
                                            lexicon.terms[finder].text)});
        }
    }
}

// Whether `category` is graded above absent in a document that is only `sentence`: what a
// counterexample must not be. Generic words count only where the text is about the social
// domain, so a parking sentence with "de gemeente stuurt" is no counterexample of rol_gemeente.
const Hit* graded_hit(const std::string& sentence, CategoryIndex category, const Lexicon& lexicon,
                      const Matcher& matcher, NormalisedDocument& normalised, std::vector<Hit>& hits) {
    LaidOutDocument document;
    document.blocks.push_back(Block{1, BlockKind::paragraph, 0, sentence});
    hits = hits_in(sentence, matcher, normalised);
    const auto hit = std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.category == category; });
    if (hit == hits.end()) {
        return nullptr;
    }
    if (category >= graded_count(lexicon)) {
        return &*hit;  // the domain register is not graded: found is found
    }
    const DocumentScore score = score_document({"1"}, document, normalised, hits, lexicon, {});
    return score.categories[category].grade == Grade::absent ? nullptr : &*hit;
}

void run_examples(const Lexicon& lexicon, LexiconCheck& check) {
    const Matcher matcher(lexicon, {});
    for (CategoryIndex category = 0; category < lexicon.categories.size(); ++category) {
        const Category& c = lexicon.categories[category];
        for (const std::string& example : c.examples) {
            ++check.examples;
            NormalisedDocument normalised;
            const std::vector<Hit> hits = hits_in(example, matcher, normalised);
            if (std::none_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.category == category; })) {
                ++check.examples_failed;
                check.findings.push_back({true, c.source, fmt::format("{}: example not found: \"{}\"", c.id, example)});
            }
        }
        for (const std::string& example : c.counterexamples) {
            ++check.examples;
            NormalisedDocument normalised;
            std::vector<Hit> hits;
            if (const Hit* hit = graded_hit(example, category, lexicon, matcher, normalised, hits)) {
                ++check.examples_failed;
                const ByteRange source = normalised.to_source.to_source(hit->range);
                check.findings.push_back(
                    {true, c.source,
                     fmt::format("{}: counterexample graded by '{}' (\"{}\"): \"{}\"", c.id, lexicon.terms[hit->term].text,
                                 normalised.source.substr(source.begin, source.size()), example)});
            }
        }
    }
}

}  // namespace

bool LexiconCheck::sound() const {
    return std::none_of(findings.begin(), findings.end(), [](const LexiconFinding& f) { return f.is_error; });
}

LexiconCheck check_lexicon(const std::vector<LexiconSource>& sources) {
    LexiconCheck check;
    // Each file on its own first, so every file's syntax errors are reported.
    bool parsed = true;
    for (const LexiconSource& source : sources) {
        try {
            parse_lexicon({source});
        } catch (const ConfigError& error) {
            check.findings.push_back(finding_of(error));
            parsed = false;
        }
    }
    if (!parsed) {
        return check;
    }
    Lexicon lexicon;
    try {
        lexicon = load_lexicon(sources);
    } catch (const ConfigError& error) {
        check.findings.push_back(finding_of(error));  // e.g. one category id in two files
        return check;
    }
    check.categories = graded_count(lexicon);
    check.entries = lexicon.terms.size();
    check_entries(lexicon, check.findings);
    check_redundant(lexicon, check.findings);
    run_examples(lexicon, check);
    std::stable_sort(check.findings.begin(), check.findings.end(),
                     [](const LexiconFinding& a, const LexiconFinding& b) { return place_of(a.where) < place_of(b.where); });
    return check;
}

}  // namespace galascan
