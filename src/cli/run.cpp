// run_cli: the command line in, an exit code out. parse_args says which command to run and
// with what; the environment is read here, once; the command runs; configuration errors, and
// anything else that escapes a command, are said here, once: no exception leaves run_cli.

#include "cli/run.hpp"

#include <cstdlib>
#include <optional>
#include <string_view>
#include <exception>
#include <iostream>
#include <new>

#include <fmt/core.h>

#include "batch/test_faults.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/parse_args.hpp"
#include "lexicon/load_lexicon.hpp"
#include "store/atomic_file.hpp"
#include "store/cache.hpp"

namespace galascan {

namespace {

// The environment: where the cache lives, the password (--password wins), the test faults.
void read_environment(Options& options) {
    options.batch.cache_directory = default_cache_directory(std::getenv("XDG_CACHE_HOME"), std::getenv("HOME"));
    const char* password = std::getenv("GALASCAN_PASSWORD");
    if (password != nullptr && options.pipeline.extract.password.empty()) {
        options.pipeline.extract.password = password;
    }
    const char* faults = std::getenv(test_faults_variable);
    options.batch.test_faults = faults != nullptr && std::string_view(faults) == "1";
}

}  // namespace

bool deliver(const std::string& content, const OutputOptions& options, std::ostream& out, std::ostream& err) {
    if (!options.output_file.empty()) {
        // Never half-written: an interrupted or failed run leaves the previous report whole.
        if (const std::optional<FileWriteError> failure =
                write_file_atomically(options.output_file, {content}, FilePermissions::as_new_file)) {
            err << "galascan: " << escape_for_message(failure->message) << '\n';
            return false;
        }
        return true;
    }
    out << content;
    out.flush();
    if (!out) {
        err << "galascan: cannot write the report to standard output\n";
        return false;
    }
    return true;
}

int run_guarded(CommandFunction command, const Options& options, const Streams& streams) {
    try {
        return command(options, streams);
    } catch (const ConfigError& error) {
        streams.err << "galascan: " << escape_for_message(error.what()) << '\n';
        return exit_code::usage;
    } catch (const std::bad_alloc&) {
        // Said without building a message that could need memory of its own.
        streams.err << "galascan: out of memory\n";
        return exit_code::internal_error;
    } catch (const std::exception& error) {
        streams.err << "galascan: internal error: " << escape_for_message(error.what()) << '\n';
        return exit_code::internal_error;
    } catch (...) {
        streams.err << "galascan: internal error: unknown exception\n";
        return exit_code::internal_error;
    }
}

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err, std::FILE* out_file) {
    ParsedArgs parsed;
    try {
        parsed = parse_args(argc, argv);
    } catch (const std::exception& error) {  // only bad_alloc is expected: CLI11's errors are caught inside
        err << "galascan: internal error: " << escape_for_message(error.what()) << '\n';
        return exit_code::internal_error;
    }
    if (parsed.command == nullptr) {
        (parsed.message_is_error ? err : out) << parsed.message;
        return parsed.exit_code;
    }
    Options options = parsed.options;
    read_environment(options);
    // -o into a missing or read-only folder is said now, not after a 400-file run.
    if (!options.output.output_file.empty()) {
        if (const std::optional<FileWriteError> failure = check_writable(options.output.output_file)) {
            err << "galascan: " << escape_for_message(failure->message) << '\n';
            return exit_code::output_failed;
        }
    }
    return run_guarded(parsed.command, options, Streams{out, err, out_file, &std::cin});
}

}  // namespace galascan
