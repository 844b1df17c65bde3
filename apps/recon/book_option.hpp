#pragma once
// The --book option of the commands that read the book, and opening it.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "recon/book/book.hpp"

namespace recon::cli {

inline void add_book_option(CLI::App& app, std::optional<std::string>& path) {
  app.add_option("--book", path, "The book (default: $RECON_BOOK, else ./recon.db)");
}

// The existing book; a missing one is an input error rather than a new empty book.
inline Book open_existing_book(const std::optional<std::string>& path) {
  return Book(Book::resolve_path(path), Book::Open::must_exist);
}

// The existing book, for a command that only reads it: opened read-only, so that a book on
// read-only media can still be listed.
inline Book open_book_to_read(const std::optional<std::string>& path) {
  return Book(Book::resolve_path(path), Book::Open::read_only);
}

} // namespace recon::cli
