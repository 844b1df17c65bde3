// recon settle FILE...: the period job. The options become a recon::RunOptions, the library does the
// run (recon/run/settle_run.hpp), and this file renders what it found.

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <date/tz.h>

#include "command.hpp"
#include "output_options.hpp"
#include "progress_bar.hpp"
#include "recon/base/comma_list.hpp"
#include "recon/base/input_error.hpp"
#include "recon/export/json_names.hpp"
#include "recon/export/report_json.hpp"
#include "recon/run/input_files.hpp"
#include "recon/run/settle_run.hpp"
#include "settle_text.hpp"

namespace recon::cli {
namespace {

struct SettleOptions {
  RunInputs inputs;
  std::string bank_currency;
  std::string bank_date_format;
  std::string bank_columns;
  int deposit_window = 7;
  std::string amazon_pattern = "AMAZON,AMZN";
  std::optional<std::string> book_path;
  bool no_book = false;
  std::string journal_path;
  std::string exceptions_path;
  std::string journal_format;
  std::string map_path;
  std::string split = "none";
  std::string split_timezone = "UTC";
  PostingOptions posting;
  JournalExportOptions export_options;
  std::string home_currency;
  std::string date_format;
  bool no_open = false;
  std::vector<std::string> clearing_openings;
  std::vector<std::string> reexport;
  OutputOptions output;
};

[[noreturn]] void usage_error(const std::string& option, const std::string& message, const std::string& hint) {
  throw InputError(option, 0, message).with_hint(hint);
}

std::optional<Currency> currency_option(const std::string& option, const std::string& code) {
  if (code.empty()) return std::nullopt;
  const auto currency = Currency::from_code(code);
  if (!currency) usage_error(option, "unknown currency '" + code + "'", "Use an ISO 4217 code such as USD.");
  return currency;
}

// ACCOUNT=AMOUNT, or AMOUNT alone for the journal's only clearing account.
ClearingOpening clearing_opening(const std::string& text) {
  const auto equals = text.rfind('=');
  if (equals == std::string::npos) return {"", text};
  return {text.substr(0, equals), text.substr(equals + 1)};
}

std::optional<JournalOutput> journal_output(const SettleOptions& options) {
  if (options.journal_path.empty()) return std::nullopt;
  auto format = options.journal_format.empty() ? journal_format_for_path(options.journal_path)
                                               : journal_format_named(options.journal_format);
  if (!format) {
    usage_error(options.journal_path, "cannot tell the journal format from the file name",
                "Use the extension .beancount, .journal, .ledger or .csv, or name the format with "
                "--journal-format (beancount, hledger, ledger, csv, qbo, xero).");
  }
  JournalExportOptions export_options = options.export_options;
  export_options.home_currency = currency_option("--home-currency", options.home_currency);
  if (!options.date_format.empty()) export_options.date_format = csv_date_format_named(options.date_format);
  export_options.open_directives = !options.no_open;
  for (const auto& opening : options.clearing_openings) export_options.clearing_openings.push_back(clearing_opening(opening));
  std::vector<ReexportRequest> reexport;
  reexport.reserve(options.reexport.size());
  for (const auto& text : options.reexport) reexport.push_back(parse_reexport(text));
  return JournalOutput{options.journal_path, *format, export_options, reexport};
}

std::optional<ExceptionsOutput> exceptions_output(const std::string& path) {
  if (path.empty()) return std::nullopt;
  const auto format = exceptions_format_for_path(path);
  if (!format) usage_error(path, "cannot tell the exceptions format from the file name", "Name the file .csv, .xlsx or .json.");
  return ExceptionsOutput{path, *format};
}

const date::time_zone* month_zone(const std::string& name) {
  if (name == "UTC") return nullptr;
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    usage_error("--split-timezone", "unknown time zone '" + name + "'",
                "Name a zone of the tz database, such as America/New_York or Europe/Berlin.");
  }
}

int settle(const SettleOptions& options) {
  // Everything the options can refuse is refused before the run touches the book or a file.
  RunOptions run;
  run.use_book = !options.no_book;
  run.book_path = options.book_path;
  RunInputs inputs = options.inputs;
  if (!options.map_path.empty()) {
    require_regular_files({options.map_path});
    inputs.map_file = options.map_path;
  }
  run.map = options.map_path.empty() ? AccountMap::built_in() : AccountMap::load(options.map_path);
  run.posting = options.posting;
  run.posting.split = options.split == "month" ? SplitPolicy::month : SplitPolicy::none;
  run.matching = MatchOptions{options.deposit_window, comma_separated(options.amazon_pattern)};
  run.bank_currency = currency_option("--bank-currency", options.bank_currency);
  run.bank_profile = BankProfile{options.bank_columns, options.bank_date_format};
  check_bank_profile(run.bank_profile);
  run.month_zone = month_zone(options.split_timezone);
  run.journal = journal_output(options);
  run.exceptions = exceptions_output(options.exceptions_path);
  // The JSON report, and a JSON exceptions file, name the run's files.
  if (options.output.json || (run.exceptions && run.exceptions->format == ExceptionsFormat::json)) {
    std::vector<std::string> named = inputs.files;
    named.insert(named.end(), inputs.bank_files.begin(), inputs.bank_files.end());
    if (run.journal) named.push_back(run.journal->path);
    require_json_nameable(named);
  }
  std::optional<ProgressBar> progress;
  run.progress = [&progress](std::uint64_t report_bytes) { return progress.emplace(report_bytes).if_shown(); };

  const RunResult result = run_settle(inputs, run);
  progress.reset(); // the bar is cleared before the report is printed

  if (options.output.json) {
    std::cout << to_json(result.report, result.journal);
  } else {
    print_settle_report(std::cout, result.report, result.journal, result.book_path, Style::for_stdout());
  }
  return options.output.exit_status_for(result.report);
}

} // namespace

Action define_settle(CLI::App& app) {
  auto options = std::make_shared<SettleOptions>();
  app.add_option("FILE", options->inputs.files, "Settlement reports and bank exports (CSV), told apart by their content")->required();
  app.add_option("--bank", options->inputs.bank_files, "Read this file as a bank export, whatever it looks like (repeatable)")
      ->allow_extra_args(false); // one file per --bank: the files after it are positional again
  app.add_option("--bank-currency", options->bank_currency, "The bank account's currency (default: the settlements')");
  app.add_option("--bank-date-format", options->bank_date_format, "How the bank writes dates, when its export cannot tell")
      ->check(CLI::IsMember({"MM/DD/YYYY", "DD/MM/YYYY", "YYYY-MM-DD"}));
  app.add_option("--bank-columns", options->bank_columns,
                 "Name the bank export's columns: date=…,amount=…,description=… (the book remembers them)");
  app.add_option("--rates", options->inputs.rates_file,
                 "Reference exchange rates: the ECB's eurofxref-hist.csv or a date,from,to,rate CSV (converted deposits)");
  app.add_option("--deposit-window", options->deposit_window, "Days after Amazon's deposit date the money may reach the bank")
      ->check(CLI::Range(0, 60))
      ->capture_default_str();
  app.add_option("--amazon-pattern", options->amazon_pattern, "Words that mark a bank credit as Amazon's (comma-separated)")
      ->capture_default_str();
  app.add_option("--book", options->book_path, "The book (default: $RECON_BOOK, else ./recon.db)");
  app.add_flag("--no-book", options->no_book, "Work from the files given only: read no book and write none")
      ->excludes("--book");
  auto* journal = app.add_option("--journal", options->journal_path, "Write the postings to this file; its extension picks the format");
  app.add_option("--exceptions", options->exceptions_path, "Also write the exceptions to FILE: .csv, .xlsx or .json");
  app.add_option("--journal-format", options->journal_format, "Journal format, whatever the file is called")
      ->check(CLI::IsMember({"beancount", "hledger", "ledger", "csv", "qbo", "xero"}));
  app.add_option("--map", options->map_path, "Account map CSV (default: the built-in chart; see `recon map`)");
  app.add_option("--split", options->split, "Split each settlement's entry at month ends (accrual books)")
      ->check(CLI::IsMember({"none", "month"}))
      ->capture_default_str();
  app.add_option("--split-timezone", options->split_timezone, "Time zone whose months --split month uses")
      ->capture_default_str();
  // An empty account would be written into the journal as it is, and the tools reject such a journal.
  const CLI::Validator account_name(
      [](const std::string& name) { return name.empty() ? std::string("an account name cannot be empty") : std::string(); },
      "ACCOUNT");
  app.add_option("--clearing-account", options->posting.clearing_account, "Clearing account ({marketplace}: US, CA, DE, ...)")
      ->capture_default_str()
      ->check(account_name);
  app.add_option("--bank-account", options->posting.bank_account, "Account the deposits arrive in ({currency}: USD, CAD, ... for one account per currency)")
      ->capture_default_str()
      ->check(account_name);
  app.add_option("--conversion-account", options->posting.conversion_account,
                 "Account for what Amazon's currency conversion cost against --rates")
      ->capture_default_str()
      ->check(account_name);
  app.add_option("--suspense-account", options->posting.suspense_account, "Account for lines the map does not cover")
      ->capture_default_str()
      ->check(account_name);
  app.add_option("--xero-tax-rate", options->export_options.xero_tax_rate, "Tax rate name on every line of a Xero journal")
      ->capture_default_str();
  app.add_option("--xero-transfer-account", options->export_options.xero_transfer_account,
                 "Xero: post the deposits to this account code instead of leaving them to the bank feed");
  app.add_option("--qbo-name", options->export_options.qbo_name, "QuickBooks Online: the Name (customer or supplier) of every line");
  app.add_option("--home-currency", options->home_currency, "QuickBooks Online, Xero: the company's currency");
  app.add_option("--date-format", options->date_format, "Dates of a csv, qbo or xero journal (default: the target's)")
      ->check(CLI::IsMember({"YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY"}));
  app.add_flag("--no-open", options->no_open, "beancount: write no open directives (the books open the accounts)");
  app.add_option("--clearing-opening", options->clearing_openings,
                 "What clearing held before the journal, for its balance assertions: [ACCOUNT=]AMOUNT (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--reexport", options->reexport,
                 "qbo, xero: write again entries exported before: all, SETTLEMENT_ID or FROM..TO (repeatable)")
      ->allow_extra_args(false);
  for (const auto* name : {"--journal-format", "--xero-tax-rate", "--xero-transfer-account", "--qbo-name", "--home-currency",
                           "--date-format", "--no-open", "--clearing-opening", "--reexport"}) {
    app.get_option(name)->needs(journal);
  }
  add_output_options(app, options->output);
  app.footer("Exit status: 0 clean, 1 a finding at or above --fail-on, 2 unusable input (nothing written).");
  return [options] { return settle(*options); };
}

} // namespace recon::cli
