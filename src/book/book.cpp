// The book as a whole: opening it, the run's transaction, and bringing its schema up to date. What
// it stores is in book_settlements.cpp, book_findings.cpp, book_bank.cpp and book_journal.cpp.
#include "recon/book/book.hpp"

#include <cstdlib>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "book/book_errors.hpp"
#include "book/book_schema.hpp"
#include "book/sqlite.hpp"
#include "io/fatal_exit_cleanup.hpp"
#include "recon/base/input_error.hpp"

namespace recon {

std::string Book::resolve_path(const std::optional<std::string>& option) {
  if (option) return *option;
  if (const char* from_environment = std::getenv("RECON_BOOK"); from_environment != nullptr && *from_environment != '\0') {
    return from_environment;
  }
  return "recon.db";
}

Book::Book(std::string path, Open open, std::chrono::milliseconds lock_wait) : path_(std::move(path)), lock_wait_(lock_wait) {
  created_ = !std::filesystem::exists(path_);
  if (open == Open::must_exist && created_) {
    throw InputError(path_, 0, "there is no book here")
        .with_hint("recon settle creates the book on its first run; name another with --book or RECON_BOOK.");
  }
  try {
    db_ = std::make_unique<sqlite::Database>(path_, open == Open::create_if_missing);
    db_->execute(fmt::format("PRAGMA busy_timeout = {}; PRAGMA foreign_keys = ON;", lock_wait_.count()));
    // Switching a new book to WAL needs a moment alone with it, which SQLite's busy handler does
    // not wait for; another recon creating the same book at once is waited for here instead.
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
  } catch (const sqlite::Error& error) {
    throw book_error(path_, error, "cannot open the book");
  }
  if (version_ > book_schema::migrations.size()) {
    throw InputError(path_, 0, fmt::format("the book is at version {}, made by a newer recon than this one (which knows up to {})",
                                           version_, book_schema::migrations.size()))
        .with_hint("Use the recon that wrote the book, or a newer one.");
  }
  if (version_ == 0) {
    auto tables = db_->prepare("SELECT count(*) FROM sqlite_master");
    tables.step();
    if (tables.integer(0) != 0) {
      throw InputError(path_, 0, "this SQLite file is not a recon book").with_hint("Name the book with --book or RECON_BOOK.");
    }
  }
  // Registered last: a constructor that throws runs no destructor to unregister it.
  if (created_) remove_on_fatal_exit(path_.c_str());
}

std::size_t Book::schema_version() const {
  auto query = db_->prepare("PRAGMA user_version");
  query.step();
  return static_cast<std::size_t>(query.integer(0));
}

Book::~Book() {
  db_.reset();
  if (created_ && !committed_) {
    // A book this run created but never committed to holds nothing: leave no file behind.
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_ + suffix, ignored);
  }
  if (created_) stop_removing_on_fatal_exit(path_.c_str());
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
  committed_ = true;
  if (created_) stop_removing_on_fatal_exit(path_.c_str()); // kept now, whatever happens next
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
