#include <doctest/doctest.h>

#include "pipeline/file_selection.hpp"

using namespace galascan;

TEST_CASE("glob_matches: the relative path with '*' inside one folder, or the name alone") {
    CHECK(glob_matches("*.pdf", "2024/plan.pdf", "plan.pdf"));
    CHECK(glob_matches("2024/*.pdf", "2024/plan.pdf", "plan.pdf"));
    CHECK_FALSE(glob_matches("2024/*.pdf", "2024/concepten/plan.pdf", "plan.pdf"));
    CHECK_FALSE(glob_matches("*plan.pdf", "2024/concepten/visie.pdf", "visie.pdf"));
    CHECK(glob_matches("plan-[0-9].pdf", "a/plan-7.pdf", "plan-7.pdf"));
    CHECK_FALSE(glob_matches("plan-[!0-9].pdf", "a/plan-7.pdf", "plan-7.pdf"));
    CHECK(glob_matches("plan?.pdf", "plan1.pdf", "plan1.pdf"));
    CHECK(glob_matches("\\*.pdf", "*.pdf", "*.pdf"));
    CHECK_FALSE(glob_matches("\\*.pdf", "a.pdf", "a.pdf"));
    CHECK_FALSE(glob_matches("*.PDF", "plan.pdf", "plan.pdf"));  // case matters, as in the shell
}

TEST_CASE("glob_rules: !GLOB and --exclude exclude, the rest include") {
    FileSelection selection;
    selection.globs = {"*.pdf", "!concept*", "2024"};
    selection.exclude_globs = {"oud"};
    const GlobRules rules = glob_rules(selection);
    CHECK(rules.include == std::vector<std::string>{"*.pdf", "2024"});
    CHECK(rules.exclude == std::vector<std::string>{"concept*", "oud"});
}

TEST_CASE("hidden names start with a dot") {
    CHECK(is_hidden_name(".git"));
    CHECK(is_hidden_name(".concept.pdf"));
    CHECK_FALSE(is_hidden_name("plan.pdf"));
    CHECK_FALSE(is_hidden_name(""));
}
