#include "recon/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <utility>

#include "io/fatal_exit_cleanup.hpp"
#include "recon/base/input_error.hpp"

namespace recon {
namespace {

// When this process started, near enough: files staged before it cannot be this run's.
const std::time_t process_started = std::time(nullptr);

// Removes what a run that is gone (killed with kill -9, or by a power cut) left staged for the file
// named `filename` in `directory`. A staged file is its run's while that run holds its flock; one
// that is unlocked and older than this process has no run left to rename it.
void remove_abandoned_staged_files(const std::filesystem::path& directory, const std::string& filename) {
  const std::string prefix = "." + filename + ".recon-";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
    struct stat status {};
    if (::lstat(entry.path().c_str(), &status) != 0 || !S_ISREG(status.st_mode) || status.st_mtime >= process_started) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) continue;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) ::unlink(entry.path().c_str());
    ::close(fd);
  }
}

[[noreturn]] void fail(const std::string& path, const std::string& what, int error_number) {
  throw InputError(path, 0, what + ": " + std::strerror(error_number))
      .with_hint("Check that the directory exists and that you may write to it.");
}

} // namespace

StagedFile::StagedFile(std::string path, std::string_view content) : path_(std::move(path)) {
  const std::filesystem::path target(path_);
  const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string hidden_name = ".";
  hidden_name.append(target.filename().string()).append(".recon-XXXXXX");
  temporary_ = (directory / hidden_name).string();
  remove_abandoned_staged_files(directory, target.filename().string());

  const int fd = ::mkstemp(temporary_.data());
  if (fd < 0) {
    const int error_number = errno;
    temporary_.clear();
    fail(path_, "cannot create a file beside it", error_number);
  }
  // Held until the file is renamed or removed: it tells other runs that this one is alive.
  owner_lock_ = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  if (owner_lock_ >= 0) ::flock(owner_lock_, LOCK_EX | LOCK_NB);
  remove_on_fatal_exit(temporary_.c_str());
  const auto abandon = [&](const std::string& what) {
    const int error_number = errno;
    ::close(fd);
    forget_temporary(true);
    fail(path_, what, error_number);
  };
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) abandon("cannot write the file");
    written += static_cast<std::size_t>(n);
  }
  // mkstemp creates the file private (0600); give it the permissions any new file would get.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) abandon("cannot set the file's permissions");
  if (::fsync(fd) != 0) abandon("cannot flush the file to disk");
  if (::close(fd) != 0) {
    const int error_number = errno;
    forget_temporary(true);
    fail(path_, "cannot close the file", error_number);
  }
}

StagedFile::StagedFile(std::string path, const std::function<void(const std::string& temporary)>& write)
    : StagedFile(std::move(path), std::string_view{}) {
  write(temporary_);
  const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error_number = errno;
    if (fd >= 0) ::close(fd);
    fail(path_, "cannot flush the file to disk", error_number);
  }
  ::close(fd);
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : path_(std::move(other.path_)), owner_lock_(std::exchange(other.owner_lock_, -1)) {
  // The registered name must outlive its registration: a short string moves its characters.
  if (other.temporary_.empty()) return;
  stop_removing_on_fatal_exit(other.temporary_.c_str());
  temporary_ = std::exchange(other.temporary_, {});
  remove_on_fatal_exit(temporary_.c_str());
}

StagedFile::~StagedFile() { forget_temporary(true); }

void StagedFile::forget_temporary(bool remove) noexcept {
  if (!temporary_.empty()) {
    stop_removing_on_fatal_exit(temporary_.c_str());
    if (remove) ::unlink(temporary_.c_str());
    temporary_.clear();
  }
  if (owner_lock_ >= 0) ::close(owner_lock_);
  owner_lock_ = -1;
}

void StagedFile::commit() {
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const int error_number = errno;
    fail(path_, "cannot put the file in place", error_number);
  }
  forget_temporary(false);
}

void write_file_atomically(const std::string& path, std::string_view content) { StagedFile(path, content).commit(); }

} // namespace recon
