// Lexicon loading with toml++: strict, with file:line:col in every message, because the
// lexicon is what analysts edit by hand and a silently ignored typo ("termz = [...]") would
// quietly change every grade.

#include "lexicon/load_lexicon.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>
#include <variant>

#include <fmt/core.h>
#include <fmt/format.h>
#include <toml++/toml.h>

#include "lexicon/builtin_lexicon.hpp"
#include "text/character_classes.hpp"
#include "text/content_hash.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

std::string where(const std::string& file, const toml::source_region& region) {
    return fmt::format("{}:{}:{}", file, region.begin.line, region.begin.column);
}

[[noreturn]] void fail(const std::string& file, const toml::node& node, const std::string& message) {
    throw ConfigError(fmt::format("{}: {}", where(file, node.source()), message));
}

std::string required_string(const std::string& file, const toml::table& table, std::string_view key) {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        fail(file, table, fmt::format("category is missing '{}'", key));
    }
    const std::optional<std::string> value = node->value<std::string>();
    if (!value || value->empty()) {
        fail(file, *node, fmt::format("'{}' must be a non-empty string", key));
    }
    return *value;
}

std::string optional_string(const std::string& file, const toml::table& table, std::string_view key) {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return {};
    }
    if (!node->is_string()) {
        fail(file, *node, fmt::format("'{}' must be a string", key));
    }
    return *node->value<std::string>();
}

bool is_valid_id(std::string_view id) {
    for (char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return false;
        }
    }
    return !id.empty();
}

// The first letter or digit of each part of the id, capitalised: "rol_inwoners" -> "RI",
// "zorg_2025" -> "Z2". Only what is_valid_id lets through, so always printable ASCII; "_" for
// an id of underscores alone.
std::string derive_short_label(std::string_view id) {
    std::string short_label;
    bool part_start = true;
    for (const char c : id) {
        if (c == '_') {
            part_start = true;
            continue;
        }
        if (part_start && short_label.size() < 3) {
            short_label += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        }
        part_start = false;
    }
    return short_label.empty() ? std::string("_") : short_label;
}

std::vector<std::string> string_array(const std::string& file, const toml::table& table, std::string_view key) {
    std::vector<std::string> values;
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return values;
    }
    const toml::array* array = node->as_array();
    if (array == nullptr) {
        fail(file, *node, fmt::format("'{}' must be an array of strings", key));
    }
    for (const toml::node& element : *array) {
        const std::optional<std::string> text = element.value<std::string>();
        if (!text || text->find_first_not_of(" \t") == std::string::npos) {
            fail(file, element, fmt::format("'{}' must hold non-empty strings", key));
        }
        values.push_back(*text);
    }
    return values;
}

// "*mantelzorg*" -> phrase "mantelzorg", Position::anywhere.
std::pair<std::string, Position> parse_position(std::string_view text) {
    const bool leading = !text.empty() && text.front() == '*';
    const bool trailing = text.size() > (leading ? 1u : 0u) && text.back() == '*';
    text.remove_prefix(leading ? 1 : 0);
    text.remove_suffix(trailing ? 1 : 0);
    const Position position = leading && trailing ? Position::anywhere
                              : leading          ? Position::last
                              : trailing         ? Position::first
                                                 : Position::whole;
    return {std::string(text), position};
}

bool is_word_at(std::string_view text, std::size_t offset) {
    return offset < text.size() && is_word_code_point(decode_utf8(text, offset));
}

// "samen|werken", "naar elkaar om|zien": '|' marks where a separable verb splits. Once,
// between two letters of the last word, whose part after it is an infinitive; not with '*'.
void check_split_marker(const std::string& file, const toml::node& node, const std::string& text,
                        std::string_view phrase, Position position) {
    const std::size_t bar = phrase.find('|');
    if (bar == std::string_view::npos) {
        return;
    }
    if (phrase.find('|', bar + 1) != std::string_view::npos) {
        fail(file, node,
             fmt::format("'{}': '|' may stand only once, where a separable verb splits (samen|werken)", text));
    }
    if (position != Position::whole) {
        fail(file, node, fmt::format("'{}': '|' marks a separable verb and cannot be combined with '*'", text));
    }
    const std::size_t verb_end = phrase.find_first_of(" \t\n", bar);
    if (verb_end != std::string_view::npos && phrase.find_first_not_of(" \t\n", verb_end) != std::string_view::npos) {
        fail(file, node, fmt::format("'{}': '|' must stand in the last word, the verb (naar elkaar om|zien)", text));
    }
    const std::string_view verb =
        phrase.substr(bar + 1, verb_end == std::string_view::npos ? verb_end : verb_end - bar - 1);
    if (bar == 0 || !is_word_at(phrase, floor_to_code_point(phrase, bar - 1)) || !is_word_at(phrase, bar + 1)) {
        fail(file, node, fmt::format("'{}': '|' must stand between the particle and the verb (samen|werken)", text));
    }
    if (verb.back() != 'n' && verb.back() != 'N') {
        fail(file, node,
             fmt::format("'{}': the part after '|' must be a verb's infinitive, ending in -n (werken, doen)", text));
    }
}

// "mantelzorg*" -> phrase and position; '*' only at the ends, '|' as check_split_marker says.
std::pair<std::string, Position> checked_position(const std::string& file, const toml::node& node,
                                                  const std::string& text) {
    auto [phrase, position] = parse_position(text);
    if (phrase.find_first_not_of(" \t") == std::string::npos) {
        fail(file, node, fmt::format("'{}' has no words", text));
    }
    if (phrase.find('*') != std::string::npos) {
        fail(file, node, fmt::format("'{}': '*' may stand only at the start or the end", text));
    }
    check_split_marker(file, node, text, phrase, position);
    return {phrase, position};
}

void add_exclusions(const std::string& file, const toml::table& table, CategoryIndex category,
                    std::optional<TermIndex> term, Lexicon& lexicon) {
    for (const std::string& text : string_array(file, table, "exclude")) {
        auto [phrase, position] = checked_position(file, *table.get("exclude"), text);
        lexicon.exclusions.push_back(
            Exclusion{category, term, text, phrase, position, where(file, table.get("exclude")->source())});
    }
}

void load_entry_table(const std::string& file, const toml::table& entry, CategoryIndex category, Lexicon& lexicon) {
    static const std::set<std::string_view> known_keys = {"term", "weight", "near", "exclude", "generic"};
    for (const auto& [key, value] : entry) {
        if (known_keys.count(key.str()) == 0) {
            fail(file, value,
                 fmt::format("unknown key '{}' in an entry (known: term, weight, near, exclude, generic)", key.str()));
        }
    }
    const toml::node* text_node = entry.get("term");
    const std::optional<std::string> text = text_node ? text_node->value<std::string>() : std::nullopt;
    if (!text) {
        fail(file, entry, "an entry table needs 'term = \"...\"'");
    }
    Term term{category, *text, {}, Position::whole, 1.0, {}, where(file, entry.source())};
    std::tie(term.phrase, term.position) = checked_position(file, *text_node, *text);
    if (const toml::node* weight = entry.get("weight")) {
        const std::optional<double> value = weight->value<double>();
        if (!value || !(*value > 0.0) || *value > 10.0) {
            fail(file, *weight, "'weight' must be a number above 0 and at most 10");
        }
        term.weight = *value;
    }
    if (const toml::node* generic = entry.get("generic")) {
        if (!generic->is_boolean()) {
            fail(file, *generic, "'generic' must be true or false");
        }
        term.generic = *generic->value<bool>();
    }
    term.near = string_array(file, entry, "near");
    if (entry.contains("near") && term.near.empty()) {
        // Read literally it never counts, as implemented it counts anywhere: say which was meant.
        fail(file, *entry.get("near"), "'near' is empty: name at least one word, or leave 'near' out");
    }
    lexicon.terms.push_back(std::move(term));
    add_exclusions(file, entry, category, static_cast<TermIndex>(lexicon.terms.size() - 1), lexicon);
}

void load_terms(const std::string& file, const toml::table& table, CategoryIndex category, Lexicon& lexicon) {
    const toml::node* node = table.get("terms");
    if (node == nullptr) {
        fail(file, table, "category has no 'terms'");
    }
    const toml::array* terms = node->as_array();
    if (terms == nullptr) {
        fail(file, *node, "'terms' must be an array of strings and entry tables");
    }
    if (terms->empty()) {
        fail(file, *node, "'terms' is empty: nothing could ever find this category");
    }
    for (const toml::node& element : *terms) {
        if (const toml::table* entry = element.as_table()) {
            load_entry_table(file, *entry, category, lexicon);
            continue;
        }
        const std::optional<std::string> text = element.value<std::string>();
        if (!text) {
            fail(file, element, "a term must be a string or an entry table {term = \"...\", ...}");
        }
        Term term{category, *text, {}, Position::whole, 1.0, {}, where(file, element.source())};
        std::tie(term.phrase, term.position) = checked_position(file, element, *text);
        lexicon.terms.push_back(std::move(term));
    }
}

// Refuses a misspelt key; `known_keys` in the order the message lists them.
void check_keys(const std::string& file, const toml::table& table, const std::vector<std::string_view>& known_keys) {
    for (const auto& [key, value] : table) {
        if (std::find(known_keys.begin(), known_keys.end(), key.str()) == known_keys.end()) {
            fail(file, value, fmt::format("unknown key '{}' (known: {})", key.str(), fmt::join(known_keys, ", ")));
        }
    }
}

// The category's own text: labels, examples, terms and exclusions; pushed onto `lexicon`.
void load_category_body(const std::string& file, const toml::table& table, Category category, Lexicon& lexicon) {
    category.label = required_string(file, table, "label");
    category.short_label = optional_string(file, table, "short");
    if (category.short_label.empty()) {
        category.short_label = derive_short_label(category.id);
    }
    category.description = optional_string(file, table, "description");
    category.examples = string_array(file, table, "examples");
    category.counterexamples = string_array(file, table, "counterexamples");
    category.source = where(file, table.source());
    const auto index = static_cast<CategoryIndex>(lexicon.categories.size());
    load_terms(file, table, index, lexicon);
    add_exclusions(file, table, index, std::nullopt, lexicon);
    lexicon.categories.push_back(std::move(category));
}

// [domain]: the register of the social domain, one per lexicon (see CategoryKind::domain).
void load_domain(const std::string& file, const toml::node& node, Lexicon& lexicon) {
    const toml::table* table = node.as_table();
    if (table == nullptr) {
        fail(file, node, "'domain' must be a table: [domain]");
    }
    check_keys(file, *table, {"label", "description", "terms", "exclude", "examples", "counterexamples"});
    for (const Category& existing : lexicon.categories) {
        if (existing.kind == CategoryKind::domain) {
            fail(file, node, fmt::format("[domain] is defined twice (first at {})", existing.source));
        }
    }
    Category domain;
    domain.id = "domain";
    domain.kind = CategoryKind::domain;
    load_category_body(file, *table, std::move(domain), lexicon);
}

// Moves the domain register behind the graded categories (a later file may add categories
// after it), renumbering what points at categories.
void put_domain_last(Lexicon& lexicon) {
    const auto domain = std::find_if(lexicon.categories.begin(), lexicon.categories.end(),
                                     [](const Category& c) { return c.kind == CategoryKind::domain; });
    if (domain == lexicon.categories.end()) {
        return;
    }
    const auto from = static_cast<CategoryIndex>(domain - lexicon.categories.begin());
    const auto last = static_cast<CategoryIndex>(lexicon.categories.size() - 1);
    auto renumber = [&](CategoryIndex& category) {
        category = category == from ? last : category > from ? category - 1 : category;
    };
    std::rotate(domain, domain + 1, lexicon.categories.end());
    for (Term& term : lexicon.terms) {
        renumber(term.category);
    }
    for (Exclusion& exclusion : lexicon.exclusions) {
        renumber(exclusion.category);
    }
}

void load_category(const std::string& file, const toml::table& table, Lexicon& lexicon) {
    check_keys(file, table, {"id", "kind", "label", "short", "description", "terms", "exclude", "examples",
                             "counterexamples"});
    Category category;
    category.id = required_string(file, table, "id");
    if (!is_valid_id(category.id)) {
        fail(file, *table.get("id"), "'id' may hold only a-z, 0-9 and _");
    }
    for (const Category& existing : lexicon.categories) {
        if (existing.id == category.id) {
            fail(file, *table.get("id"), fmt::format("category '{}' is defined twice", category.id));
        }
    }
    const std::string kind = required_string(file, table, "kind");
    if (kind == "theme") {
        category.kind = CategoryKind::theme;
    } else if (kind == "bouwsteen") {
        category.kind = CategoryKind::bouwsteen;
    } else {
        fail(file, *table.get("kind"), fmt::format("kind '{}' is not 'theme' or 'bouwsteen'", kind));
    }
    load_category_body(file, table, std::move(category), lexicon);
}

// [grading]: the thresholds of the grading rule; a later file overrides an earlier one.
void load_grading(const std::string& file, const toml::node& node, Lexicon& lexicon) {
    GradingRules& rules = lexicon.grading;
    const toml::table* table = node.as_table();
    if (table == nullptr) {
        fail(file, node, "'grading' must be a table: [grading]");
    }
    struct Threshold {
        const char* key;
        std::variant<int*, double*> target;
        int most;
    };
    const Threshold thresholds[] = {
        {"section_paragraphs", &rules.section_paragraphs, 100},
        {"section_words", &rules.section_words, 10000},
        {"title_blocks", &rules.title_blocks, 100},
        {"passage_words", &rules.passage_words, 1000},
        {"passage_weight", &rules.passage_weight, 100},
        {"passage_blocks", &rules.passage_blocks, 100},
        {"short_document_words", &rules.short_document_words, 1000000},
        {"words_per_passage", &rules.words_per_passage, 1000000},
        {"focus_paragraphs", &rules.focus_paragraphs, 100},
        {"discussed_paragraphs", &rules.discussed_paragraphs, 100},
        {"discussed_entries", &rules.discussed_entries, 100},
        {"domain_density", &rules.domain_density, 1000},
        {"section_density", &rules.section_density, 1000},
        {"relevance_section_words", &rules.relevance_section_words, 1000000},
    };
    for (const auto& [key, value] : *table) {
        if (key.str() == "topic_density") {
            continue;  // galascan 0.1's off-topic rule, replaced by domain_density; old files still load
        }
        if (key.str() == "topic_category") {  // of the same rule; checked in load_lexicon, then ignored
            const std::optional<std::string> id = value.value<std::string>();
            if (!id) {
                fail(file, value, "'topic_category' must be a category id in quotes (\"\" for none)");
            }
            if (!id->empty()) {
                lexicon.topic_categories.push_back(ObsoleteTopicCategory{*id, where(file, value.source())});
            }
            continue;
        }
        const auto known = std::find_if(std::begin(thresholds), std::end(thresholds),
                                        [&key = key](const Threshold& t) { return key.str() == t.key; });
        if (known == std::end(thresholds)) {
            std::vector<std::string_view> names;
            for (const Threshold& threshold : thresholds) {
                names.push_back(threshold.key);
            }
            fail(file, value, fmt::format("unknown key '{}' in [grading] (known: {})", key.str(), fmt::join(names, ", ")));
        }
        const std::optional<double> number = value.value<double>();
        if (!number || !(*number >= 0) || *number > known->most) {
            fail(file, value, fmt::format("'{}' must be a number from 0 to {}", key.str(), known->most));
        }
        if (int* const* whole = std::get_if<int*>(&known->target)) {
            if (!value.is_integer()) {
                fail(file, value, fmt::format("'{}' must be a whole number from 0 to {}", key.str(), known->most));
            }
            **whole = static_cast<int>(*number);
        } else {
            *std::get<double*>(known->target) = *number;
        }
    }
}

void load_source(const LexiconSource& source, Lexicon& lexicon) {
    toml::table root;
    try {
        root = toml::parse(source.content, source.name);
    } catch (const toml::parse_error& error) {
        throw ConfigError(fmt::format("{}: {}", where(source.name, error.source()), error.description()));
    }
    for (const auto& [key, value] : root) {
        if (key.str() == "grading") {
            load_grading(source.name, value, lexicon);
        } else if (key.str() == "domain") {
            load_domain(source.name, value, lexicon);
        } else if (key.str() != "category") {
            fail(source.name, value,
                 fmt::format("unknown top-level key '{}' (expected [[category]] tables, [domain], [grading])",
                             key.str()));
        }
    }
    const toml::array* categories = root["category"].as_array();
    if (categories == nullptr || categories->empty()) {
        if ((root.contains("grading") || root.contains("domain")) && !root.contains("category")) {
            return;  // a file with only thresholds or the domain register, to combine with others
        }
        throw ConfigError(fmt::format("{}: no [[category]] tables", source.name));
    }
    for (const toml::node& node : *categories) {
        const toml::table* table = node.as_table();
        if (table == nullptr) {
            fail(source.name, node, "'category' must be written as [[category]] tables");
        }
        load_category(source.name, *table, lexicon);
    }
}

}  // namespace

// Only a regular file of at most `max_bytes`: a path is whatever the user typed, and /dev/zero
// would be read until memory runs out, a FIFO would wait for a writer forever. O_NONBLOCK, so
// that opening a FIFO returns at once and fstat can refuse it.
std::string read_small_file(const std::string& path, const SmallFileKind& kind, std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        throw ConfigError(fmt::format("{}: cannot read the {}: {}", path, kind.what, std::strerror(errno)));
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } const closer{fd};
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        throw ConfigError(fmt::format("{}: cannot read the {}: {}", path, kind.what, std::strerror(errno)));
    }
    if (!S_ISREG(status.st_mode)) {
        throw ConfigError(fmt::format("{}: {} must be a regular file, not {}", path, kind.noun,
                                      S_ISDIR(status.st_mode) ? "a folder" : "a device, FIFO or socket"));
    }
    const auto too_large = [&] {
        return ConfigError(fmt::format("{}: the {} is larger than {} MiB", path, kind.what, max_bytes >> 20));
    };
    if (status.st_size > static_cast<off_t>(max_bytes)) {
        throw too_large();
    }
    std::string content;
    char buffer[64 * 1024];
    for (;;) {  // to the end, not to st_size: the file may have grown since
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count < 0) {
            throw ConfigError(fmt::format("{}: cannot read the {}: {}", path, kind.what, std::strerror(errno)));
        }
        if (count == 0) {
            return content;
        }
        content.append(buffer, static_cast<std::size_t>(count));
        if (content.size() > max_bytes) {
            throw too_large();
        }
    }
}

Lexicon parse_lexicon(const std::vector<LexiconSource>& sources) {
    Lexicon lexicon;
    for (const LexiconSource& source : sources) {
        load_source(source, lexicon);
        lexicon.files.push_back(source.name);
    }
    put_domain_last(lexicon);
    return lexicon;
}

Lexicon load_lexicon(const std::vector<LexiconSource>& sources) {
    Lexicon lexicon = parse_lexicon(sources);
    if (graded_count(lexicon) == 0) {
        throw ConfigError("the lexicon has no categories");
    }
    for (const ObsoleteTopicCategory& topic : lexicon.topic_categories) {
        const auto named = [&](const Category& c) { return c.id == topic.id && c.kind != CategoryKind::domain; };
        if (std::none_of(lexicon.categories.begin(), lexicon.categories.end(), named)) {
            throw ConfigError(fmt::format("{}: 'topic_category' names '{}', which is no category of the lexicon",
                                          topic.source, topic.id));
        }
    }
    return lexicon;
}

std::vector<LexiconSource> read_lexicon_sources(const std::vector<std::string>& paths) {
    std::vector<LexiconSource> sources;
    for (const std::string& path : paths) {
        sources.push_back(
            LexiconSource{path, read_small_file(path, SmallFileKind{"lexicon file", "a lexicon"}, max_lexicon_bytes)});
    }
    return sources;
}

std::vector<LexiconSource> builtin_lexicon_sources() {
    std::vector<LexiconSource> sources;
    for (const EmbeddedFile& file : builtin_lexicon_files()) {
        sources.push_back(LexiconSource{std::string(file.name), std::string(file.content)});
    }
    return sources;
}

Lexicon load_lexicon_files(const std::vector<std::string>& paths) { return load_lexicon(read_lexicon_sources(paths)); }

Lexicon load_builtin_lexicon() { return load_lexicon(builtin_lexicon_sources()); }

ContentHash lexicon_files_hash(const std::vector<EmbeddedFile>& files) {
    std::string input;
    for (const EmbeddedFile& file : files) {
        input += fmt::format("{}:{}:{}:", file.name.size(), file.content.size(), file.name);
        input += file.content;
    }
    return hash_bytes(input);
}

}  // namespace galascan
