#pragma once
// The options each command takes, one adder per command, for parse_args.cpp's subcommand table.
// CLI11 stays inside cli/: callers see only a forward declaration of CLI::App.

namespace CLI {
class App;
}

namespace galascan {

struct Options;

// galascan [OPTIONS] PATH...: the options of the app itself.
void add_report_options(CLI::App& app, Options& options);

void add_merge_options(CLI::App& merge, Options& options);
void add_diff_options(CLI::App& diff, Options& options);
void add_text_options(CLI::App& text, Options& options);
void add_explain_options(CLI::App& explain, Options& options);
void add_lexicon_check_options(CLI::App& check, Options& options);
void add_evaluate_options(CLI::App& evaluate, Options& options);
void add_no_options(CLI::App& command, Options& options);  // lexicon dump, cache clear
void add_completions_options(CLI::App& completions, Options& options);

}  // namespace galascan
