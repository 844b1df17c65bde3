#pragma once
// Writes a Journal in the formats bookkeepers import: plain-text accounting (beancount, hledger,
// ledger) with balance assertions on the clearing account, and journal-import CSVs (generic,
// QuickBooks Online, Xero). QuickBooks Online and Xero are given only what their importers accept
// and a bookkeeper can post as final (journal_import.hpp says what that is and checks it).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recon/base/currency.hpp"
#include "recon/model/journal.hpp"

namespace recon {

enum class JournalFormat { beancount, hledger, ledger, csv, quickbooks, xero };

// By name, as --journal-format takes it: beancount, hledger, ledger, csv, qbo, xero.
[[nodiscard]] std::optional<JournalFormat> journal_format_named(std::string_view name);
// By the file's extension: .beancount, .journal or .hledger, .ledger, .csv.
[[nodiscard]] std::optional<JournalFormat> journal_format_for_path(std::string_view path);
[[nodiscard]] std::string_view journal_format_name(JournalFormat format);
[[nodiscard]] bool is_csv_format(JournalFormat format) noexcept; // csv, qbo, xero

// The date orders of the CSV formats, spelt as --date-format takes them.
enum class CsvDateFormat { iso, month_first, day_first }; // YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY

[[nodiscard]] std::optional<CsvDateFormat> csv_date_format_named(std::string_view name);
// The target's own convention: ISO for the generic CSV, MM/DD/YYYY for QuickBooks Online (a US
// company's default), DD/MM/YYYY for Xero (its import template's).
[[nodiscard]] CsvDateFormat default_date_format(JournalFormat format);

// Why the format cannot hold this account name, or nullopt when it can.
[[nodiscard]] std::optional<std::string> account_name_problem(std::string_view account, JournalFormat format);

// What the clearing account held before the journal's first entry (--clearing-opening), so that
// the balance assertions hold in books that already carry it. An empty account means the journal's
// only clearing account; the amount is text in the account's currency ("148.20").
struct ClearingOpening {
  std::string account;
  std::string amount;
};

struct JournalExportOptions {
  std::string xero_tax_rate = "Tax Exempt"; // Xero requires a tax rate name on every line
  // Xero: the account the deposits are posted to instead of the bank (a manual journal cannot
  // post to a bank account); empty leaves the deposits to the bank feed.
  std::string xero_transfer_account;
  std::optional<Currency> home_currency;    // QuickBooks Online and Xero: the company's currency
  std::optional<CsvDateFormat> date_format; // else default_date_format
  std::string qbo_name;                     // QuickBooks Online: the Name column of every line
  bool open_directives = true;              // beancount: false when the books open the accounts
  std::vector<ClearingOpening> clearing_openings;
};

struct JournalFile {
  std::string path;
  std::string text;
  std::size_t entries = 0;
};

// The file's whole text, for every entry the journal holds.
[[nodiscard]] std::string export_journal(const Journal& journal, JournalFormat format, const JournalExportOptions& options = {});

// The files to write at `path`: one, except for a Xero journal longer than one import takes,
// which becomes NAME-1.csv, NAME-2.csv, … with every journal whole in one of them.
[[nodiscard]] std::vector<JournalFile> export_journal_files(const Journal& journal, JournalFormat format,
                                                            const JournalExportOptions& options, const std::string& path);

// Whether `candidate` names a part of the journal at `path`, and which: NAME-K.csv for NAME.csv,
// with K written as export_journal_files writes it (1, 2, …, never 01). Both are spelt alike (two
// file names, or two paths in one folder).
[[nodiscard]] std::optional<std::size_t> journal_part_number(const std::string& path, const std::string& candidate);

// Xero imports at most 300 lines from one file (help.xero.com, "Enter multiple manual journals
// using an import template"); the header row is counted too, to be safe.
constexpr std::size_t xero_lines_per_file = 300;

} // namespace recon
