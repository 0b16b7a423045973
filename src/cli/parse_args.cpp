#include "cli/parse_args.hpp"

#include <cctype>
#include <string_view>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "cli/exit_codes.hpp"
#include "version.hpp"

namespace galascan {

namespace {

constexpr const char* description =
    "galascan: how well do Dutch municipal plans (GALA, sociale basis) cover the mandatory themes\n"
    "and the six bouwstenen? Reads PDFs and folders of PDFs, grades every theme and bouwsteen\n"
    "absent / mentioned / covered, and shows the evidence (page, snippet) behind each grade.";

constexpr const char* footer = R"(Examples:
  galascan concept-visie.pdf
      check one draft in the terminal: each theme's grade with the best evidence lines
  galascan --format csv -o overzicht.csv plannen/
      every PDF below plannen/ into one CSV for a spreadsheet (one row per file)
  galascan --format json plannen/ | jq '.documents[] | {file, status}'
      JSON for a script (schema in docs/output-formats.md)
  GALASCAN_PASSWORD=geheim galascan beveiligd.pdf
      a password-protected PDF
  galascan --require themes=mentioned --require mantelzorg=covered --format csv plannen/
      in CI: the CSV on stdout, and exit 1 with the shortfalls on stderr when a plan
      does not name every theme or does not work out mantelzorg
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

Batches: each file is read in a worker process (-j, default one per core), so a PDF
that crashes or hangs Poppler becomes a row with status crashed, timeout, memory_limit or
page_limit and the batch goes on. Extracted text is cached under $XDG_CACHE_HOME/galascan
(else ~/.cache/galascan; at most 1 GiB, least recently used entries go first), keyed by
the file's content: a re-run after a lexicon change skips Poppler. A progress line appears
on stderr only when stderr is a terminal.

Exit codes:
  0  every input was analysed
  1  a document graded below a --require rule (stderr names document, category, grade)
  2  usage or configuration error (bad option, broken lexicon): nothing analysed
  3  the run finished, but some inputs could not be analysed (their rows say why);
     3 wins over 1
  4  the report could not be written

Environment: GALASCAN_PASSWORD (as --password), NO_COLOR (no colours, as --color never),
XDG_CACHE_HOME / HOME (where the cache lives).
Documentation: README.md, docs/output-formats.md, docs/architecture.md.)";

void add_input_options(CLI::App& app, Options& options) {
    app.add_option("paths", options.paths, "PDF files, or folders searched recursively for *.pdf")
        ->type_name("PATH");
    app.add_option("--password", options.pipeline.extract.password,
                   "Password for encrypted PDFs (tried as owner and user password)")
        ->envname("GALASCAN_PASSWORD")
        ->type_name("TEXT");
    app.add_option("--lexicon", options.pipeline.lexicon_files,
                   "Lexicon TOML file replacing the built-in one (repeat to combine files)")
        ->allow_extra_args(false)  // one file per --lexicon, so it cannot swallow the PDF paths
        ->type_name("FILE");
    app.add_option("--require", options.requirements,
                   "Fail (exit 1) when a document grades below RULE: CATEGORY=GRADE, e.g. themes=mentioned, "
                   "bouwstenen=mentioned, mantelzorg=covered, all=mentioned (repeatable)")
        ->allow_extra_args(false)
        ->type_name("RULE");
}

void add_batch_options(CLI::App& app, Options& options) {
    app.add_option("-j,--jobs", options.batch.jobs, "Worker processes reading files at once (default: one per core)")
        ->check(CLI::Range(1, 512))
        ->type_name("N");
    app.add_option("--timeout", options.batch.timeout_seconds,
                   "Stop reading a file after SECONDS (status timeout); 0: no limit")
        ->default_val(options.batch.timeout_seconds)
        ->check(CLI::Range(0.0, 86400.0))
        ->type_name("SECONDS");
    app.add_option("--max-pages", options.pipeline.extract.max_pages,
                   "Do not read a file with more pages (status page_limit); 0: no limit")
        ->default_val(options.pipeline.extract.max_pages)
        ->check(CLI::Range(0, 10000000))
        ->type_name("N");
    app.add_option("--max-memory", options.batch.memory_limit_mb,
                   "Stop reading a file when its worker uses more memory (status memory_limit); 0: no limit")
        ->default_val(options.batch.memory_limit_mb)
        ->check(CLI::Range(0, 1 << 20))
        ->type_name("MB");
    app.add_flag_callback("--no-cache", [&options] { options.batch.use_cache = false; },
                          "Neither read nor write the extraction cache");
}

// The words users type for enumerated options; parse_args maps them after parsing so that
// a bad value gets CLI11's plain "not in {...}" message rather than a transformer's.
struct OutputWords {
    std::string format = "table";
    std::string color = "auto";
};

void add_output_options(CLI::App& app, Options& options, OutputWords& words) {
    app.add_option("-f,--format", words.format,
                   "Output format: table (default), csv, json, or jsonl (a JSON line per document as it is done, "
                   "then a summary line)")
        ->check(CLI::IsMember({"table", "csv", "json", "jsonl"}, CLI::ignore_case))
        ->type_name("FORMAT");
    app.add_option("-o,--output", options.output.output_file, "Write the report to FILE instead of standard output")
        ->type_name("FILE");
    app.add_option("--color", words.color,
                   "Colour in the table: auto (default: only on a terminal, not with NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}, CLI::ignore_case))
        ->type_name("WHEN");
    app.add_flag("-q,--quiet", options.output.quiet,
                 "No progress line, warnings or closing count on stderr (errors and --require shortfalls stay)");
    app.add_flag("--stats", options.output.stats,
                 "Print files, pages, failures and time to stderr at the end, and add time to JSON's summary");
}

void apply_output_words(const OutputWords& words, OutputOptions& output) {
    const auto is = [](std::string word, std::string_view expected) {
        for (char& c : word) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return word == expected;
    };
    output.format = is(words.format, "csv")     ? OutputFormat::csv
                    : is(words.format, "json")  ? OutputFormat::json
                    : is(words.format, "jsonl") ? OutputFormat::jsonl
                                                : OutputFormat::table;
    output.color = is(words.color, "always") ? ColorMode::always
                   : is(words.color, "never") ? ColorMode::never
                                              : ColorMode::automatic;
}

// `galascan text FILE [--format plain|json]`: what galascan reads, block by block.
CLI::App* add_text_command(CLI::App& app, Options& options, OutputWords& words) {
    CLI::App* text = app.add_subcommand("text", "Print the structured text galascan reads from one PDF, a block per line");
    text->add_option("file", options.paths, "The PDF")->required()->expected(1)->type_name("FILE");
    text->add_option("-f,--format", words.format, "plain (default) or json")
        ->check(CLI::IsMember({"plain", "json"}, CLI::ignore_case))
        ->type_name("FORMAT");
    text->fallthrough();  // --password, -o and --color may come after "text" too
    return text;
}

struct LexiconCommands {
    CLI::App* lexicon;
    CLI::App* dump;
    CLI::App* check;
};

// `galascan lexicon dump` and `galascan lexicon check [FILE...]`.
LexiconCommands add_lexicon_commands(CLI::App& app, Options& options) {
    CLI::App* lexicon = app.add_subcommand("lexicon", "Work on lexicons: dump the built-in one, check one");
    lexicon->require_subcommand(1);
    CLI::App* dump = lexicon->add_subcommand("dump", "Print the built-in lexicon (TOML) as a starting point");
    CLI::App* check = lexicon->add_subcommand(
        "check", "Check lexicon files (the built-in lexicon without FILE): syntax, entries that can never match, "
                 "duplicates, redundant entries, overlaps, example sentences. Exit 0 sound, 1 not.");
    check->add_option("files", options.paths, "Lexicon TOML files, read together as --lexicon would")
        ->type_name("FILE");
    return {lexicon, dump, check};
}

// `galascan cache clear`.
CLI::App* add_cache_command(CLI::App& app) {
    CLI::App* cache = app.add_subcommand("cache", "Manage the extraction cache");
    cache->require_subcommand(1);
    return cache->add_subcommand("clear", "Remove every cached extraction");
}

// `galascan explain FILE [CATEGORY]`.
CLI::App* add_explain_command(CLI::App& app, Options& options, std::string& file) {
    CLI::App* explain = app.add_subcommand(
        "explain", "Show why each category got its grade: the rule, every hit (page, block kind, entry, snippet), "
                   "and the lines set aside");
    explain->add_option("file", file, "The PDF")->required()->type_name("FILE");
    explain->add_option("category", options.explain_category, "Only this category id (e.g. mantelzorg)")
        ->type_name("CATEGORY");
    explain->fallthrough();  // --password and --lexicon may come after "explain" too
    return explain;
}

ParsedArgs message(int exit_code, std::string text, bool is_error) {
    ParsedArgs parsed;
    parsed.exit_code = exit_code;
    parsed.message = std::move(text);
    parsed.message_is_error = is_error;
    return parsed;
}

ParsedArgs usage_error(const std::string& what) {
    return message(exit_code::usage, fmt::format("galascan: {}\nRun 'galascan --help' for usage and examples.\n", what),
                   true);
}

}  // namespace

ParsedArgs parse_args(int argc, const char* const* argv) {
    ParsedArgs parsed;
    CLI::App app(description, "galascan");
    app.footer(footer);
    app.set_version_flag("-V,--version", fmt::format("galascan {}", version));
    app.get_formatter()->column_width(28);
    add_input_options(app, parsed.options);
    add_batch_options(app, parsed.options);
    OutputWords output_words;
    add_output_options(app, parsed.options, output_words);
    const CLI::App* text_command = add_text_command(app, parsed.options, output_words);
    const LexiconCommands lexicon_commands = add_lexicon_commands(app, parsed.options);
    std::string explain_file;
    const CLI::App* explain_command = add_explain_command(app, parsed.options, explain_file);
    const CLI::App* cache_clear_command = add_cache_command(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        for (const CLI::App* command : std::initializer_list<const CLI::App*>
             {lexicon_commands.check, lexicon_commands.dump, lexicon_commands.lexicon, explain_command, text_command,
              cache_clear_command, cache_clear_command->get_parent()}) {
            if (command->parsed()) {
                return message(exit_code::success, command->help(), false);
            }
        }
        return message(exit_code::success, app.help(), false);
    } catch (const CLI::CallForVersion&) {
        return message(exit_code::success, fmt::format("galascan {}\n", version), false);
    } catch (const CLI::ParseError& error) {
        return usage_error(error.what());
    }
    apply_output_words(output_words, parsed.options.output);
    if (text_command->parsed()) {
        parsed.options.command = Command::text;
    }
    if (explain_command->parsed()) {
        parsed.options.command = Command::explain;
        parsed.options.paths = {explain_file};
    }
    if (lexicon_commands.dump->parsed() || lexicon_commands.check->parsed()) {
        parsed.options.command = lexicon_commands.dump->parsed() ? Command::lexicon_dump : Command::lexicon_check;
        parsed.run = true;
        return parsed;
    }
    if (cache_clear_command->parsed()) {
        parsed.options.command = Command::cache_clear;
        parsed.run = true;
        return parsed;
    }
    if (parsed.options.paths.empty()) {
        return usage_error("no input: give PDF files or folders");
    }
    parsed.run = true;
    return parsed;
}

}  // namespace galascan
