#pragma once
// Making a book that does not exist yet, so that no other run can see it, use it or lose it before
// its first run commits. The book is made under a hidden name beside its own
// (`.recon.db.recon-XXXXXX`, like a staged journal) and linked to its name only once that run has
// committed; link(2) fails if the name is taken, so a book is never put over another. While it is
// being made, the folder is locked (flock(2) on the folder), and another recon about to make a book
// there waits, then opens the book the first one made. Holding that lock, it removes hidden books
// that runs killed outright left behind.
//
// Why not create the book under its own name: a run that fails would have to remove it again, and
// by then another recon may have committed to it (that was how two first runs at once lost a book).

#include <chrono>
#include <string>

namespace recon {

class NewBook {
public:
  // Takes the folder's lock, waiting up to `lock_wait` for another recon making a book there; throws
  // InputError when it stays locked or the folder cannot be opened.
  NewBook(std::string path, std::chrono::milliseconds lock_wait);
  // Removes the hidden file unless it was put in place, and releases the folder.
  ~NewBook();
  NewBook(const NewBook&) = delete;
  NewBook& operator=(const NewBook&) = delete;
  NewBook(NewBook&&) = delete;
  NewBook& operator=(NewBook&&) = delete;

  // Whether something appeared under the book's name while this run waited for the folder (another
  // recon made the book): then the book is opened as it is, and this one is not made.
  [[nodiscard]] bool made_meanwhile() const;
  // Creates the hidden file to make the book in; SQLite opens it by this name.
  [[nodiscard]] const std::string& hidden_path();
  // Gives the committed book its name, and makes that durable. Throws InputError if the name was
  // taken meanwhile (by a program that does not take the folder's lock): nothing is put over it.
  void put_in_place();

private:
  void remove_abandoned_books(const std::string& folder) const;

  std::string path_;
  std::string hidden_;
  int folder_ = -1;
  bool in_place_ = false;
};

} // namespace recon
