#pragma once
// The book's one way of reporting that SQLite refused it: an InputError that names the book, says
// what stopped it (a full disk, a read-only file, another recon holding the lock) and what to do.
// The run's transaction is rolled back, so the hint can say that nothing was written.

#include <string>
#include <string_view>
#include <utility>

#include "book/sqlite.hpp"
#include "recon/base/input_error.hpp"

namespace recon {

// `doing`: what the book was doing, as in "cannot write to the book". A refusal no person can act
// on (SQLite misused by recon) is thrown on as it is, to be reported as a bug.
[[nodiscard]] InputError book_error(const std::string& path, const sqlite::Error& error, std::string_view doing);

// Runs `work` on the book; what SQLite refuses becomes book_error().
template <typename Work>
decltype(auto) reporting_refusals(const std::string& path, std::string_view doing, Work&& work) {
  try {
    return std::forward<Work>(work)();
  } catch (const sqlite::Error& error) {
    throw book_error(path, error, doing);
  }
}

} // namespace recon
