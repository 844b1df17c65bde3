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
#include "recon/account_map.hpp"
#include "recon/atomic_file.hpp"
#include "recon/book.hpp"
#include "recon/input_error.hpp"
#include "recon/journal_export.hpp"
#include "recon/posting.hpp"
#include "recon/settle.hpp"
#include "recon/settlement_reader.hpp"
#include "recon/report_json.hpp"
#include "settle_text.hpp"

namespace recon::cli {
namespace {

struct SettleOptions {
  std::vector<std::string> files;
  std::optional<std::string> book_path;
  bool no_book = false;
  std::string journal_path;
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

std::vector<Settlement> read_reports(const SettleOptions& options) {
  const ReadOptions read{month_zone(options)};
  std::vector<Settlement> settlements;
  for (const auto& file : options.files) settlements.push_back(read_settlement(file, read));
  return settlements;
}

int run_settle(const SettleOptions& options) {
  // Everything that can refuse the run does so before the book is touched or a file written.
  const auto format = chosen_format(options);
  const AccountMap map = options.map_path.empty() ? AccountMap::built_in() : AccountMap::load(options.map_path);
  PostingOptions posting = options.posting;
  posting.split = options.split == "month" ? SplitPolicy::month : SplitPolicy::none;

  std::optional<Book> book;
  if (!options.no_book) {
    book.emplace(Book::resolve_path(options.book_path), Book::Open::create_if_missing);
    book->begin("settle"); // the run's transaction: nothing reaches the book unless it commits
  }
  std::vector<Settlement> run = read_reports(options);
  SettleResult result = settle(book ? book->settlements() : std::vector<Settlement>{}, std::move(run), map, posting);

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
    book->sync_findings(result.report.findings);
    book->commit();
  }
  if (journal_file) journal_file->commit();

  if (options.output.json) {
    std::cout << to_json(result.report);
  } else {
    print_settle_report(std::cout, result.report, journal_summary, book ? std::optional(book->path()) : std::nullopt);
  }
  return options.output.exit_status_for(result.report);
}

} // namespace

Action define_settle(CLI::App& app) {
  auto options = std::make_shared<SettleOptions>();
  app.add_option("REPORT", options->files, "Settlement reports (Amazon Flat File V2 or V1)")->required();
  app.add_option("--book", options->book_path, "The book (default: $RECON_BOOK, else ./recon.db)");
  app.add_flag("--no-book", options->no_book, "Work from the files given only: read no book and write none")
      ->excludes("--book");
  app.add_option("--journal", options->journal_path, "Write the postings to this file; its extension picks the format");
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
