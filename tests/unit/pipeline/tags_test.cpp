#include <doctest/doctest.h>

#include <filesystem>

#include "pipeline/tags.hpp"

using namespace galascan;

TEST_CASE("--tag KEY=VALUE: a key of letters, digits, _ and -; the value is anything, = included") {
    std::string why;
    CHECK(parse_tag("gemeente=Súdwest-Fryslân", why) == Tag{"gemeente", "Súdwest-Fryslân"});
    CHECK(parse_tag("formule==1+1", why) == Tag{"formule", "=1+1"});
    CHECK(parse_tag("leeg=", why) == Tag{"leeg", ""});
    CHECK_FALSE(parse_tag("gemeente", why));
    CHECK(why == "'gemeente' is not KEY=VALUE");
    CHECK_FALSE(parse_tag("=Utrecht", why));
    CHECK_FALSE(parse_tag("ge meente=x", why));
    CHECK_FALSE(parse_tag("a,b=x", why));  // a CSV column name with a comma would shift every column
}

TEST_CASE("--tag-from-path: keys or * separated by /, no key twice") {
    std::string why;
    CHECK(parse_tag_path("gemeente/jaar", why) == std::vector<std::string>{"gemeente", "jaar"});
    CHECK(parse_tag_path("gemeente/*", why) == std::vector<std::string>{"gemeente", "*"});
    CHECK_FALSE(parse_tag_path("", why));
    CHECK_FALSE(parse_tag_path("gemeente//jaar", why));
    CHECK_FALSE(parse_tag_path("jaar/jaar", why));
    CHECK(why == "'jaar/jaar': the key 'jaar' is named twice");
}

TEST_CASE("path tags are the folders a file sits in, the last key the innermost") {
    TagOptions options;
    options.path_keys = {"gemeente", "jaar"};
    CHECK(tags_for("/data/Utrecht/2024/plan.pdf", options) == std::vector<Tag>{{"gemeente", "Utrecht"}, {"jaar", "2024"}});
    CHECK(tags_for("/data/./Utrecht/x/../2024/plan.pdf", options) ==
          std::vector<Tag>{{"gemeente", "Utrecht"}, {"jaar", "2024"}});
    options.path_keys = {"gemeente", "*"};
    CHECK(tags_for("/data/Utrecht/2024/plan.pdf", options) == std::vector<Tag>{{"gemeente", "Utrecht"}});
    // Fewer folders than keys: the outer keys are empty, not shifted.
    options.path_keys = {"provincie", "gemeente", "jaar"};
    CHECK(tags_for("/Utrecht/2024/plan.pdf", options) ==
          std::vector<Tag>{{"provincie", ""}, {"gemeente", "Utrecht"}, {"jaar", "2024"}});
}

TEST_CASE("a relative path is tagged by the folders it stands in, as an absolute one") {
    TagOptions options;
    options.path_keys = {"map"};
    const std::string here = std::filesystem::current_path().filename().string();
    CHECK(tags_for("plan.pdf", options) == std::vector<Tag>{{"map", here}});
}

TEST_CASE("fixed tags come first, for every file; a key given twice is refused") {
    TagOptions options;
    options.fixed = {{"ronde", "2"}};
    options.path_keys = {"gemeente"};
    CHECK(tags_for("/data/Utrecht/plan.pdf", options) == std::vector<Tag>{{"ronde", "2"}, {"gemeente", "Utrecht"}});
    CHECK_FALSE(tag_conflict(options));
    options.fixed.push_back({"gemeente", "Utrecht"});
    CHECK(tag_conflict(options) == "the tag 'gemeente' is given twice (--tag, --tag-from-path)");
    CHECK(tags_for("/data/plan.pdf", TagOptions{}).empty());
}
