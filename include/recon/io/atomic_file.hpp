#pragma once
// Writes a file so that it either appears whole or not at all: the text goes to a temporary file in
// the same directory, is flushed to disk, and is then renamed over the target. A crash, a full disk
// or an error part-way leaves no half-written journal behind.
//
// The temporary file is `.NAME.recon-XXXXXX` beside NAME. Its run holds an flock on it, and it is
// registered with io/fatal_exit_cleanup. One that a run killed outright (kill -9) left behind is
// removed the next time recon stages NAME: unlocked, and older than the run that finds it.

#include <functional>
#include <string>
#include <string_view>

namespace recon {

// A file written beside its target but not yet in place: commit() renames it over the target, and
// destroying it uncommitted removes it. Lets a run write its output before it commits the book, and
// put the output in place only once the book has committed.
class StagedFile {
public:
  // Throws InputError naming `path` when it cannot be written.
  StagedFile(std::string path, std::string_view content);
  // For writers that insist on a file name (libxlsxwriter): `write` is given the temporary file's
  // name and writes it whole; if it throws, the temporary file is removed.
  StagedFile(std::string path, const std::function<void(const std::string& temporary)>& write);
  ~StagedFile();
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  // The moved-from file no longer owns the temporary file.
  StagedFile(StagedFile&& other) noexcept;
  StagedFile& operator=(StagedFile&&) = delete;

  void commit();

private:
  // Lets go of the temporary file: unregisters it, removes it if asked, and releases its lock.
  void forget_temporary(bool remove) noexcept;

  std::string path_;
  std::string temporary_;
  int owner_lock_ = -1; // an flock on the temporary file, held while this run owns it
};

// Throws InputError naming `path` when it cannot be written.
void write_file_atomically(const std::string& path, std::string_view content);

} // namespace recon
