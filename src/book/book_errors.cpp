#include "book/book_errors.hpp"

#include <sqlite3.h>

#include <fmt/format.h>

namespace recon {

InputError book_error(const std::string& path, const sqlite::Error& error, std::string_view doing) {
  constexpr std::string_view nothing_written = " Nothing was written.";
  const auto refused = [&](std::string_view why, std::string_view hint) {
    return InputError(path, 0, fmt::format("{}: {}", doing, why)).with_hint(std::string(hint) + std::string(nothing_written));
  };
  switch (error.code() & 0xFF) { // the primary code; SQLite's extended codes refine it
  case SQLITE_FULL: return refused("the disk is full", "Free space on the disk that holds the book, then run recon again.");
  case SQLITE_IOERR:
    return refused(fmt::format("the disk refused a write or read ({})", error.what()),
                   "Check the disk that holds the book: is it full, over a size limit or quota, or gone?");
  case SQLITE_READONLY:
  case SQLITE_PERM:
  case SQLITE_CANTOPEN: // as a rule, the folder does not let SQLite create the files beside the book
    return refused("the book, or the folder it is in, is read-only: permission denied",
                   "Make the book and its folder writable (recon keeps recon.db-wal and recon.db-shm beside the "
                   "book), or name another book with --book.");
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return refused("another recon is using it", "Let the other run finish, then run recon again.");
  case SQLITE_NOTADB:
    return InputError(path, 0, fmt::format("{}: {}", doing, error.what()))
        .with_hint("Is it a recon book? recon keeps its book in an SQLite file, recon.db by default.");
  case SQLITE_CORRUPT:
    return InputError(path, 0, fmt::format("{}: the book is damaged ({})", doing, error.what()))
        .with_hint("Restore the book from a backup (see docs/book.md).");
  default: break;
  }
  throw error; // anything else is recon's own mistake: reported as a bug, as it was
}

} // namespace recon
