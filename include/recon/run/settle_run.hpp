#pragma once
// `recon settle` as one call: the period job from the files a user gives to the report, the book
// and the files written. It tells the files apart (ingest/importer.hpp), reads them, brings their
// settlements together with the book's, foots, rolls forward, matches the bank, posts, and keeps
// the book, all as one transaction: the journal and the exceptions are staged first, the book
// commits after everything else has succeeded, and the staged files are put in place last. Before
// any of it, the outputs are checked against the book, the inputs and each other
// (run/output_paths.hpp) and the inputs must be regular files (run/input_files.hpp).
// Throws InputError for anything unusable; findings are in the result's report.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "recon/base/currency.hpp"
#include "recon/export/exceptions_export.hpp"
#include "recon/export/export_once.hpp"
#include "recon/export/journal_export.hpp"
#include "recon/export/journal_import.hpp"
#include "recon/ingest/bank_profile.hpp"
#include "recon/io/read_progress.hpp"
#include "recon/match/bank_matching.hpp"
#include "recon/model/report.hpp"
#include "recon/post/account_map.hpp"
#include "recon/post/posting.hpp"

namespace date {
class time_zone;
}

namespace recon {

struct RunInputs {
  std::vector<std::string> files;      // settlement reports and bank exports, told apart by content
  std::vector<std::string> bank_files; // read as bank exports whatever they look like (--bank)
  // The account map file the caller loaded into RunOptions::map, if any: no output may overwrite it.
  std::optional<std::string> map_file;
  // --rates: reference exchange rates (ingest/rates_file.hpp), for deposits Amazon converted.
  std::optional<std::string> rates_file;
};

// A Xero journal too long for one import is written as several files (export_journal_files); all
// of them are staged with the run and put in place together after the book commits.
// A qbo or xero journal with a book holds only the entries the book has not exported in that format
// before, and those `reexport` asks for (export/export_once.hpp); the book records them in the
// run's transaction. Any other journal holds every entry.
struct JournalOutput {
  std::string path;
  JournalFormat format;
  JournalExportOptions options;
  std::vector<ReexportRequest> reexport; // --reexport: qbo and xero, with a book
};

struct ExceptionsOutput {
  std::string path;
  ExceptionsFormat format;
};

struct RunOptions {
  bool use_book = true;                 // false: read no book and write none (--no-book)
  std::optional<std::string> book_path; // else $RECON_BOOK, else ./recon.db
  AccountMap map = AccountMap::built_in();
  PostingOptions posting;
  MatchOptions matching;
  std::optional<Currency> bank_currency; // else the one currency the settlements share
  BankProfile bank_profile;              // --bank-columns and --bank-date-format; the book keeps it
  const date::time_zone* month_zone = nullptr; // for --split month; nullptr is UTC
  std::optional<JournalOutput> journal;
  std::optional<ExceptionsOutput> exceptions;
  // Called once the settlement reports are known, with their total size in bytes: the progress to
  // tell while they are read, or nullptr.
  std::function<ReadProgress*(std::uint64_t report_bytes)> progress;
};

struct RunResult {
  Report report; // every settlement of the book and the run, in period order, and the findings
  std::optional<JournalWritten> journal;
  std::optional<std::string> book_path; // the book the run committed to
};

[[nodiscard]] RunResult run_settle(const RunInputs& inputs, const RunOptions& options);

} // namespace recon
