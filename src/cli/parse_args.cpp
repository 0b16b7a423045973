#include "cli/parse_args.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/core.h>
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/command_line.hpp"
#include "cli/command_options.hpp"
#include "cli/did_you_mean.hpp"
#include "cli/exit_codes.hpp"
#include "cli/version_text.hpp"
#include "report/sanitise.hpp"
#include "version.hpp"

namespace galascan {

namespace {

constexpr const char* description =
    "galascan: how well do Dutch municipal plans (GALA, sociale basis) cover the mandatory themes\n"
    "and the six bouwstenen? Reads PDFs and folders of PDFs, grades every theme and bouwsteen\n"
    "absent / mentioned / covered, and shows the evidence (page, snippet) behind each grade.";

// -h: what a person at a terminal needs to start, on one screen; --help has the rest.
constexpr const char* short_help = R"(Usage: galascan [OPTIONS] PATH...
Grades how well Dutch municipal plans (PDF files, or folders of them) cover the mandatory
GALA themes and the six bouwstenen: absent / mentioned / covered, with the page and words
behind each grade.

Common options:
  -f, --format FORMAT   table (default), csv, csv-long, xlsx, json or jsonl
  -o, --output FILE     write the report to FILE instead of standard output
  --require RULE        exit 1 when a plan grades below RULE (themes=mentioned, all=covered,
                        mantelzorg=covered, ...)
  --lexicon FILE        grade by your own lexicon instead of the built-in one
  -j, --jobs N          files read at once (default: one per core)

Examples:
  galascan concept-visie.pdf
  galascan --format csv -o overzicht.csv plannen/
  galascan explain plan.pdf mantelzorg

Commands: text, explain, evaluate, merge, diff, lexicon dump, lexicon check, cache clear, completions.
Every option, exit code and environment variable: galascan --help
)";

constexpr const char* footer = R"(Examples:
  galascan concept-visie.pdf
      check one draft in the terminal: each theme's grade with the best evidence lines
  galascan --format csv -o overzicht.csv plannen/
      every PDF below plannen/ into one CSV for a spreadsheet (one row per file)
  galascan --format csv --csv-dialect excel-nl -o overzicht.csv plannen/
      the same for Dutch Excel (';', a UTF-8 byte-order mark): opens by double-click
  galascan --format xlsx -o overzicht.xlsx plannen/
      a workbook: grades coloured per category, the evidence, the files not analysed
  galascan --format csv-long -o bewijs.csv plannen/
      a row per document, category and evidence line (page, entry, snippet, rule)
  galascan --format json plannen/ | jq '.documents[] | {file, status}'
      JSON for a script (schema in docs/output-formats.md)
  GALASCAN_PASSWORD=geheim galascan beveiligd.pdf
      a password-protected PDF
  galascan --require themes=mentioned --require mantelzorg=covered --format csv plannen/
      in CI: the CSV on stdout, and exit 1 with the shortfalls on stderr when a plan
      does not name every theme or does not work out mantelzorg
  galascan --list-files --exclude concepten --max-depth 2 plannen/
      the files a run would read: in plannen/ and its subfolders, hidden ones and any
      folder named concepten left out (--glob, --hidden, --files-from: see above)
  galascan -j 8 --format jsonl --stats archief/ > archief.jsonl
      hundreds of plans on 8 worker processes, one JSON line per plan as it is done
      (in input order) and a summary line; files done, pages and time on stderr
  galascan explain plan.pdf mantelzorg
      why mantelzorg got its grade: the rule, and every hit with page, block kind,
      lexicon entry and snippet (without CATEGORY: all categories and the lines set aside)
  galascan text plan.pdf
      the text as galascan reads it: one block per line with page and kind
      (heading, paragraph, list, table, toc, furniture); --format json for a script
  galascan lexicon dump > mijn-lexicon.toml
      the built-in lexicon as a starting point for your own (docs/lexicon-format.md)
  galascan lexicon check mijn-lexicon.toml && galascan --lexicon mijn-lexicon.toml plannen/
      test a lexicon (syntax, dead or duplicate entries, its example sentences) before use;
      exit 0 when sound, 1 when not
  galascan diff --fail-on dropped concept.pdf vastgesteld.pdf
      what changed between two versions (PDFs, folders or JSON reports): each category's
      grade before and after, the evidence that went or came; exit 1 when one dropped to absent
  galascan evaluate --split test labels.csv
      how often galascan agrees with your own labelled plans (file,category,grade[,split]):
      accuracy, kappa, detection F1, every disagreement with galascan's reason

Batches: each file is read in a worker process (-j, default one per core), so a PDF
that crashes or hangs Poppler becomes a row with status crashed, timeout, memory_limit or
page_limit and the batch goes on. A worker's memory is bounded (--max-memory): an
allocation past it fails at once, so a decompression bomb costs neither time nor memory.
Extracted text is cached under $XDG_CACHE_HOME/galascan (else ~/.cache/galascan; at most
1 GiB, least recently used entries go first), keyed by the file's content: a re-run after
a lexicon change skips Poppler. A progress line appears on stderr only when stderr is a
terminal.

Exit codes:
  0  every input was analysed
  1  a document graded below a --require rule (stderr names document, category, grade);
     evaluate: a figure below its --min-* floor; diff --fail-on: a category dropped (or weakened)
  2  usage or configuration error (bad option, broken lexicon): nothing analysed
  3  the run finished, but some inputs could not be analysed (their rows say why,
     and stderr names the first five);
     3 wins over 1
  4  the report could not be written
  5  galascan itself failed (out of memory, a bug): the report is missing or incomplete

Environment: GALASCAN_PASSWORD (as --password), NO_COLOR (no colours, as --color never), TERM=dumb (no colours, no progress line),
XDG_CACHE_HOME / HOME (where the cache lives), GALASCAN_CONFIG (the configuration file; else
$XDG_CONFIG_HOME/galascan/config.toml, else ~/.config/galascan/config.toml).
Configuration file: TOML, a team's settings; the command line wins, --no-config ignores it. Keys:
lexicon (relative to the file), require, jobs, format, color, timeout, max-memory, max-pages,
cache (false: --no-cache), tag-from-path.
Documentation: README.md, docs/output-formats.md, docs/architecture.md.)";

// Groups of subcommands ("galascan lexicon dump"), by name; a group alone is no command.
const std::map<std::string_view, const char*> subcommand_groups{
    {"lexicon", "Work on lexicons: dump the built-in one, check one"},
    {"cache", "Manage the extraction cache"},
};

// Every subcommand: its group (nullptr: none), its name, what its --help says, the options it
// takes and the function that runs it. The report, galascan [OPTIONS] PATH..., is the app itself.
struct Subcommand {
    const char* group;
    const char* name;
    const char* description;
    const char* footer;
    void (*add_options)(CLI::App& command, Options& options);
    CommandFunction run;
};

constexpr Subcommand subcommands[] = {
    {nullptr, "text", "Print the structured text galascan reads from one PDF, a block per line",
     "Examples:\n"
     "  galascan text plan.pdf\n"
     "  galascan text --format json -o plan.json plan.pdf\n"
     "Each line: page, kind (heading, paragraph, list, table, toc, furniture), text.\n"
     "Exit codes: 0 done; 2 usage error; 3 the PDF could not be read; 4 the output could not be written.",
     add_text_options, run_text},
    {"lexicon", "dump", "Print the built-in lexicon (TOML) as a starting point",
     "Example:\n  galascan lexicon dump > mijn-lexicon.toml", add_no_options, run_lexicon_dump},
    {"lexicon", "check",
     "Check lexicon files (the built-in lexicon without FILE): syntax, entries that can never match, "
     "duplicates, redundant entries, overlaps, example sentences. Exit 0 sound, 1 not.",
     "Example:\n  galascan lexicon check mijn-lexicon.toml && galascan --lexicon mijn-lexicon.toml plannen/\n"
     "Exit codes: 0 sound; 1 not sound; 2 a file could not be read.",
     add_lexicon_check_options, run_lexicon_check},
    {nullptr, "explain",
     "Show why each category got its grade: the rule, every hit (page, block kind, entry, snippet), "
     "and the lines set aside",
     "Examples:\n"
     "  galascan explain plan.pdf mantelzorg\n"
     "  galascan explain --lexicon mijn-lexicon.toml plan.pdf\n"
     "Exit codes: 0 done; 2 usage error, a broken lexicon or an unknown CATEGORY; 3 the PDF could not be\n"
     "read; 4 the output could not be written.",
     add_explain_options, run_explain},
    {nullptr, "evaluate",
     "Measure galascan against an analyst's labels: accuracy, kappa, detection F1 per split and category, "
     "and every disagreement with galascan's reason",
     "Examples:\n"
     "  galascan evaluate mijn-labels.csv\n"
     "  galascan evaluate --root /data/plannen --split test --format json -o meting.json labels.csv\n"
     "  galascan evaluate --root . eval/labels.csv --min-accuracy 0.78 --min-kappa 0.81\n"
     "LABELS.csv: a header with file,category,grade (absent, mentioned or covered) and optionally split;\n"
     "a row per file and category id. Floors are fractions, like kappa (0.78, not 78).\n"
     "Exit codes: 0 done, every floor met; 1 a figure below its floor (stderr names it and the split);\n"
     "2 usage error, a broken lexicon or labels file; 3 a labelled file could not be analysed (3 wins\n"
     "over 1); 4 the output could not be written.",
     add_evaluate_options, run_evaluate},
    {nullptr, "merge",
     "Merge reports of parts of one batch (JSON or JSON Lines, as galascan wrote them) into one report, "
     "in any format",
     "Examples:\n"
     "  galascan -f jsonl -o deel1.jsonl plannen/a-m && galascan -f jsonl -o deel2.jsonl plannen/n-z\n"
     "  galascan merge -f csv -o alle.csv deel1.jsonl deel2.jsonl\n"
     "  cat shards/*.jsonl | galascan merge --require themes=mentioned -\n"
     "Documents come in order of path, as one run over a folder holding them all gives them; a file in\n"
     "two reports is kept once when both say the same of it. The reports must come from the same\n"
     "galascan and lexicon. Exit codes as for the report: 0 every document analysed, every --require\n"
     "met; 1 a requirement not met; 2 usage error, or a report that cannot be read or merged; 3 some\n"
     "documents could not be analysed; 4 the output could not be written.",
     add_merge_options, run_merge},
    {nullptr, "diff",
     "Show what changed between two versions of plans: per document and category the grade before and after "
     "(dropped, weakened, appeared, strengthened) and the evidence that appeared or disappeared",
     "Examples:\n"
     "  galascan diff concept.pdf vastgesteld.pdf\n"
     "  galascan diff --fail-on dropped vorig-jaar.json plannen/\n"
     "  galascan diff -f csv -o verschil.csv plannen-2024/ plannen-2025/\n"
     "OLD and NEW are each a PDF, a folder of PDFs or a JSON/JSONL report of galascan (PDFs are analysed\n"
     "with the lexicon given; a report must have been graded with the same categories). Documents are\n"
     "paired by path below each side's folder, a renamed file by its content; one PDF against one PDF\n"
     "compares those two.\n"
     "Exit codes: 0 done, nothing --fail-on names happened; 1 --fail-on dropped: a category dropped to\n"
     "absent, --fail-on weakened: any grade went down; 2 usage error, a side missing or unreadable,\n"
     "sides graded with different lexicons; 3 some PDFs could not be analysed (3 wins over 1); 4 the\n"
     "output could not be written.",
     add_diff_options, run_diff},
    {nullptr, "completions",
     "Print a completion script for bash, fish or zsh (commands, options, formats, category ids)",
     "Examples:\n"
     "  source <(galascan completions bash)\n"
     "  galascan completions fish > ~/.config/fish/completions/galascan.fish\n"
     "  galascan completions zsh > ~/.zfunc/_galascan   # a folder in $fpath, before compinit\n"
     "cmake --install installs all three (share/bash-completion, share/fish/vendor_completions.d,\n"
     "share/zsh/site-functions).",
     add_completions_options, run_completions},
    {"cache", "clear", "Remove every cached extraction",
     "The cache is $XDG_CACHE_HOME/galascan (else ~/.cache/galascan).\n"
     "Exit codes: 0 done; 2 neither XDG_CACHE_HOME nor HOME is set.",
     add_no_options, run_cache_clear},
};

// Adds every subcommand to `app`, each group where it is first named.
std::vector<AddedSubcommand> add_subcommands(CLI::App& app, Options& options) {
    std::map<std::string_view, CLI::App*> groups;
    std::vector<AddedSubcommand> added;
    for (const Subcommand& subcommand : subcommands) {
        CLI::App* parent = &app;
        if (subcommand.group != nullptr) {
            CLI::App*& group = groups[subcommand.group];
            if (group == nullptr) {
                group = app.add_subcommand(subcommand.group, subcommand_groups.at(subcommand.group));
                group->set_help_flag("-h,--help", "Print this help message and exit");
                group->footer("");
                group->require_subcommand(1);
            }
            parent = group;
        }
        CLI::App* command = parent->add_subcommand(subcommand.name, subcommand.description);
        command->set_help_flag("-h,--help", "Print this help message and exit");  // the app's -h is the short help
        command->footer(subcommand.footer);
        subcommand.add_options(*command, options);
        added.push_back({command, subcommand.run});
    }
    return added;
}

ParsedArgs message(int exit_code, std::string text, bool is_error) {
    ParsedArgs parsed;
    parsed.exit_code = exit_code;
    parsed.message = std::move(text);
    parsed.message_is_error = is_error;
    return parsed;
}

// `what` quotes the arguments (CLI11's messages too): a file named "-\e]0;x\a.pdf" must not
// retitle the terminal, so its controls are escaped here, where every usage error passes.
ParsedArgs usage_error(const std::string& what) {
    return message(exit_code::usage,
                   fmt::format("galascan: {}\nRun 'galascan --help' for usage and examples.\n", escape_controls(what)),
                   true);
}

// The report's options given before a subcommand's name ("galascan --format csv text x.pdf")
// would be ignored by it: say so, instead of printing something other than asked.
std::optional<std::string> report_option_before(const CLI::App& app, const CLI::App& command) {
    for (const CLI::Option* option : app.get_options()) {
        if (option->count() == 0) {
            continue;
        }
        const std::string name = full_name(command);
        if (option->get_positional()) {
            return fmt::format("{} before '{}': 'galascan {}' takes its arguments after its name",
                               option->results().front(), name, name);
        }
        return fmt::format(
            "{} is an option of the report (galascan [OPTIONS] PATH...), not of 'galascan {}' "
            "(galascan {} --help lists what it takes)",
            option->get_name(), name, name);
    }
    return std::nullopt;
}

}  // namespace

std::string full_name(const CLI::App& command) {
    std::string name = command.get_name();
    for (const CLI::App* parent = command.get_parent(); parent->get_parent() != nullptr;
         parent = parent->get_parent()) {
        name = parent->get_name() + " " + name;
    }
    return name;
}

std::vector<AddedSubcommand> build_app(CLI::App& app, Options& options, bool& wants_short_help) {
    app.footer(footer);
    app.set_help_flag("--help", "Print the full help (every option, examples, exit codes, environment) and exit");
    app.add_flag("-h", wants_short_help, "Print a short help (the common options, three examples) and exit");
    app.set_version_flag("-V,--version", fmt::format("galascan {}", version));
    app.get_formatter()->column_width(28);
    add_report_options(app, options);
    return add_subcommands(app, options);
}

namespace {

// What one parse of a command line found, besides ParsedArgs: for the configuration file.
struct ParseDetail {
    std::string command;              // the command's full name; "" the report
    std::vector<std::string> given;   // the long options given, "--jobs"
    std::string error;                // a usage error's own words, before usage_error's framing
};

void note_given(const CLI::App& command, ParseDetail& detail) {
    for (const CLI::Option* option : command.get_options()) {
        if (option->count() > 0) {
            for (const std::string& name : option->get_lnames()) {
                detail.given.push_back("--" + name);
            }
        }
    }
}

ParsedArgs parse_command_line(const std::vector<std::string>& args, ParseDetail& detail) {
    std::vector<const char*> pointers;
    for (const std::string& arg : args) {
        pointers.push_back(arg.c_str());
    }
    const int argc = static_cast<int>(pointers.size());
    const char* const* argv = pointers.data();
    ParsedArgs parsed;
    CLI::App app(description, "galascan");
    bool wants_short_help = false;
    const std::vector<AddedSubcommand> added = build_app(app, parsed.options, wants_short_help);
    const auto refuse = [&detail](const std::string& what) {
        detail.error = what;
        return usage_error(what);
    };
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        return message(exit_code::success, app.help(), false);  // the help of the subcommand named, if any
    } catch (const CLI::CallForVersion&) {
        return message(exit_code::success, version_text(), false);
    } catch (const CLI::RequiredError& error) {
        const std::optional<std::string> group = unknown_group_command(app, argc, argv);
        return refuse(group ? *group : std::string(error.what()));
    } catch (const CLI::ParseError& error) {
        return refuse(with_option_suggestion(app, error.what()));
    }
    if (wants_short_help) {
        return message(exit_code::success, short_help, false);
    }
    for (const AddedSubcommand& subcommand : added) {
        if (subcommand.command->parsed()) {
            if (const std::optional<std::string> refused = report_option_before(app, *subcommand.command)) {
                return refuse(*refused);
            }
            detail.command = full_name(*subcommand.command);
            note_given(*subcommand.command, detail);
            parsed.reads_config = subcommand.command->get_option_no_throw("--no-config") != nullptr;
            parsed.command = subcommand.run;
            return parsed;
        }
    }
    if (parsed.options.paths.empty() && parsed.options.inputs.files_from.empty()) {
        return refuse("no input: give PDF files or folders");
    }
    if (const std::optional<std::string> command = mistyped_command(parsed.options.paths, added)) {
        return refuse(*command);
    }
    note_given(app, detail);
    parsed.reads_config = true;
    parsed.command = run_report;
    return parsed;
}

// `args` with `arguments` added where options still count: before a "--" that ends them.
std::vector<std::string> with_arguments(std::vector<std::string> args, const std::vector<std::string>& arguments) {
    auto end = std::find(args.begin() + 1, args.end(), std::string("--"));
    args.insert(end, arguments.begin(), arguments.end());
    return args;
}

}  // namespace

ParsedArgs parse_args(int argc, const char* const* argv, const ConfigFile* config) {
    const std::vector<std::string> args(argv, argv + argc);
    ParseDetail detail;
    ParsedArgs parsed = parse_command_line(args, detail);
    if (config == nullptr || parsed.command == nullptr) {
        return parsed;
    }
    // Each setting for this command that the command line leaves unset, as its arguments.
    std::vector<const ConfigSetting*> used;
    std::vector<std::string> arguments;
    for (const ConfigSetting& setting : config->settings) {
        const std::vector<std::string>& commands = setting.commands;
        const std::vector<std::string>& given = detail.given;
        if (std::find(commands.begin(), commands.end(), detail.command) == commands.end() ||
            std::find(given.begin(), given.end(), setting.option) != given.end()) {
            continue;
        }
        used.push_back(&setting);
        arguments.insert(arguments.end(), setting.arguments.begin(), setting.arguments.end());
    }
    ParseDetail with_config;
    ParsedArgs configured = parse_command_line(with_arguments(args, arguments), with_config);
    if (configured.command != nullptr) {
        return configured;
    }
    // A value the option refuses: name the key that gave it, and where.
    for (const ConfigSetting* setting : used) {
        ParseDetail alone;
        if (parse_command_line(with_arguments(args, setting->arguments), alone).command == nullptr) {
            return usage_error(fmt::format("{}: '{}': {}", setting->where, setting->key, alone.error));
        }
    }
    return usage_error(fmt::format("{}: {}", config->path, with_config.error));
}

}  // namespace galascan
