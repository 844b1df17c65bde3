#include "book/new_book.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "io/fatal_exit_cleanup.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

std::string folder_of(const std::string& path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

[[noreturn]] void refuse(const std::string& path, const std::string& what, const std::string& hint) {
  throw InputError(path, 0, what).with_hint(hint + " Nothing was written.");
}

} // namespace

NewBook::NewBook(std::string path, std::chrono::milliseconds lock_wait) : path_(std::move(path)) {
  const std::string folder = folder_of(path_);
  folder_ = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder_ < 0) {
    const int error_number = errno;
    if (error_number == ENOENT) refuse(path_, "cannot make the book: the folder it is in does not exist",
                                       "Make the folder, or name another book with --book.");
    refuse(path_, fmt::format("cannot make the book: cannot open its folder: {}", std::strerror(error_number)),
           "Name a book in a folder you may write to, with --book.");
  }
  // Polled rather than blocking, so that the wait is bounded like the book's own lock.
  bool locked = false;
  for (std::int64_t waited_ms = 0;; waited_ms += 50) {
    locked = ::flock(folder_, LOCK_EX | LOCK_NB) == 0;
    if (locked) break;
    if (errno == EINTR) continue;
    // Where the filesystem has no flock (some network filesystems), link(2) alone still keeps a
    // book from being put over another; only the wait for a concurrent first run is lost.
    if (errno != EWOULDBLOCK) break;
    if (waited_ms >= lock_wait.count()) {
      ::close(folder_);
      refuse(path_, fmt::format("another recon is making a book in {}; waited {} ms for it", folder, waited_ms),
             "Let the other run finish, then run recon again.");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (locked) remove_abandoned_books(folder);
}

void NewBook::remove_abandoned_books(const std::string& folder) const {
  // Any recon making this book would hold the folder's lock, which this one now holds: a hidden
  // book found now was left by a run killed outright (kill -9, a power cut).
  const std::string prefix = "." + std::filesystem::path(path_).filename().string() + ".recon-";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
    for (const char* suffix : {"-journal", "-wal", "-shm", ""}) ::unlink((entry.path().string() + suffix).c_str());
  }
}

NewBook::~NewBook() {
  if (!hidden_.empty() && !in_place_) {
    stop_removing_on_fatal_exit(hidden_.c_str());
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((hidden_ + suffix).c_str());
  }
  ::close(folder_); // releases the folder's lock
}

bool NewBook::made_meanwhile() const {
  struct stat status {};
  return ::lstat(path_.c_str(), &status) == 0;
}

const std::string& NewBook::hidden_path() {
  if (!hidden_.empty()) return hidden_;
  const std::filesystem::path target(path_);
  std::string hidden = (std::filesystem::path(folder_of(path_)) / ("." + target.filename().string() + ".recon-XXXXXX")).string();
  const int fd = ::mkstemp(hidden.data());
  if (fd < 0) {
    const int error_number = errno;
    if (error_number == EACCES || error_number == EROFS || error_number == EPERM) {
      refuse(path_, "cannot make the book: the folder it is in is read-only: permission denied",
             "Make the folder writable, or name another book with --book.");
    }
    refuse(path_, fmt::format("cannot make the book beside it: {}", std::strerror(error_number)),
           "Check the disk that would hold the book.");
  }
  // mkstemp makes the file private (0600); a book gets the permissions any new file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  ::close(fd);
  hidden_ = std::move(hidden);
  remove_on_fatal_exit(hidden_.c_str());
  return hidden_;
}

void NewBook::put_in_place() {
  if (::link(hidden_.c_str(), path_.c_str()) != 0) {
    const int error_number = errno;
    if (error_number == EEXIST) {
      refuse(path_, "another program made a file under the book's name while this run was making the book",
             "Check what that file is, then run recon again.");
    }
    refuse(path_, fmt::format("cannot give the new book its name: {}", std::strerror(error_number)),
           "Check the folder that would hold the book.");
  }
  in_place_ = true;
  stop_removing_on_fatal_exit(hidden_.c_str());
  ::unlink(hidden_.c_str());
  ::fsync(folder_); // the new name, and the hidden one gone, survive a power cut
}

} // namespace recon
