// recon settle REPORT...: the period job. Reads the reports, brings them together with the book's
// settlements, foots, rolls forward and posts them all, writes the journal, keeps the book, and
// explains the clearing balance. One run is one transaction of the book.

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <date/tz.h>

#include "command.hpp"
#include "output_options.hpp"
#include "progress_bar.hpp"
#include "recon/post/account_map.hpp"
#include "recon/io/atomic_file.hpp"
#include "recon/io/background.hpp"
#include "recon/ingest/bank_statement.hpp"
#include "recon/book/book.hpp"
#include "recon/export/exceptions_export.hpp"
#include "recon/base/input_error.hpp"
#include "recon/export/journal_export.hpp"
#include "recon/post/posting.hpp"
#include "recon/run/settle.hpp"
#include "recon/ingest/settlement_reader.hpp"
#include "recon/export/report_json.hpp"
#include "settle_text.hpp"

namespace recon::cli {
namespace {

struct SettleOptions {
  std::vector<std::string> files;
  std::vector<std::string> bank_files;
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
  OutputOptions output;
};

[[noreturn]] void usage_error(const std::string& option, const std::string& message, const std::string& hint) {
  throw InputError(option, 0, message).with_hint(hint);
}

std::optional<JournalFormat> chosen_format(const SettleOptions& options) {
  if (options.journal_path.empty()) return std::nullopt;
  if (!options.journal_format.empty()) return journal_format_named(options.journal_format);
  const auto format = journal_format_for_path(options.journal_path);
  if (!format) {
    usage_error(options.journal_path, "cannot tell the journal format from the file name",
                "Use the extension .beancount, .journal, .ledger or .csv, or name the format with "
                "--journal-format (beancount, hledger, ledger, csv, qbo, xero).");
  }
  return format;
}

std::optional<ExceptionsFormat> chosen_exceptions_format(const std::string& path) {
  if (path.empty()) return std::nullopt;
  const auto format = exceptions_format_for_path(path);
  if (!format) usage_error(path, "cannot tell the exceptions format from the file name", "Name the file .csv, .xlsx or .json.");
  return format;
}

const date::time_zone* month_zone(const SettleOptions& options) {
  if (options.split_timezone == "UTC") return nullptr;
  try {
    return date::locate_zone(options.split_timezone);
  } catch (const std::exception&) {
    usage_error("--split-timezone", "unknown time zone '" + options.split_timezone + "'",
                "Name a zone of the tz database, such as America/New_York or Europe/Berlin.");
  }
}

// Every account the journal uses must be writable in the chosen format; blame the map rule or the
// option it came from.
void check_account_names(const Journal& journal, JournalFormat format) {
  for (const auto& [account, origin] : journal.account_origins) {
    if (const auto problem = account_name_problem(account, format)) {
      throw InputError(origin.file, origin.line,
                       "account '" + account + "' cannot be written to a " + std::string(journal_format_name(format)) +
                           " journal: " + *problem)
          .with_hint("Rename the account in the account map (or the option), then run recon again.");
    }
  }
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    if (comma > start) items.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return items;
}

// --bank-columns date=Posting Date,amount=Amount,description=Details (also debit=, credit=).
void apply_bank_columns(const std::string& text, BankReadOptions& read) {
  for (const auto& item : split_list(text)) {
    const auto equals = item.find('=');
    const std::string role = item.substr(0, equals);
    const std::string name = equals == std::string::npos ? "" : item.substr(equals + 1);
    std::optional<std::string>* target = role == "date"          ? &read.date_column
                                         : role == "amount"      ? &read.amount_column
                                         : role == "debit"       ? &read.debit_column
                                         : role == "credit"      ? &read.credit_column
                                         : role == "description" ? &read.description_column
                                                                 : nullptr;
    if (target == nullptr || name.empty()) {
      usage_error("--bank-columns", "cannot read '" + item + "'",
                  "Write ROLE=Header name pairs separated by commas; the roles are date, amount, debit, credit and description.");
    }
    *target = name;
  }
}

// The bank account's currency: --bank-currency, else the one currency the settlements share.
Currency bank_currency(const SettleOptions& options, const std::vector<Settlement>& settlements) {
  if (!options.bank_currency.empty()) {
    const auto currency = Currency::from_code(options.bank_currency);
    if (!currency) usage_error("--bank-currency", "unknown currency '" + options.bank_currency + "'", "Use an ISO 4217 code such as USD.");
    return *currency;
  }
  std::optional<Currency> shared;
  for (const auto& settlement : settlements) {
    if (shared && *shared != settlement.currency) {
      usage_error("--bank-currency", "the settlements are in more than one currency, so recon cannot tell the bank export's",
                  "Name the bank account's currency with --bank-currency.");
    }
    shared = settlement.currency;
  }
  return shared.value_or(*Currency::from_code("USD"));
}

struct RunInputs {
  std::vector<Settlement> settlements;
  std::vector<BankStatement> statements;
  std::optional<BankProfile> new_profile; // options this run gave for reading bank exports
};

BankReadOptions bank_read_options(Currency currency, const BankProfile& profile) {
  BankReadOptions read{currency, std::nullopt, {}, {}, {}, {}, {}};
  if (profile.date_format == "MM/DD/YYYY") read.date_order = BankDateOrder::month_first;
  if (profile.date_format == "DD/MM/YYYY") read.date_order = BankDateOrder::day_first;
  if (profile.date_format == "YYYY-MM-DD") read.date_order = BankDateOrder::year_first;
  apply_bank_columns(profile.columns, read);
  return read;
}

// Reads a bank export with the options given; without any, as the file shows itself, and failing
// that with each profile the book kept from earlier runs (the error reported is the file's own).
BankStatement read_bank(const std::string& file, Currency currency, const BankProfile& given,
                        const std::vector<BankProfile>& profiles) {
  if (!given.columns.empty() || !given.date_format.empty()) return read_bank_statement(file, bank_read_options(currency, given));
  try {
    return read_bank_statement(file, bank_read_options(currency, {}));
  } catch (const InputError& unaided) {
    for (const auto& profile : profiles) {
      try {
        return read_bank_statement(file, bank_read_options(currency, profile));
      } catch (const InputError&) {
        continue; // not this bank's profile
      }
    }
    throw;
  }
}

std::vector<BankStatement> read_banks(const std::vector<std::string>& files, Currency currency, const BankProfile& given,
                                      const std::vector<BankProfile>& profiles) {
  std::vector<BankStatement> statements;
  statements.reserve(files.size());
  for (const auto& file : files) statements.push_back(read_bank(file, currency, given, profiles));
  return statements;
}

// The bank exports' currency as far as it is known before the reports are read: --bank-currency,
// or the first report's, which every settlement must share.
std::optional<Currency> likely_bank_currency(const SettleOptions& options, const std::vector<std::string>& report_files) {
  if (!options.bank_currency.empty()) return Currency::from_code(options.bank_currency);
  if (report_files.empty()) return std::nullopt;
  return report_currency(report_files.front());
}

// Sorts the files by kind (a settlement report's first line names settlement-id; anything else
// given, or named with --bank, is a bank export) and reads them all.
//
// The bank exports are read in the background while the reports are, in the currency they will
// most likely have, on a thread that takes only a core the reports leave idle: reading a large
// report keeps both cores busy until one of them runs out of parts. Should the settlements show
// another currency, the exports are read again. Errors are those of reading one after the other:
// a report's first, then the currency's, then a bank export's.
RunInputs read_inputs(const SettleOptions& options, const std::vector<Settlement>& book_settlements,
                      const std::vector<BankProfile>& profiles) {
  RunInputs inputs;
  std::vector<std::string> bank_files = options.bank_files;
  std::vector<std::string> report_files;
  for (const auto& file : options.files) (is_settlement_report(file) ? report_files : bank_files).push_back(file);
  const BankProfile given{options.bank_columns, options.bank_date_format};
  std::optional<Currency> likely;
  if (!bank_files.empty()) likely = likely_bank_currency(options, report_files);
  std::future<std::vector<BankStatement>> early;
  if (likely) {
    early = run_in_background([&bank_files, currency = *likely, &given, &profiles] {
      return read_banks(bank_files, currency, given, profiles);
    });
  }

  ProgressBar progress(report_files);
  ReadOptions read;
  read.month_zone = month_zone(options);
  read.progress = progress.if_shown();
  inputs.settlements = read_settlements(report_files, read);
  if (bank_files.empty()) return inputs;
  std::vector<Settlement> all = book_settlements;
  all.insert(all.end(), inputs.settlements.begin(), inputs.settlements.end());
  const Currency currency = bank_currency(options, all);
  inputs.statements = likely && *likely == currency ? early.get() : read_banks(bank_files, currency, given, profiles);
  if (!given.columns.empty() || !given.date_format.empty()) inputs.new_profile = given;
  return inputs;
}

int run_settle(const SettleOptions& options) {
  // Everything that can refuse the run does so before the book is touched or a file written.
  const auto format = chosen_format(options);
  const auto exceptions_format = chosen_exceptions_format(options.exceptions_path);
  const AccountMap map = options.map_path.empty() ? AccountMap::built_in() : AccountMap::load(options.map_path);
  PostingOptions posting = options.posting;
  posting.split = options.split == "month" ? SplitPolicy::month : SplitPolicy::none;

  std::optional<Book> book;
  if (!options.no_book) {
    book.emplace(Book::resolve_path(options.book_path), Book::Open::create_if_missing);
    book->begin("settle"); // the run's transaction: nothing reaches the book unless it commits
  }
  std::vector<Settlement> in_book = book ? book->settlements() : std::vector<Settlement>{};
  RunInputs inputs = read_inputs(options, in_book, book ? book->bank_profiles() : std::vector<BankProfile>{});
  BankEvidence bank{std::move(inputs.statements), book ? book->bank_matches() : std::map<std::string, BankLine>{},
                    MatchOptions{options.deposit_window, split_list(options.amazon_pattern)}};
  SettleResult result = settle(std::move(in_book), std::move(inputs.settlements), map, posting, bank);

  std::optional<StagedFile> journal_file;
  std::optional<JournalSummary> journal_summary;
  if (format) {
    check_account_names(result.journal, *format);
    journal_file.emplace(options.journal_path, export_journal(result.journal, *format, options.export_options));
    journal_summary = JournalSummary{options.journal_path, *format, result.journal.entries.size()};
  }
  if (book) {
    for (const Settlement* settlement : result.new_settlements) book->add(*settlement);
    for (const auto& import : result.imports) book->note_import(import);
    book->store_entries(result.journal);
    if (inputs.new_profile) book->store_bank_profile(*inputs.new_profile);
    for (const auto& reported : result.report.settlements) {
      const auto& deposit = reported.posted->deposit;
      if (deposit.bank && !bank.matched_before.contains(reported.settlement.id)) {
        book->store_bank_match(reported.settlement.id, *deposit.bank);
      }
    }
    book->sync_findings(result.report.findings);
    book->commit();
  }
  if (journal_file) journal_file->commit();
  if (exceptions_format) export_exceptions(options.exceptions_path, *exceptions_format, result.report);

  if (options.output.json) {
    std::cout << to_json(result.report);
  } else {
    print_settle_report(std::cout, result.report, journal_summary, book ? std::optional(book->path()) : std::nullopt,
                        Style::for_stdout());
  }
  return options.output.exit_status_for(result.report);
}

} // namespace

Action define_settle(CLI::App& app) {
  auto options = std::make_shared<SettleOptions>();
  app.add_option("FILE", options->files, "Settlement reports and bank exports (CSV), told apart by their content")->required();
  app.add_option("--bank", options->bank_files, "Read this file as a bank export, whatever it looks like (repeatable)")
      ->allow_extra_args(false); // one file per --bank: the files after it are positional again
  app.add_option("--bank-currency", options->bank_currency, "The bank account's currency (default: the settlements')");
  app.add_option("--bank-date-format", options->bank_date_format, "How the bank writes dates, when its export cannot tell")
      ->check(CLI::IsMember({"MM/DD/YYYY", "DD/MM/YYYY", "YYYY-MM-DD"}));
  app.add_option("--bank-columns", options->bank_columns,
                 "Name the bank export's columns: date=…,amount=…,description=… (the book remembers them)");
  app.add_option("--deposit-window", options->deposit_window, "Days after Amazon's deposit date the money may reach the bank")
      ->check(CLI::Range(0, 60))
      ->capture_default_str();
  app.add_option("--amazon-pattern", options->amazon_pattern, "Words that mark a bank credit as Amazon's (comma-separated)")
      ->capture_default_str();
  app.add_option("--book", options->book_path, "The book (default: $RECON_BOOK, else ./recon.db)");
  app.add_flag("--no-book", options->no_book, "Work from the files given only: read no book and write none")
      ->excludes("--book");
  app.add_option("--journal", options->journal_path, "Write the postings to this file; its extension picks the format");
  app.add_option("--exceptions", options->exceptions_path, "Also write the exceptions to FILE: .csv, .xlsx or .json");
  app.add_option("--journal-format", options->journal_format, "Journal format, whatever the file is called")
      ->check(CLI::IsMember({"beancount", "hledger", "ledger", "csv", "qbo", "xero"}));
  app.add_option("--map", options->map_path, "Account map CSV (default: the built-in chart; see `recon map`)");
  app.add_option("--split", options->split, "Split each settlement's entry at month ends (accrual books)")
      ->check(CLI::IsMember({"none", "month"}))
      ->capture_default_str();
  app.add_option("--split-timezone", options->split_timezone, "Time zone whose months --split month uses")
      ->capture_default_str();
  app.add_option("--clearing-account", options->posting.clearing_account, "Clearing account ({marketplace}: US, CA, DE, ...)")
      ->capture_default_str();
  app.add_option("--bank-account", options->posting.bank_account, "Account the deposits arrive in")->capture_default_str();
  app.add_option("--suspense-account", options->posting.suspense_account, "Account for lines the map does not cover")
      ->capture_default_str();
  app.add_option("--xero-tax-rate", options->export_options.xero_tax_rate, "Tax rate name on every line of a Xero journal")
      ->capture_default_str();
  add_output_options(app, options->output);
  app.footer("Exit status: 0 clean, 1 a finding at or above --fail-on, 2 unusable input (nothing written).");
  return [options] { return run_settle(*options); };
}

} // namespace recon::cli
