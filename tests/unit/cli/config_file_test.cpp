// The configuration file: where it is found, what its TOML may say, and how parse_args lets
// the command line win over it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/config_file.hpp"
#include "cli/parse_args.hpp"
#include "lexicon/load_lexicon.hpp"

using namespace galascan;

namespace {

ParsedArgs parse_with(const std::string& toml, std::vector<std::string> args) {
    const ConfigFile config = parse_config("/team/galascan.toml", toml);
    args.insert(args.begin(), "galascan");
    std::vector<const char*> argv;
    for (const std::string& arg : args) {
        argv.push_back(arg.c_str());
    }
    return parse_args(static_cast<int>(argv.size()), argv.data(), &config);
}

}  // namespace

TEST_CASE("GALASCAN_CONFIG first, then XDG_CONFIG_HOME, then HOME; relative or empty values ignored") {
    const auto location = [](const char* variable, const char* xdg, const char* home) {
        const std::optional<ConfigLocation> found = config_file_location(variable, xdg, home);
        return found ? found->path.string() + (found->required ? " (required)" : "") : std::string("none");
    };
    CHECK(location("team.toml", "/x", "/home/a") == "team.toml (required)");
    CHECK(location("", "/x", "/home/a") == "/x/galascan/config.toml");
    CHECK(location(nullptr, nullptr, "/home/a") == "/home/a/.config/galascan/config.toml");
    CHECK(location(nullptr, "relative", "/home/a") == "/home/a/.config/galascan/config.toml");
    CHECK(location(nullptr, nullptr, nullptr) == "none");
}

TEST_CASE("each key becomes the arguments of its option; lexicon paths are relative to the file") {
    const ConfigFile config = parse_config("/team/galascan.toml", R"(
lexicon = ["ons-lexicon.toml", "/abs/extra.toml"]
require = "themes=mentioned"
jobs = 4
timeout = 2.5
cache = false
)");
    REQUIRE(config.settings.size() == 5);
    CHECK(config.settings[0].arguments ==
          std::vector<std::string>{"--lexicon=/team/ons-lexicon.toml", "--lexicon=/abs/extra.toml"});
    CHECK(config.settings[1].arguments == std::vector<std::string>{"--require=themes=mentioned"});
    CHECK(config.settings[2].arguments == std::vector<std::string>{"--jobs=4"});
    CHECK(config.settings[2].where == "/team/galascan.toml:4:8");
    CHECK(config.settings[3].arguments == std::vector<std::string>{"--timeout=2.5"});
    CHECK(config.settings[4].arguments == std::vector<std::string>{"--no-cache"});
    CHECK(parse_config("c.toml", "cache = true").settings.at(0).arguments.empty());
}

TEST_CASE("an unknown key, a wrong type or broken TOML is an error naming file, line and key") {
    CHECK_THROWS_WITH_AS(parse_config("c.toml", "\njbos = 4"),
                         "c.toml:2:1: unknown key 'jbos' in the configuration file; did you mean 'jobs'?", ConfigError);
    CHECK_THROWS_AS(parse_config("c.toml", "[lexicon]\nfile = 'x'"), ConfigError);  // a table is no setting
    CHECK_THROWS_WITH_AS(parse_config("c.toml", "jobs = '4'"), "c.toml:1:8: 'jobs' takes a whole number", ConfigError);
    CHECK_THROWS_WITH_AS(parse_config("c.toml", "require = [1]"),
                         "c.toml:1:12: 'require' takes a string or an array of strings", ConfigError);
    CHECK_THROWS_AS(parse_config("c.toml", "jobs = "), ConfigError);
    // Of two mistakes, the first in the file (toml++ keeps keys sorted, the message must not).
    CHECK_THROWS_WITH_AS(parse_config("c.toml", "zzz = 1\naaa = 2"),
                         doctest::Contains("c.toml:1:1: unknown key 'zzz'"), ConfigError);
    CHECK_THROWS_WITH_AS(parse_config("c.toml", "zzz = 1"),
                         "c.toml:1:1: unknown key 'zzz' in the configuration file (keys: lexicon, require, jobs, "
                         "format, color, timeout, max-memory, max-pages, cache, tag-from-path)",
                         ConfigError);
}

TEST_CASE("the file's settings apply where the command line says nothing; the command line wins") {
    const std::string toml = "jobs = 3\nformat = 'csv'\nrequire = ['themes=mentioned']\n";
    ParsedArgs parsed = parse_with(toml, {"plan.pdf"});
    REQUIRE((parsed.command != nullptr));
    CHECK(parsed.options.batch.jobs == 3);
    CHECK(parsed.options.output.format == OutputFormat::csv);
    CHECK(parsed.options.requirements == std::vector<std::string>{"themes=mentioned"});
    parsed = parse_with(toml, {"-j", "2", "--require", "all=covered", "--format=json", "plan.pdf"});
    REQUIRE((parsed.command != nullptr));
    CHECK(parsed.options.batch.jobs == 2);
    CHECK(parsed.options.output.format == OutputFormat::json);
    CHECK(parsed.options.requirements == std::vector<std::string>{"all=covered"});  // replaced, not added to
    // After "--" everything is a path: the settings go before it.
    parsed = parse_with(toml, {"--", "-plan.pdf"});
    REQUIRE((parsed.command != nullptr));
    CHECK(parsed.options.paths == std::vector<std::string>{"-plan.pdf"});
    CHECK(parsed.options.batch.jobs == 3);
}

TEST_CASE("a setting applies only to the commands that take it with that meaning") {
    // evaluate's --format is table or json: the report's format = 'csv' is not for it.
    ParsedArgs parsed = parse_with("format = 'csv'\njobs = 3\nlexicon = 'l.toml'", {"evaluate", "labels.csv"});
    REQUIRE((parsed.command != nullptr));
    CHECK(parsed.options.evaluate.format == EvaluateFormat::table);
    CHECK(parsed.options.batch.jobs == 3);
    CHECK(parsed.options.pipeline.lexicon_files == std::vector<std::string>{"/team/l.toml"});
    parsed = parse_with("format = 'csv'\njobs = 3", {"merge", "a.jsonl"});  // merge reads no PDF: no jobs
    REQUIRE((parsed.command != nullptr));
    CHECK(parsed.options.output.format == OutputFormat::csv);
    // diff analyses PDFs as the report does: the team's lexicon and limits, not its format or rules.
    parsed = parse_with("format = 'xlsx'\njobs = 3\nlexicon = 'l.toml'\nrequire = 'all=covered'\nmax-pages = 7",
                        {"diff", "a.pdf", "b.pdf"});
    REQUIRE((parsed.command != nullptr));
    CHECK(parsed.options.diff.format == DiffFormat::table);
    CHECK(parsed.options.batch.jobs == 3);
    CHECK(parsed.options.pipeline.lexicon_files == std::vector<std::string>{"/team/l.toml"});
    CHECK(parsed.options.pipeline.extract.max_pages == 7);
    CHECK(parsed.options.requirements.empty());
    parsed = parse_with("require = 'all=covered'\nmax-pages = 7", {"text", "plan.pdf"});
    REQUIRE((parsed.command != nullptr));
    CHECK(parsed.options.requirements.empty());
    CHECK(parsed.options.pipeline.extract.max_pages == 7);
}

TEST_CASE("a value that looks like an option stays the value of its key") {
    const ParsedArgs parsed = parse_with("require = '--output=/tmp/x'\n", {"plan.pdf"});
    CHECK(parsed.options.output.output_file.empty());
    CHECK(parsed.options.requirements == std::vector<std::string>{"--output=/tmp/x"});  // refused by run_report
}

TEST_CASE("a value its option refuses is a usage error naming the file, line and key") {
    const ParsedArgs parsed = parse_with("format = 'csv'\njobs = 0\n", {"plan.pdf"});
    CHECK((parsed.command == nullptr));
    CHECK(parsed.exit_code == 2);
    CHECK(parsed.message.find("galascan: /team/galascan.toml:2:8: 'jobs': --jobs: 0 is not a whole number from 1 "
                              "to 512") == 0);
    const ParsedArgs format = parse_with("format = 'xml'\n", {"plan.pdf"});
    CHECK(format.message.find("galascan: /team/galascan.toml:1:10: 'format': ") == 0);
}
