#include "book/book_errors.hpp"

#include <unistd.h>

#include <filesystem>

#include <fmt/format.h>
#include <sqlite3.h>

namespace recon {
namespace {

bool folder_exists(const std::string& path) {
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::error_code ignored;
  return folder.empty() || std::filesystem::is_directory(folder, ignored);
}

} // namespace

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
  case SQLITE_CANTOPEN:
    if (!folder_exists(path)) {
      return refused("the folder it is in does not exist", "Make the folder, or name another book with --book.");
    }
    [[fallthrough]]; // the folder does not let SQLite create the files it keeps beside the book
  case SQLITE_READONLY:
  case SQLITE_PERM:
    if (::access(path.c_str(), F_OK) == 0 && ::access(path.c_str(), R_OK) != 0) {
      return refused("you may not read the book: permission denied",
                     "Ask whoever owns the book for read access, or name another book with --book.");
    }
    return refused("the book, or the folder it is in, is read-only: permission denied",
                   "Make the book and its folder writable (recon keeps recon.db-wal and recon.db-shm beside the "
                   "book), or name another book with --book.");
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return refused("another recon is using it", "Let the other run finish, then run recon again.");
  case SQLITE_NOTADB:
    return refused("the file is not an SQLite database, so it is not a recon book",
                   "Check the path: the book is the SQLite file recon settle made (recon.db by default); name it "
                   "with --book or RECON_BOOK.");
  case SQLITE_CORRUPT:
    return InputError(path, 0, fmt::format("{}: the book is damaged ({})", doing, error.what()))
        .with_hint("Restore the book from a backup (see docs/book.md).");
  default: break;
  }
  throw error; // anything else is recon's own mistake: reported as a bug, as it was
}

} // namespace recon
