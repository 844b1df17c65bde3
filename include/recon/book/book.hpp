#pragma once
// The book: recon's memory across periods, an SQLite database (./recon.db by default). It holds
// every settlement imported, with its categories and carry lines, where it came from (file, SHA-256,
// run), the journal entries last posted, which of them were exported to QuickBooks Online or Xero,
// and the exceptions raised with their state, so any report can be printed again and every number
// traced back.
//
// One run is one transaction: begin() takes the write lock, commit() makes the run durable, and a
// run that stops any other way (an error, a crash, kill -9) leaves the book exactly as it was.
// Concurrent runs wait for each other (WAL mode, busy timeout) and never corrupt it. A book that does
// not exist is made out of sight and given its name only when its first run commits (new_book.hpp).

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recon/export/export_once.hpp"
#include "recon/ingest/bank_profile.hpp"
#include "recon/ingest/bank_statement.hpp"
#include "recon/model/finding.hpp"
#include "recon/model/journal.hpp"
#include "recon/model/settlement.hpp"
#include "recon/checks/settlement_merge.hpp"

namespace recon {

namespace sqlite {
class Database;
}
class NewBook;

class Book {
public:
  // read_only: for commands that only list what the book holds, so that a book on read-only media
  // (or in a folder the user may not write) can still be read; begin() is refused.
  enum class Open { create_if_missing, must_exist, read_only };

  // --book, else $RECON_BOOK, else ./recon.db.
  [[nodiscard]] static std::string resolve_path(const std::optional<std::string>& option);

  // Throws InputError: no book there (must_exist), a link to nothing, not a recon book, made by a
  // newer recon.
  // `lock_wait` is how long a run waits for another recon to finish with the book.
  Book(std::string path, Open open, std::chrono::milliseconds lock_wait = std::chrono::seconds{10});
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  [[nodiscard]] const std::string& path() const noexcept { return path_; }

  // Starts the run's transaction, waiting for another recon to finish with the book; throws
  // InputError when it stays locked.
  void begin(const std::string& command);
  void commit();

  // Every settlement in the book, in the order they were imported.
  [[nodiscard]] std::vector<Settlement> settlements() const;

  void add(const Settlement& settlement);
  // Records what this run did with a report.
  void note_import(const ImportRecord& import);
  // Replaces the book's journal entries with these.
  void store_entries(const Journal& journal);
  // The entries exported in `format` (a --journal-format name) before: the latest export of each.
  [[nodiscard]] std::vector<ExportedEntry> exported_entries(std::string_view format) const;
  // Records that this run exported these entries in `format`.
  void record_exports(std::string_view format, const std::vector<ExportedEntry>& entries);
  // The bank line that paid each settlement, as matched so far; and recording this run's matches.
  [[nodiscard]] std::map<std::string, BankLine> bank_matches() const;
  void store_bank_match(const std::string& settlement_id, const BankLine& line);
  // Bank export profiles, the most recently stored first.
  [[nodiscard]] std::vector<BankProfile> bank_profiles() const;
  void store_bank_profile(const BankProfile& profile);

  // Records this run's findings: new ones open, known ones keep their state (a resolved finding
  // stays resolved), and open ones no longer found are closed by recon. Sets each finding's
  // book_id, resolved and resolution.
  void sync_findings(std::vector<Finding>& findings);
  // The book's exceptions, newest last; only open ones if asked.
  [[nodiscard]] std::vector<Finding> exceptions(bool open_only) const;
  // Marks an exception resolved; throws InputError when there is no exception with that id.
  void resolve(std::int64_t id, const std::string& note, const std::string& by);

private:
  void open_existing();
  void open_read_only();
  void put_new_book_in_place();
  void migrate();
  [[nodiscard]] std::size_t schema_version() const;

  std::string path_;
  std::chrono::milliseconds lock_wait_;
  std::unique_ptr<sqlite::Database> db_;
  std::unique_ptr<NewBook> new_book_; // while a book that did not exist is made, until it commits
  std::size_t version_ = 0;           // the book's schema version, 0 before its first run
  std::int64_t run_id_ = 0;
};

} // namespace recon
