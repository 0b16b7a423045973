// The whole program in-process: run_cli with string streams, as a user's shell would see it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"
#include "cli/run.hpp"
#include "lexicon/load_lexicon.hpp"

using namespace galascan;

namespace {

struct Outcome {
    int exit_code = 0;
    std::string out;
    std::string err;
};

// The command line exactly as given, after "galascan".
Outcome run_as_typed(std::vector<std::string> args) {
    args.insert(args.begin(), "galascan");
    std::vector<const char*> argv;
    for (const std::string& arg : args) {
        argv.push_back(arg.c_str());
    }
    std::ostringstream out, err;
    const int code = run_cli(static_cast<int>(argv.size()), argv.data(), out, err, nullptr);
    return Outcome{code, out.str(), err.str()};
}

// A report: --no-cache, since a test must not read or fill the user's extraction cache.
Outcome run(std::vector<std::string> args) {
    args.insert(args.begin(), "--no-cache");
    return run_as_typed(std::move(args));
}

const std::string mini_lexicon = std::string(GALASCAN_TEST_DATA_DIR) + "/mini-lexicon.toml";

// A usage error: exit 2, nothing on stdout, one "galascan: " message on stderr.
void check_usage_error(const Outcome& outcome) {
    CAPTURE(outcome.err);
    CHECK(outcome.exit_code == exit_code::usage);
    CHECK(outcome.out.empty());
    CHECK(outcome.err.rfind("galascan: ", 0) == 0);
}

}  // namespace

TEST_CASE("--help prints usage, examples and exit codes on stdout") {
    const Outcome outcome = run({"--help"});
    CHECK(outcome.exit_code == exit_code::success);
    CHECK(outcome.out.find("Examples:") != std::string::npos);
    CHECK(outcome.out.find("--format csv -o overzicht.csv plannen/") != std::string::npos);
    CHECK(outcome.out.find("Exit codes:") != std::string::npos);
    CHECK(outcome.err.empty());
}

TEST_CASE("--version prints the version") {
    const Outcome outcome = run({"--version"});
    CHECK(outcome.exit_code == exit_code::success);
    CHECK(outcome.out.rfind("galascan ", 0) == 0);
}

TEST_CASE("usage errors are one line plus a hint on stderr, exit 2, nothing on stdout") {
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--bogus", "x.pdf"}, {"--format", "xml", "x.pdf"}, {"--color", "sometimes", "x.pdf"}, {}}) {
        const Outcome outcome = run(args);
        check_usage_error(outcome);
        CHECK(outcome.err.find("Run 'galascan --help'") != std::string::npos);
    }
}

TEST_CASE("an option the command does not take is a usage error, not ignored") {
    const std::string plan = std::string(GALASCAN_FIXTURES_DIR) + "/base-text.pdf";
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--format", "csv", "text", plan},  // printed plain text, exit 0
             {"--no-cache", "text", plan},
             {"text", plan, "--format", "csv"},
             {"text", plan, "--require", "all=covered"},
             {"--lexicon", mini_lexicon, "lexicon", "check"},             // checked the built-in lexicon
             {"-o", "/nonexistent-dir/lexicon.toml", "lexicon", "dump"},  // wrote to stdout
             {"--quiet", "cache", "clear"},
             {plan, "explain", plan}}) {
        CAPTURE(args);
        check_usage_error(run_as_typed(args));
    }
}

TEST_CASE("a subcommand takes its own options after its name") {
    const std::string plan = std::string(GALASCAN_FIXTURES_DIR) + "/base-text.pdf";
    const Outcome json = run_as_typed({"text", "--format", "JSON", "--max-pages", "5", plan});
    CHECK(json.exit_code == exit_code::success);
    CHECK(json.out.rfind("{", 0) == 0);
    const Outcome plain = run_as_typed({"text", plan, "--password", "x"});
    CHECK(plain.exit_code == exit_code::success);
    CHECK(plain.out.rfind("p. 1 ", 0) == 0);
    const Outcome explained = run_as_typed({"explain", "--lexicon", mini_lexicon, plan, "mantelzorg"});
    CHECK(explained.exit_code == exit_code::success);
    CHECK(explained.out.find("mantelzorg") != std::string::npos);
}

TEST_CASE("a broken lexicon is a configuration error before any file is read") {
    const std::filesystem::path broken = std::filesystem::temp_directory_path() / "galascan-broken-lexicon.toml";
    std::ofstream(broken) << "[[category]]\nid = \"x\"\nkind = \"theme\nlabel = \"X\"\n";
    const Outcome outcome = run({"--lexicon", broken.string(), "/nonexistent.pdf"});
    std::filesystem::remove(broken);
    CHECK(outcome.exit_code == exit_code::usage);
    CHECK(outcome.out.empty());
    CHECK(outcome.err.find("galascan-broken-lexicon.toml:3:") != std::string::npos);
}

TEST_CASE("a missing file is a row with a reason, and exit 3") {
    const Outcome outcome = run({"--lexicon", mini_lexicon, "--format", "csv", "/nonexistent/plan.pdf"});
    CHECK(outcome.exit_code == exit_code::some_inputs_failed);
    CHECK(outcome.out.find("/nonexistent/plan.pdf,unreadable,cannot open: no such file") != std::string::npos);
    CHECK(outcome.err.find("1 of 1 inputs could not be analysed") != std::string::npos);
}

TEST_CASE("-o writes the report to a file and nothing to stdout") {
    const std::filesystem::path output = std::filesystem::temp_directory_path() / "galascan-run-test.json";
    const Outcome outcome = run({"--lexicon", mini_lexicon, "-f", "json", "-o", output.string(), "/nonexistent.pdf"});
    std::ifstream file(output);
    const std::string written((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::filesystem::remove(output);
    CHECK(outcome.out.empty());
    CHECK(written.find("\"schema_version\": 1") != std::string::npos);
    CHECK(outcome.exit_code == exit_code::some_inputs_failed);
}

TEST_CASE("an output file that cannot be written is exit 4") {
    const Outcome outcome = run({"--lexicon", mini_lexicon, "-o", "/nonexistent-dir/out.csv", "/nonexistent.pdf"});
    CHECK(outcome.exit_code == exit_code::output_failed);
    CHECK(outcome.err.find("cannot write /nonexistent-dir/out.csv") != std::string::npos);
}

TEST_CASE("a numeric option that is not a finite number in its range is a usage error, never a crash") {
    // --timeout nan passed CLI::Range (no comparison with nan is true) and aborted the run with
    // an uncaught std::invalid_argument from the worker pool (exit 134).
    const std::string plan = std::string(GALASCAN_FIXTURES_DIR) + "/base-text.pdf";
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--timeout", "nan", plan},
             {"--timeout", "inf", plan},
             {"--timeout", "-1", plan},
             {"--timeout", "0x10", plan},
             {"--max-memory", "nan", plan},
             {"--max-memory", "-5", plan},
             {"--max-memory", "1e3", plan},
             {"--max-pages", "1.5", plan},
             {"-j", "nan", plan},
             {"-j", "0", plan},
             {"text", "--timeout", "nan", plan},
             {"explain", "--max-memory", "inf", plan},
             {"evaluate", "--min-kappa", "nan", "labels.csv"},
             {"evaluate", "--timeout", "nan", "labels.csv"}}) {
        const Outcome outcome = run_as_typed(args);
        CAPTURE(args);
        check_usage_error(outcome);
        CHECK(outcome.err.rfind("galascan: --", 0) == 0);
        CHECK(outcome.err.find("Run 'galascan --help'") != std::string::npos);
    }
    const Outcome fine = run({"--timeout", "1e2", "--max-memory", "0", "-j", "1", "--format", "csv", plan});
    CHECK(fine.exit_code == exit_code::success);
}

namespace {

int throws_runtime_error(const Options&, const Streams&) {
    throw std::runtime_error("kapot\nin twee regels");
}
int throws_bad_alloc(const Options&, const Streams&) {
    throw std::bad_alloc();
}
int throws_config_error(const Options&, const Streams&) {
    throw ConfigError("lexicon.toml:3:1: fout");
}
int throws_int(const Options&, const Streams&) {
    throw 42;
}

}  // namespace

TEST_CASE("no exception escapes a command: each is a message and a documented exit code") {
    const Options options;
    const auto guarded = [&options](CommandFunction command) {
        std::ostringstream out, err;
        const int code = run_guarded(command, options, Streams{out, err, nullptr});
        CHECK(out.str().empty());
        return Outcome{code, out.str(), err.str()};
    };
    const Outcome runtime = guarded(throws_runtime_error);
    CHECK(runtime.exit_code == exit_code::internal_error);
    CHECK(runtime.err == "galascan: internal error: kapot\\nin twee regels\n");
    const Outcome memory = guarded(throws_bad_alloc);
    CHECK(memory.exit_code == exit_code::internal_error);
    CHECK(memory.err == "galascan: out of memory\n");
    const Outcome config = guarded(throws_config_error);
    CHECK(config.exit_code == exit_code::usage);
    CHECK(config.err == "galascan: lexicon.toml:3:1: fout\n");
    const Outcome unknown = guarded(throws_int);
    CHECK(unknown.exit_code == exit_code::internal_error);
    CHECK(unknown.err == "galascan: internal error: unknown exception\n");
}
