#include <doctest/doctest.h>

#include <string>

#include "cli/version_text.hpp"

using namespace galascan;

TEST_CASE("a lexicon's identity changes with any byte of its files, and only then") {
    const std::vector<EmbeddedFile> files{{"builtin:a.toml", "x = 1\n"}, {"builtin:b.toml", "y = 2\n"}};
    const std::string identity = lexicon_identity(files);
    CHECK(identity.size() == 16);
    CHECK(identity.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(lexicon_identity(files) == identity);
    CHECK(lexicon_identity({{"builtin:a.toml", "x = 1\n"}, {"builtin:b.toml", "y = 3\n"}}) != identity);
    // A byte moved from one file's content into the next file's name is another lexicon.
    CHECK(lexicon_identity({{"builtin:a.toml", "x = 1"}, {"\nbuiltin:b.toml", "y = 2\n"}}) != identity);
}

TEST_CASE("--version names galascan, the built-in lexicon, Poppler and ICU") {
    const std::string text = version_text();
    CHECK(text.rfind("galascan ", 0) == 0);
    CHECK(text.find("\nbuilt-in lexicon " + lexicon_identity(builtin_lexicon_files())) != std::string::npos);
    CHECK(text.find("\nPoppler ") != std::string::npos);
    CHECK(text.find(", ICU ") != std::string::npos);
    CHECK(text.back() == '\n');
}
