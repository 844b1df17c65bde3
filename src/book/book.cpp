// The book as a whole: opening it, the run's transaction, and bringing its schema up to date. What
// it stores is in book_settlements.cpp, book_findings.cpp, book_bank.cpp and book_journal.cpp.
#include "recon/book/book.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <fmt/format.h>
#include <sqlite3.h>

#include "book/book_errors.hpp"
#include "book/book_schema.hpp"
#include "book/new_book.hpp"
#include "book/sqlite.hpp"
#include "recon/base/input_error.hpp"

namespace recon {

std::string Book::resolve_path(const std::optional<std::string>& option) {
  if (option) return *option;
  if (const char* from_environment = std::getenv("RECON_BOOK"); from_environment != nullptr && *from_environment != '\0') {
    return from_environment;
  }
  return "recon.db";
}

namespace {

// What is under the book's name: nothing (a book to make), a file to open, or something refused: a
// symlink to nothing, a folder, a device. A link to nothing is refused rather than followed:
// following it would make the book wherever the link points, most likely a typo or a disk not mounted.
bool nothing_there(const std::string& path) {
  struct stat status {};
  if (::lstat(path.c_str(), &status) != 0) return true;
  if (S_ISLNK(status.st_mode) && ::stat(path.c_str(), &status) != 0 && errno == ENOENT) {
    std::error_code ignored;
    throw InputError(path, 0, fmt::format("the book is a link to {}, which does not exist", std::filesystem::read_symlink(path, ignored).string()))
        .with_hint("Make the link point at the book (is its disk mounted?), or name another book with --book. Nothing was written.");
  }
  if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode)) {
    // SQLite would call a directory a disk error, and would wait forever on a named pipe.
    throw InputError(path, 0, fmt::format("the book is {}, not a file", S_ISDIR(status.st_mode) ? "a folder" : "a device, pipe or socket"))
        .with_hint(S_ISDIR(status.st_mode) ? "Name the book file in it, as in --book FOLDER/recon.db. Nothing was written."
                                           : "Name the book's file with --book or RECON_BOOK. Nothing was written.");
  }
  return false;
}

} // namespace

Book::Book(std::string path, Open open, std::chrono::milliseconds lock_wait) : path_(std::move(path)), lock_wait_(lock_wait) {
  if (nothing_there(path_)) {
    if (open != Open::create_if_missing) {
      throw InputError(path_, 0, "there is no book here")
          .with_hint("recon settle creates the book on its first run; name another with --book or RECON_BOOK.");
    }
    new_book_ = std::make_unique<NewBook>(path_, lock_wait_);
    if (new_book_->made_meanwhile()) new_book_.reset(); // another recon made it while this one waited
  }
  try {
    if (new_book_) {
      // A new book stays in SQLite's rollback-journal mode for its first run, so that a committed
      // run is wholly in the one file that put_in_place() links; it becomes WAL just before that.
      db_ = std::make_unique<sqlite::Database>(new_book_->hidden_path(), sqlite::Database::Access::create);
      db_->execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    } else if (open == Open::read_only) {
      open_read_only();
    } else {
      open_existing();
    }
  } catch (const sqlite::Error& error) {
    throw book_error(path_, error, "cannot open the book");
  }
  if (version_ > book_schema::migrations.size()) {
    throw InputError(path_, 0, fmt::format("the book is at version {}, made by a newer recon than this one (which knows up to {})",
                                           version_, book_schema::migrations.size()))
        .with_hint("Use the recon that wrote the book, or a newer one.");
  }
  if (version_ == 0 && !new_book_) {
    auto tables = db_->prepare("SELECT count(*) FROM sqlite_master");
    tables.step();
    if (tables.integer(0) != 0) {
      throw InputError(path_, 0, "this SQLite file is not a recon book").with_hint("Name the book with --book or RECON_BOOK.");
    }
  }
}

void Book::open_existing() {
  db_ = std::make_unique<sqlite::Database>(path_, sqlite::Database::Access::read_write);
  db_->execute(fmt::format("PRAGMA busy_timeout = {}; PRAGMA foreign_keys = ON;", lock_wait_.count()));
  // Switching a book to WAL needs a moment alone with it, which SQLite's busy handler does not
  // wait for; another recon switching the same book at once is waited for here instead.
  for (std::int64_t waited_ms = 0;; waited_ms += 50) {
    try {
      db_->execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
      version_ = schema_version();
      break;
    } catch (const sqlite::Error& error) {
      if (!error.busy() || waited_ms >= lock_wait_.count()) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
}

void Book::open_read_only() {
  try {
    db_ = std::make_unique<sqlite::Database>(path_, sqlite::Database::Access::read_only);
    db_->execute(fmt::format("PRAGMA busy_timeout = {};", lock_wait_.count()));
    version_ = schema_version();
  } catch (const sqlite::Error& error) {
    // A WAL book needs its -shm file, which a read-only folder does not let SQLite create. Where
    // nobody can write (read-only media), the book cannot change while it is read: it is opened
    // as immutable, without locks or -shm. Any other refusal is the book's own.
    const int primary = error.code() & 0xFF;
    if (primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY) throw;
    // Immutable mode ignores the -wal file: a book whose last runs are still only there (a run
    // killed after it committed) would be read without them. That is refused, not read wrong.
    std::error_code ignored;
    if (std::filesystem::file_size(path_ + "-wal", ignored) > 0 && !ignored) {
      throw InputError(path_, 0, fmt::format("cannot read the book: its last runs are still in {}-wal, which SQLite can "
                                             "only read where it may write {}-shm beside it", path_, path_))
          .with_hint("Copy the book with its -wal file to a folder you may write, and read it there. Nothing was written.");
    }
    db_ = std::make_unique<sqlite::Database>(path_, sqlite::Database::Access::immutable);
    version_ = schema_version();
  }
}

std::size_t Book::schema_version() const {
  auto query = db_->prepare("PRAGMA user_version");
  query.step();
  return static_cast<std::size_t>(query.integer(0));
}

Book::~Book() {
  db_.reset();
  new_book_.reset(); // a new book never committed goes with it: nothing was ever under the book's name
}

void Book::begin(const std::string& command) {
  try {
    db_->execute("BEGIN IMMEDIATE");
  } catch (const sqlite::Error& error) {
    if (!error.busy()) throw book_error(path_, error, "cannot start a run in the book");
    const auto waited = lock_wait_.count();
    throw InputError(path_, 0, fmt::format("the book stayed locked for {}: another recon is using it",
                                           waited % 1000 == 0 ? fmt::format("{} seconds", waited / 1000) : fmt::format("{} ms", waited)))
        .with_hint("Let the other run finish, then run recon again. Nothing was written.");
  }
  reporting_refusals(path_, "cannot write to the book", [&] {
    migrate();
    auto run = db_->prepare("INSERT INTO runs (started_at, command, recon_version) VALUES (?1, ?2, ?3)");
    run.bind(1, to_iso_instant(now())).bind(2, command).bind(3, std::string_view(RECON_VERSION)).run();
    run_id_ = db_->last_insert_id();
  });
}

void Book::commit() {
  try {
    db_->execute("COMMIT");
  } catch (const sqlite::Error& error) {
    // A COMMIT that fails (a full disk) may leave the transaction open; it is rolled back so that
    // the book stays as it was, whatever SQLite did with it.
    try {
      db_->execute("ROLLBACK");
    } catch (const sqlite::Error&) { // already rolled back by SQLite
    }
    throw book_error(path_, error, "cannot write to the book");
  }
  if (new_book_) put_new_book_in_place();
}

void Book::put_new_book_in_place() {
  // In WAL mode from the start, like every book, so that its next run changes no byte of it
  // before that run commits. Switched now, not earlier: the run's rows are already in the one file.
  // Should the switch fail, the book is whole in rollback mode, and the next run switches it.
  try {
    db_->execute("PRAGMA journal_mode = WAL");
  } catch (const sqlite::Error&) { // the book stays in rollback mode: whole and correct
  }
  db_.reset(); // SQLite's files beside the hidden name go with the connection
  new_book_->put_in_place();
  new_book_.reset();
  try {
    open_existing(); // by its name now, so that further runs on this Book use the book's own -wal
  } catch (const sqlite::Error& error) {
    throw InputError(path_, 0, fmt::format("the run is in the book, but the book cannot be opened again: {}", error.what()))
        .with_hint("No journal or exceptions file was written. Run the same command again to write them.");
  }
}

void Book::migrate() {
  // Inside the run's transaction, so a book is never left half-migrated.
  version_ = schema_version(); // another recon may have migrated it while this one waited
  for (std::size_t next = version_; next < book_schema::migrations.size(); ++next) {
    db_->execute(book_schema::migrations[next]);
    db_->execute(fmt::format("PRAGMA user_version = {}", next + 1));
  }
  version_ = book_schema::migrations.size();
}

} // namespace recon
